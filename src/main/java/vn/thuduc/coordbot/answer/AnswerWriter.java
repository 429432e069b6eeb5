package vn.thuduc.coordbot.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * One answer being written: the knowledge snapshot, the language, the sources used so far, and the
 * helpers that format numbers and name zones. {@link StatsWriter} and {@link TopicWriter} build on it.
 */
abstract class AnswerWriter {
  protected final Messages msg;
  protected final Knowledge k;
  protected final Dataset ds;
  protected final Lang lang;
  protected final Set<String> sourceIds = new LinkedHashSet<>();

  AnswerWriter(Messages msg, Knowledge k, Lang lang) {
    this.msg = msg;
    this.k = k;
    this.ds = k.dataset();
    this.lang = lang;
  }

    protected Answer finish(String body, String intent, ZoneStat asOf) {
      return finishAsOf(body, intent, asOf == null ? null : asOf.asOf());
    }

    protected Answer finishAsOf(String body, String intent, java.time.LocalDate asOf) {
      if (asOf != null) {
        ds.zoneStats().stream().filter(s -> s.asOf().equals(asOf)).forEach(s -> sourceIds.add(s.source()));
      }
      List<String> labels = sourceLabels();
      String text = footer(labels, asOf).map(f -> body + "\n" + f).orElse(body);
      return new Answer(text, true, intent, labels, lang, Optional.empty(), List.of());
    }

    /** The line that names {@code labels} as the sources (of figures as of {@code asOf}, if given); empty for none. */
    Optional<String> footer(List<String> labels, java.time.LocalDate asOf) {
      if (labels.isEmpty()) {
        return Optional.empty();
      }
      String joined = String.join("; ", labels);
      return Optional.of(asOf == null ? msg.get(lang, "source.footer", joined)
          : msg.get(lang, "source.footer.asof", joined, Formats.date(asOf, lang)));
    }

    protected List<String> sourceLabels() {
      List<String> out = new ArrayList<>();
      for (String id : sourceIds) {
        ds.source(id).ifPresent(s -> out.add(s.author() == null ? s.site()
            : msg.get(lang, "source.label", s.site(), s.author())));
      }
      return out;
    }

    protected ChartData chartOf(List<Map.Entry<Zone, ZoneStat>> rows, Metric m) {
      return new ChartData(msg.get(lang, m == Metric.WORKERS ? "metric.workers.title" : "metric.enterprises.title"),
          msg.get(lang, m == Metric.WORKERS ? "chart.axis.workers" : "chart.axis.enterprises"),
          rows.stream().map(e -> name(e.getKey())).toList(),
          List.of(new ChartData.Series(metric(m), rows.stream().map(e -> value(e.getValue(), m)).toList())));
    }

    protected Map<Zone, ZoneStat> latest(List<Zone> zones) {
      Map<Zone, ZoneStat> out = new java.util.LinkedHashMap<>();
      for (Zone z : zones) {
        ds.latestStat(z.id()).ifPresent(s -> out.put(z, s));
      }
      return out;
    }

    /** Every zone's figures at the same date as {@code s}: the base of shares. */
    protected Map<Zone, ZoneStat> statsAsOf(ZoneStat s) {
      Map<Zone, ZoneStat> out = new java.util.LinkedHashMap<>();
      for (ZoneStat x : ds.zoneStats()) {
        if (x.asOf().equals(s.asOf())) {
          ds.zone(x.zoneId()).ifPresent(z -> out.put(z, x));
        }
      }
      return out;
    }

    protected Optional<AreaStat> area() {
      return ds.latestAreaStat();
    }

    protected List<String> titles(Person p) {
      return lang.pick(p.titlesVi(), p.titlesEn());
    }

    protected String name(Zone z) {
      return lang.pick(z.shortVi(), z.shortEn());
    }

    protected String metric(Metric m) {
      return msg.get(lang, m == Metric.WORKERS ? "metric.workers" : "metric.enterprises");
    }

    protected String num(long n) {
      return Formats.number(n, lang);
    }

    protected String dec(BigDecimal d, int decimals) {
      return Formats.decimal(d, decimals, lang);
    }

    protected String pct(BigDecimal d, int decimals) {
      return Formats.percent(d, decimals, lang);
    }

    protected String joinAnd(List<String> parts) {
      if (parts.size() <= 1) {
        return String.join("", parts);
      }
      return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + msg.get(lang, "and") + " "
          + parts.get(parts.size() - 1);
    }

    protected String groupName(ZoneGroup g) {
      List<String> names = new ArrayList<>();
      for (ZoneKind kind : List.of(ZoneKind.EPZ, ZoneKind.IP, ZoneKind.HTP)) {
        if (g.kinds().contains(kind)) {
          names.add(msg.get(lang, "total.group.name." + kind.code()));
        }
      }
      return joinAnd(names);
    }

    protected String capital(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

  static long value(ZoneStat s, Metric m) {
    return m == Metric.WORKERS ? s.workers() : s.enterprises();
  }

  static long sum(Map<Zone, ZoneStat> stats, Metric m) {
    return stats.values().stream().mapToLong(s -> value(s, m)).sum();
  }

  static BigDecimal ratio(long a, long b) {
    return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 6, RoundingMode.HALF_UP);
  }

  static BigDecimal share(long part, long total) {
    return total == 0 ? BigDecimal.ZERO : ratio(part * 100, total);
  }

  static List<String> ids(Map<Zone, ZoneStat> stats) {
    return stats.keySet().stream().map(Zone::id).toList();
  }

  /** Workers first when both are asked: it is what workers and officials ask most. */
  static List<Metric> order(Set<Metric> metrics) {
    Set<Metric> s = metrics.isEmpty() ? EnumSet.allOf(Metric.class) : metrics;
    List<Metric> out = new ArrayList<>();
    if (s.contains(Metric.WORKERS)) {
      out.add(Metric.WORKERS);
    }
    if (s.contains(Metric.ENTERPRISES)) {
      out.add(Metric.ENTERPRISES);
    }
    return out;
  }
}
