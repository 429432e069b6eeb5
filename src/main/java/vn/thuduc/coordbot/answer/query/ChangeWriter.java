package vn.thuduc.coordbot.answer.query;

import java.util.List;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.query.Result.Row;

/**
 * Words a {@link Result.Change}: each figure at both dates and the change in numbers and percent
 * ("KCX Linh Trung: 38.807 lao động ngày 08/03/2024 → 40.100 ngày 01/01/2025: tăng 1.293 (+3,33%)."),
 * for the set as a whole and, when it has a few zones, for each.
 */
final class ChangeWriter {
  private final Messages msg;
  private final Wording ph;
  private final Lang lang;

  ChangeWriter(Messages msg, Wording ph, Lang lang) {
    this.msg = msg;
    this.ph = ph;
    this.lang = lang;
  }

  void write(Result.Change c, List<String> lines) {
    boolean one = c.rowsTo().size() == 1;
    String name = one ? ph.name(c.rowsTo().get(0).zone())
        : c.absent().isEmpty() ? ph.cap(ph.scope(c.set(), c.rowsTo())) : ph.names(c.rowsTo());
    for (Measure m : c.measures()) {
      lines.add(line(name, c.rowsFrom(), c.rowsTo(), m, c));
      if (!one && c.rowsTo().size() <= 5) {
        for (int i = 0; i < c.rowsTo().size(); i++) {
          lines.add("• " + line(ph.name(c.rowsTo().get(i).zone()), List.of(c.rowsFrom().get(i)),
              List.of(c.rowsTo().get(i)), m, c));
        }
      }
    }
    if (!c.absent().isEmpty()) {
      lines.add(msg.get(lang, "q.change.absent", ph.joinAnd(c.absent().stream().map(ph::name).toList())));
    }
  }

  private String line(String name, List<Row> from, List<Row> to, Measure m, Result.Change c) {
    double a = m == Measure.WORKERS_PER_ENTERPRISE ? ResultWriter.ratioOf(from) : Evaluator.sum(from, m);
    double b = m == Measure.WORKERS_PER_ENTERPRISE ? ResultWriter.ratioOf(to) : Evaluator.sum(to, m);
    String change;
    if (a == b) {
      change = msg.get(lang, "q.change.same");
    } else {
      String pct = a == 0 ? "—" : (b > a ? "+" : "−") + ph.pct(Math.abs(100.0 * (b - a) / a));
      change = msg.get(lang, b > a ? "q.change.up" : "q.change.down", ph.fmt(Math.abs(b - a), m), pct);
    }
    return msg.get(lang, "q.change.line", name, ph.fmt(a, m), ph.measure(m), ph.date(c.from()), ph.fmt(b, m),
        ph.date(c.to()), change);
  }
}
