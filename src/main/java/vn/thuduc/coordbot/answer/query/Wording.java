package vn.thuduc.coordbot.answer.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.lang.Formats;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.query.Result.Row;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;

/**
 * How {@link ResultWriter} words the parts of an answer in one language: numbers, decimals, shares
 * and dates in the language's format, zone, set and measure names, and lists joined with "và"/"and".
 */
final class Wording {
  private final Messages msg;
  private final Dataset ds;
  private final Lang lang;

  Wording(Messages msg, Dataset ds, Lang lang) {
    this.msg = msg;
    this.ds = ds;
    this.lang = lang;
  }

  String joinOr(List<String> names) {
    String or = lang.pick(" hay ", " or ");
    return names.size() <= 1 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + or + names.get(names.size() - 1);
  }

  String joinAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + msg.get(lang, "q.and") + " "
        + parts.get(parts.size() - 1);
  }

  String names(List<Row> rows) {
    return joinAnd(rows.stream().map(r -> name(r.zone())).toList());
  }

  String value(Row r, Measure m) {
    return fmt(r.value(m), m);
  }

  String fmt(double v, Measure m) {
    return m == Measure.WORKERS_PER_ENTERPRISE ? dec(v) : num(Math.round(v));
  }

  String measure(Measure m) {
    return msg.get(lang, "q.measure." + m.code());
  }

  String name(Zone z) {
    return lang.pick(z.shortVi(), z.shortEn());
  }

  String full(Zone z) {
    String f = lang.pick(z.nameVi(), z.nameEn());
    return f.equals(name(z)) ? f : f + " (" + name(z) + ")";
  }

  String num(long n) {
    return Formats.number(n, lang);
  }

  String dec(double d) {
    return Formats.decimal(d, 2, lang);
  }

  String pct(double d) {
    return Formats.percent(d, 2, lang);
  }

  String date(LocalDate d) {
    return d == null ? "—" : Formats.date(d, lang);
  }

  /** A date as the question named it: "tại ngày 08/03/2024", "tháng 3/2024", "đầu năm 2025", "early 2025". */
  String when(When w) {
    if (w instanceof When.Day d) {
      return msg.get(lang, "q.when.day", date(d.date()));
    }
    if (w instanceof When.Month m) {
      return lang == Lang.VI ? msg.get(lang, "q.when.month", m.month().getMonthValue(), String.valueOf(m.month().getYear()))
          : msg.get(lang, "q.when.month", m.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
              java.util.Locale.ENGLISH), String.valueOf(m.month().getYear()));
    }
    When.Year y = (When.Year) w;
    String key = switch (y.part()) {
      case WHOLE -> "q.when.year";
      case EARLY -> "q.when.early";
      case LATE -> "q.when.late";
    };
    return msg.get(lang, key, String.valueOf(y.year()));
  }

  String ordinal(int n) {
    return switch (n) {
      case 1 -> "1st";
      case 2 -> "2nd";
      case 3 -> "3rd";
      default -> n + "th";
    };
  }

  String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lower1(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  String lower(String s) {
    // zone names keep their capitals; only a leading kind word ("Các khu chế xuất") is lowered mid-sentence
    return lang == Lang.VI && s.startsWith("Các ") || lang == Lang.EN && s.startsWith("The ") ? lower1(s) : s;
  }

  /** How a set is named in an answer: "5 khu", "các khu chế xuất (KCX Linh Trung, KCX Linh Trung 2)". */
  String scope(ZoneSet set, List<Row> rows) {
    List<String> names = rows.stream().map(r -> name(r.zone())).toList();
    if (set instanceof ZoneSet.All) {
      return msg.get(lang, "q.scope.all", ds.zones().size());
    }
    if (set instanceof ZoneSet.Named n) {
      return joinAnd(n.ids().stream().map(ds::zone).flatMap(Optional::stream).map(this::name).toList());
    }
    if (set instanceof ZoneSet.OfKind k) {
      String kn = kindNames(k.kinds(), true);
      return names.isEmpty() ? kn : msg.get(lang, "q.scope.kind", kn, String.join(", ", names));
    }
    if (set instanceof ZoneSet.Union u) {
      return joinAnd(u.parts().stream().map(x -> scope(x, new Evaluator(ds).resolve(x))).toList());
    }
    if (set instanceof ZoneSet.Minus m) {
      String removed = scope(m.removed(), new Evaluator(ds).resolve(m.removed()));
      String base = m.base() instanceof ZoneSet.All ? null : scope(m.base(), List.of());
      String s = msg.get(lang, "q.scope.minus", removed, String.join(", ", names));
      return base == null ? s : base + " − " + removed + " (" + String.join(", ", names) + ")";
    }
    if (set instanceof ZoneSet.Extreme || set instanceof ZoneSet.Top) {
      // a ranking within "the 3 largest zones" is written with no rows of its own: the zones are the set's
      return !names.isEmpty() ? joinAnd(names) : names(new Evaluator(ds).resolve(set));
    }
    if (set instanceof ZoneSet.Than t) {
      return msg.get(lang, t.more() ? "q.scope.than.more" : "q.scope.than.fewer", measure(t.measure()), than(t));
    }
    if (set instanceof ZoneSet.VsMean v) {
      List<Row> base = new Evaluator(ds).resolve(v.base());
      // the mean itself, so that "mỗi khu trung bình bao nhiêu, khu nào trên mức đó" is answered in both parts
      return msg.get(lang, v.above() ? "q.scope.above.mean" : "q.scope.below.mean", measure(v.measure()),
          scope(v.base(), base), v.measure() == Measure.WORKERS_PER_ENTERPRISE
              ? dec(RankMath.meanOf(base, v.measure())) + " " + measure(v.measure())
              : msg.get(lang, "q.mean.per.zone", dec(RankMath.meanOf(base, v.measure())), measure(v.measure())));
    }
    if (set instanceof ZoneSet.NearMean || set instanceof ZoneSet.ClosestPair) {
      return !names.isEmpty() ? joinAnd(names) : names(new Evaluator(ds).resolve(set));
    }
    if (set instanceof ZoneSet.ShareVsShare v && v.every()) {
      return msg.get(lang, "q.scope.sharevs.every", measure(v.measure()), measure(v.other()));
    }
    if (set instanceof ZoneSet.ShareVsShare v) {
      return msg.get(lang, "q.scope.sharevs", measure(v.measure()), msg.get(lang, v.more() ? "q.sharevs.more"
          : "q.sharevs.less"), measure(v.other()));
    }
    ZoneSet.Filtered f = (ZoneSet.Filtered) set;
    return msg.get(lang, f.percent() ? "q.scope.filter.share" : "q.scope.filter", bound(f), num(f.value()),
        measure(f.measure()));
  }

  /** The zone a {@link ZoneSet.Than} compares with, and its figure: "KCN Cát Lái (97)". */
  String than(ZoneSet.Than t) {
    List<Row> rows = new Evaluator(ds).resolve(new ZoneSet.Named(List.of(t.than())));
    String name = ds.zone(t.than()).map(this::name).orElse(t.than());
    return rows.isEmpty() ? name : name + " (" + value(rows.get(0), t.measure()) + ")";
  }

  /**
   * The words of a filter's bound ("trên", "at least"), after the bounds it is applied on top of: "trên 20.000 lao
   * động và dưới" for the zones between two bounds.
   */
  String bound(ZoneSet.Filtered f) {
    String words = msg.get(lang, f.wordsKey());
    if (!(f.base() instanceof ZoneSet.Filtered inner)) {
      return words;
    }
    return bound(inner) + " " + num(inner.value()) + " " + measure(inner.measure()) + " " + msg.get(lang, "q.and")
        + " " + words;
  }

  String kindNames(Set<ZoneKind> kinds, boolean plural) {
    List<String> out = new ArrayList<>();
    for (ZoneKind k : List.of(ZoneKind.EPZ, ZoneKind.IP, ZoneKind.HTP)) {
      if (kinds.contains(k)) {
        out.add(msg.get(lang, plural ? "q.kind." + k.code() : "q.kind.one." + k.code()));
      }
    }
    return joinAnd(out);
  }

  String amounts(List<Row> rows, List<Measure> ms) {
    List<String> parts = new ArrayList<>();
    for (Measure m : ms) {
      if (m == Measure.WORKERS_PER_ENTERPRISE) {
        parts.add(dec(ResultWriter.ratioOf(rows)) + " " + measure(m));
      } else {
        parts.add(num((long) Evaluator.sum(rows, m)) + " " + measure(m));
      }
    }
    return joinAnd(parts);
  }
}
