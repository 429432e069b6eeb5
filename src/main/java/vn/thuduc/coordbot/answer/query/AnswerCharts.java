package vn.thuduc.coordbot.answer.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.query.Result.Row;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;

/**
 * The charts that go with statistics answers, each titled with the measure, the zones (and what was
 * left out) and the date, with the source under it: an image forwarded alone still says what it shows.
 * A ranking is bars by zone; a change between two dates is lines over the dates.
 */
final class AnswerCharts {
  private final Messages msg;
  private final Dataset ds;
  private final Lang lang;
  private final Wording ph;

  AnswerCharts(Messages msg, Dataset ds, Lang lang, Wording ph) {
    this.msg = msg;
    this.ds = ds;
    this.lang = lang;
    this.ph = ph;
  }

  /** The bars of a ranking: "Lao động · 3/5 khu · ngày 08/03/2024". */
  ChartData ranking(Result.Ranking k) {
    Measure m = k.measure();
    String zones = k.rows().size() < k.ofTotal() ? msg.get(lang, "q.chart.top", k.rows().size(), ph.scope(k.set(),
        k.rows())) : ph.scope(k.set(), k.rows());
    String title = msg.get(lang, "q.chart.title", ph.cap(ph.measure(m)), zones, ph.date(k.asOf()));
    List<Long> values = k.rows().stream().map(r -> Math.round(r.value(m))).toList();
    return new ChartData(title, ph.cap(ph.measure(m)), k.rows().stream().map(r -> ph.name(r.zone())).toList(),
        List.of(new ChartData.Series(ph.cap(ph.measure(m)), values)), lang, note(k.rows(), k.asOf(), k.asOf()));
  }

  /** A change as lines from one date to the other: each zone when there are a few, else their total. */
  ChartData change(Result.Change c) {
    Measure m = c.measures().get(0);
    List<ChartData.Series> series = new ArrayList<>();
    if (c.rowsTo().size() <= 5) {
      for (int i = 0; i < c.rowsTo().size(); i++) {
        series.add(new ChartData.Series(ph.name(c.rowsTo().get(i).zone()), List.of(value(List.of(c.rowsFrom().get(i)),
            m), value(List.of(c.rowsTo().get(i)), m))));
      }
    } else {
      series.add(new ChartData.Series(ph.cap(ph.scope(c.set(), c.rowsTo())), List.of(value(c.rowsFrom(), m),
          value(c.rowsTo(), m))));
    }
    String zones = c.absent().isEmpty() ? ph.scope(c.set(), c.rowsTo()) : ph.names(c.rowsTo());
    String title = msg.get(lang, "q.chart.title", ph.cap(ph.measure(m)), zones,
        ph.date(c.from()) + "–" + ph.date(c.to()));
    return new ChartData(title, ph.cap(ph.measure(m)), List.of(ph.date(c.from()), ph.date(c.to())), series, lang,
        note(c.rowsTo(), c.from(), c.to()), true);
  }

  private static long value(List<Row> rows, Measure m) {
    return m == Measure.WORKERS_PER_ENTERPRISE ? Math.round(ResultWriter.ratioOf(rows)) : Math.round(Evaluator.sum(rows, m));
  }

  /** "Nguồn: Thanhuytphcm.vn · Số liệu tại ngày 08/03/2024" (both dates of a change). */
  private String note(List<Row> rows, LocalDate from, LocalDate to) {
    List<String> ids = rows.stream().map(r -> r.zone().id()).toList();
    List<String> sites = ds.zoneStats().stream()
        .filter(s -> ids.contains(s.zoneId()) && (s.asOf().equals(from) || s.asOf().equals(to)))
        .map(s -> ds.source(s.source()).map(Source::site).orElse(s.source())).distinct().toList();
    String when = from.equals(to) ? ph.date(to) : ph.date(from) + ", " + ph.date(to);
    return msg.get(lang, "chart.note", String.join(", ", sites), when);
  }
}
