package vn.thuduc.coordbot.answer.query;

import java.util.ArrayList;
import java.util.List;
import vn.thuduc.coordbot.answer.query.Result.Row;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;

/**
 * Writes the results of {@link RankMath} for {@link ResultWriter}: a figure found by its value (or the nearest,
 * said to be so), the median, whether a zone is in a part of a ranking, two extremes asked of one zone, the zones
 * by name. Each line names the zones and their exact figures, as every statistics answer does.
 */
final class RankWriter {
  private final Messages msg;
  private final Wording ph;
  private final Lang lang;

  RankWriter(Messages msg, Wording ph, Lang lang) {
    this.msg = msg;
    this.ph = ph;
    this.lang = lang;
  }

  /** "KCX Linh Trung 2 có 30 doanh nghiệp.", "328 là tổng số doanh nghiệp của 5 khu", or none and the nearest. */
  String lookup(Result.Lookup l, List<String> lines, List<String> zoneIds) {
    StatQuery.ByValue q = l.query();
    String value = ph.num(q.value());
    for (Result.Hit h : l.exact()) {
      if (h.rows().size() == 1 && h.set() instanceof ZoneSet.Named) {
        lines.add(msg.get(lang, "q.value", ph.name(h.rows().get(0).zone()), value, ph.measure(h.measure())));
      } else {
        lines.add(msg.get(lang, "q.byvalue.total", value, ph.measure(h.measure()), ph.scope(h.set(), h.rows()),
            items(h.rows(), h.measure())));
      }
      ids(h.rows(), zoneIds);
    }
    if (!l.exact().isEmpty()) {
      return "by_value";
    }
    String nearest = nearest(l.nearest(), zoneIds);
    if (q.measure().isEmpty()) {
      lines.add(msg.get(lang, "q.byvalue.unknown", value));
      if (!nearest.isEmpty()) {
        lines.add(msg.get(lang, "q.byvalue.nearest", nearest));
      }
      return "by_value_none";
    }
    String m = ph.measure(q.measure().get());
    if (q.approx()) {
      lines.add(msg.get(lang, "q.byvalue.about", value, m, nearest));
      return "by_value";
    }
    lines.add(msg.get(lang, q.value() == 0 ? "q.byvalue.none.zero" : "q.byvalue.none", value, m, nearest));
    return "by_value_none";
  }

  private String nearest(List<Result.Hit> hits, List<String> zoneIds) {
    List<String> parts = new ArrayList<>();
    for (Result.Hit h : hits) {
      Row r = h.rows().get(0);
      parts.add(msg.get(lang, "q.byvalue.item", ph.name(r.zone()), ph.value(r, h.measure()), ph.measure(h.measure())));
      zoneIds.add(r.zone().id());
    }
    return ph.joinAnd(parts);
  }

  private String items(List<Row> rows, Measure m) {
    List<String> parts = new ArrayList<>();
    for (Row r : rows) {
      parts.add(ph.name(r.zone()) + " " + ph.value(r, m));
    }
    return String.join(", ", parts);
  }

  private static void ids(List<Row> rows, List<String> zoneIds) {
    for (Row r : rows) {
      zoneIds.add(r.zone().id());
    }
  }

  /** The median, the zone(s) in the middle, then the ranking it is the middle of. */
  void median(Result.Median md, List<String> lines, List<String> zoneIds) {
    if (md.middle().isEmpty()) {
      lines.add(msg.get(lang, "q.rank.none"));
      return;
    }
    String m = ph.measure(md.measure());
    String scope = ph.scope(md.set(), md.sorted());
    List<String> names = new ArrayList<>();
    for (Row r : md.middle()) {
      names.add(ph.name(r.zone()) + " (" + ph.value(r, md.measure()) + ")");
    }
    lines.add(msg.get(lang, md.middle().size() == 1 ? "q.median" : "q.median.two", m, scope,
        ph.fmt(md.value(), md.measure()), ph.joinAnd(names)));
    int i = 1;
    for (Row r : md.sorted()) {
      lines.add(msg.get(lang, "q.rank.item", i++, ph.name(r.zone()), ph.value(r, md.measure())));
      zoneIds.add(r.zone().id());
    }
  }

  /** "Không: KCN Bình Chiểu không thuộc 3 khu có nhiều lao động nhất", then its place from the top. */
  void membership(Result.Membership ms, List<String> lines) {
    ZoneSet.Top top = ms.top();
    String m = ph.measure(top.measure());
    // the first place is "the most", never "the 1st most"
    String part = top.limit() == 1 && top.offset() == 0
        ? msg.get(lang, top.descending() ? "q.in.first" : "q.in.first.min", m)
        : top.limit() == 1
        ? msg.get(lang, top.descending() ? "q.in.nth" : "q.in.nth.min",
            lang.pick(String.valueOf(top.offset() + 1), ph.ordinal(top.offset() + 1)), m)
        : msg.get(lang, top.descending() ? "q.in.top" : "q.in.top.min", top.limit(), m);
    if (!(top.base() instanceof ZoneSet.All)) {
      part = part + " " + msg.get(lang, "q.in.within", ph.lower(ph.scope(top.base(), List.of())));
    }
    String name = ph.name(ms.row().zone());
    lines.add(msg.get(lang, (ms.in() ? "q.in.yes" : "q.in.no") + (top.limit() == 1 ? ".one" : ""), name, part));
    int fromTop = top.descending() ? ms.rank() : ms.ofTotal() - ms.rank() + 1;
    lines.add(msg.get(lang, "q.place", name, fromTop, ms.ofTotal(), m, ph.value(ms.row(), top.measure())));
  }

  /** One zone that is both extremes, or none: then each extreme's zone. */
  void both(Result.Both b, List<String> lines, List<String> zoneIds) {
    ZoneSet.Extreme a = b.query().a();
    ZoneSet.Extreme c = b.query().b();
    String sa = msg.get(lang, a.most() ? "q.both.most" : "q.both.fewest", ph.measure(a.measure()));
    String sc = msg.get(lang, c.most() ? "q.both.most" : "q.both.fewest", ph.measure(c.measure()));
    String va = values(b.rowsA(), a.measure());
    String vc = values(b.rowsC(), c.measure());
    if (b.both().isEmpty()) {
      lines.add(msg.get(lang, "q.both.none", sa, sc, ph.names(b.rowsA()), va, ph.names(b.rowsC()), vc));
    } else {
      lines.add(msg.get(lang, "q.both.yes", ph.names(b.both()), sa, sc, va, vc));
    }
    ids(b.rowsA(), zoneIds);
    ids(b.rowsC(), zoneIds);
  }

  private String values(List<Row> rows, Measure m) {
    List<String> parts = new ArrayList<>();
    for (Row r : rows) {
      parts.add(ph.value(r, m) + " " + ph.measure(m));
    }
    return String.join(", ", parts);
  }

  /** The zones in the order of their names as written in the answer's language. */
  void byName(Result.ByName b, List<String> lines, List<String> zoneIds) {
    java.text.Collator c = java.text.Collator.getInstance(lang == Lang.VI ? java.util.Locale.forLanguageTag("vi")
        : java.util.Locale.ENGLISH);
    List<Row> rows = new ArrayList<>(b.rows());
    for (int i = 1; i < rows.size(); i++) {
      Row x = rows.get(i);
      int j = i - 1;
      while (j >= 0 && c.compare(ph.name(rows.get(j).zone()), ph.name(x.zone())) > 0) {
        rows.set(j + 1, rows.get(j));
        j--;
      }
      rows.set(j + 1, x);
    }
    lines.add(msg.get(lang, "q.byname.title", ph.cap(ph.scope(b.set(), rows))));
    int i = 1;
    for (Row r : rows) {
      lines.add(i++ + ". " + msg.get(lang, "q.list.item", ph.name(r.zone()), ph.num(r.enterprises()),
          ph.num(r.workers())).replaceFirst("^• ", ""));
      zoneIds.add(r.zone().id());
    }
  }

  /** Each figure rounded to thousands, the exact one beside it: "Khu Công nghệ cao: khoảng 53 nghìn lao động (53.000)". */
  void thousands(Result.Figures f, List<String> lines) {
    List<Row> rows = f.rows();
    for (Measure m : f.measures()) {
      if (m == Measure.WORKERS_PER_ENTERPRISE) {
        continue;
      }
      if (f.agg() == StatQuery.Agg.EACH || rows.size() == 1) {
        for (Row r : rows) {
          lines.add(msg.get(lang, "q.thousands", ph.name(r.zone()), thousands(r.value(m)), ph.measure(m),
              ph.value(r, m)));
        }
      } else if (!f.combined().isEmpty()) {
        double v = f.combined().get(f.measures().indexOf(m));
        lines.add(msg.get(lang, "q.thousands", ph.cap(ph.scope(f.set(), rows)), thousands(v), ph.measure(m),
            ph.fmt(v, m)));
      }
    }
  }

  private String thousands(double v) {
    double k = Math.round(v / 100.0) / 10.0;
    return k == Math.rint(k) ? ph.num((long) k) : vn.thuduc.coordbot.lang.Formats.decimal(k, 1, lang);
  }
}
