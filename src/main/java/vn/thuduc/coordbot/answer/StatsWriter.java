package vn.thuduc.coordbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * Answers about the zones' figures: cards, metrics, lists, counts, totals, shares, rankings, comparisons.
 *
 * <p>This class is long because it writes one family of sentences per statistics intent, each a few
 * lines over the same messages and figures.
 */
final class StatsWriter extends AnswerWriter {
  StatsWriter(Messages msg, Knowledge k, Lang lang) {
    super(msg, k, lang);
  }

    Answer zoneCard(Zone z) {
      Optional<ZoneStat> st = ds.latestStat(z.id());
      List<String> lines = new ArrayList<>();
      String full = lang.pick(z.nameVi(), z.nameEn());
      lines.add(msg.get(lang, "zone.card.title", full.equals(name(z)) ? full : full + " (" + name(z) + ")",
          msg.get(lang, "kind." + z.kind().code() + ".a")));
      if (st.isEmpty()) {
        lines.add(msg.get(lang, "zone.card.nostats"));
        return finish(String.join("\n", lines), "zone_card", null).withZones(List.of(z.id()));
      }
      ZoneStat s = st.get();
      lines.add(msg.get(lang, "zone.card.enterprises", num(s.enterprises())));
      lines.add(msg.get(lang, "zone.card.workers", num(s.workers())));
      if (s.enterprises() > 0) {
        lines.add(msg.get(lang, "zone.card.average", dec(ratio(s.workers(), s.enterprises()), 2)));
      }
      Map<Zone, ZoneStat> all = statsAsOf(s);
      long e = sum(all, Metric.ENTERPRISES);
      long w = sum(all, Metric.WORKERS);
      if (all.size() > 1 && e > 0 && w > 0) {
        lines.add(msg.get(lang, "zone.card.share", pct(share(s.enterprises(), e), 2), pct(share(s.workers(), w), 2),
            num(all.size())));
      }
      return finish(String.join("\n", lines), "zone_card", s).withZones(List.of(z.id()));
    }

    Answer zoneMetric(Intent.ZoneMetric m) {
      List<String> lines = new ArrayList<>();
      ZoneStat last = null;
      for (Zone z : m.zones()) {
        Optional<ZoneStat> st = ds.latestStat(z.id());
        if (st.isEmpty()) {
          lines.add(name(z) + ": " + msg.get(lang, "zone.card.nostats"));
          continue;
        }
        last = st.get();
        if (m.metrics().size() == 2) {
          lines.add(msg.get(lang, "zone.metric.both", name(z), num(last.enterprises()), num(last.workers())));
        } else if (m.metrics().contains(Metric.WORKERS)) {
          lines.add(msg.get(lang, "zone.metric.workers", name(z), num(last.workers())));
        } else {
          lines.add(msg.get(lang, "zone.metric.enterprises", name(z), num(last.enterprises())));
        }
      }
      return finish(String.join("\n", lines), "zone_metric", last)
          .withZones(m.zones().stream().map(Zone::id).toList());
    }

    Answer zoneList(ZoneGroup group) {
      String area = area().map(a -> lang.pick(a.areaVi(), a.areaEn())).orElse("TP Thủ Đức");
      List<Zone> zones = k.zonesOf(group);
      List<String> lines = new ArrayList<>();
      lines.add(group.all() ? msg.get(lang, "zone.list", area, num(zones.size()))
          : msg.get(lang, "zone.list.kind", area, num(zones.size()), joinAnd(group.kinds().stream().sorted()
              .map(kind -> msg.get(lang, "kind." + kind.code() + (zones.size() > 1 ? ".plural" : ""))).toList())));
      ZoneStat last = null;
      for (Zone z : zones) {
        String full = lang.pick(z.nameVi(), z.nameEn());
        String label = full.equals(name(z)) ? full : full + " (" + name(z) + ")";
        Optional<ZoneStat> st = ds.latestStat(z.id());
        if (st.isPresent()) {
          last = st.get();
          lines.add(msg.get(lang, "zone.list.item.figures", label, num(last.enterprises()), num(last.workers())));
        } else {
          lines.add(msg.get(lang, "zone.list.item", label));
        }
        sourceIds.add(z.source());
      }
      return finish(String.join("\n", lines), "zone_list", last)
          .withZones(zones.stream().map(Zone::id).toList());
    }

    Answer asOf() {
      Map<Zone, ZoneStat> stats = latest(ds.zones());
      if (stats.isEmpty()) {
        return finish(msg.get(lang, "zone.card.nostats"), "as_of", null);
      }
      ZoneStat any = stats.values().iterator().next();
      java.time.LocalDate newest = stats.values().stream().map(ZoneStat::asOf)
          .max(java.util.Comparator.naturalOrder()).orElseThrow();
      String meeting = ds.latestMeeting().filter(m -> m.date().equals(newest))
          .map(m -> msg.get(lang, "asof.meeting")).orElse("");
      return finish(msg.get(lang, "asof", Formats.date(newest, lang), meeting), "as_of", any);
    }

    Answer zoneCount() {
      String area = area().map(a -> lang.pick(a.areaVi(), a.areaEn())).orElse("TP Thủ Đức");
      List<String> parts = new ArrayList<>();
      for (ZoneKind kind : List.of(ZoneKind.IP, ZoneKind.EPZ, ZoneKind.HTP)) {
        List<Zone> zs = k.zonesOfKind(kind);
        if (zs.isEmpty()) {
          continue;
        }
        String kindName = msg.get(lang, "kind." + kind.code() + (zs.size() > 1 ? ".plural" : ""));
        parts.add(msg.get(lang, "zone.count.part", num(zs.size()), kindName,
            zs.stream().map(this::name).collect(Collectors.joining(", "))));
        zs.forEach(z -> sourceIds.add(z.source()));
      }
      return finish(msg.get(lang, "zone.count", area, joinAnd(parts)), "zone_count", null);
    }

    Answer total(Intent.Total t) {
      List<Zone> zones = t.zones().isEmpty() ? k.zonesOf(t.group()) : t.zones();
      Map<Zone, ZoneStat> stats = latest(zones);
      if (stats.isEmpty()) {
        return finish(msg.get(lang, "zone.card.nostats"), "total", null);
      }
      ZoneStat any = stats.values().iterator().next();
      long e = sum(stats, Metric.ENTERPRISES);
      long w = sum(stats, Metric.WORKERS);
      Optional<AreaStat> area = area();
      if (t.zones().isEmpty() && t.group().all() && area.isPresent() && area.get().zones().size() == stats.size()
          && area.get().asOf().equals(any.asOf())) {
        // the totals the source states, which the loader checked against the sum of the zones
        e = area.get().enterprises();
        w = area.get().workers();
        sourceIds.add(area.get().source());
      }
      String figures = t.metrics().size() == 2 ? msg.get(lang, "total.both", num(e), num(w))
          : t.metrics().contains(Metric.WORKERS) ? msg.get(lang, "total.workers", num(w))
          : msg.get(lang, "total.enterprises", num(e));
      String names = stats.keySet().stream().map(this::name).collect(Collectors.joining(", "));
      String text = !t.zones().isEmpty()
          ? msg.get(lang, "total.zones", names, figures)
          : t.group().all()
          ? msg.get(lang, "total.all", num(stats.size()), names, figures)
          : msg.get(lang, "total.group", lang.pick(capital(groupName(t.group())), groupName(t.group())), names, figures);
      if (t.zones().isEmpty() && t.group().all() && area.isPresent() && area.get().asOf().equals(any.asOf())) {
        AreaStat as = area.get();
        String areaName = lang.pick(as.areaVi(), as.areaEn());
        if (t.metrics().contains(Metric.ENTERPRISES) && as.enterpriseSharePct() != null) {
          text += "\n" + msg.get(lang, "total.share.enterprises", pct(as.enterpriseSharePct(), 2), areaName);
        }
        if (t.metrics().contains(Metric.WORKERS) && as.workerSharePct() != null) {
          text += "\n" + msg.get(lang, "total.share.workers", pct(as.workerSharePct(), 2), areaName);
        }
      }
      return finish(text, "total", any).withZones(ids(stats));
    }

    Answer areaShare(Intent.AreaShare s) {
      Optional<AreaStat> a = area();
      if (a.isEmpty() || a.get().enterpriseSharePct() == null && a.get().workerSharePct() == null) {
        return Answer.of(msg.get(lang, "unknown"), false, "share", List.of(), lang);
      }
      AreaStat as = a.get();
      sourceIds.add(as.source());
      return finishAsOf(String.join("\n", areaShareLines(s.metrics(), as)), "share", as.asOf());
    }

    /** The shares of the area that {@code as} states, one line per metric it has a share for. */
    List<String> areaShareLines(java.util.Set<Metric> metrics, AreaStat as) {
      String areaName = lang.pick(as.areaVi(), as.areaEn());
      String names = as.zones().stream().map(id -> ds.zone(id).map(this::name).orElse(id))
          .collect(Collectors.joining(", "));
      List<String> lines = new ArrayList<>();
      if (metrics.contains(Metric.ENTERPRISES) && as.enterpriseSharePct() != null) {
        lines.add(msg.get(lang, "share.area.enterprises", num(as.zones().size()), names,
            pct(as.enterpriseSharePct(), 2), areaName));
      }
      if (metrics.contains(Metric.WORKERS) && as.workerSharePct() != null) {
        lines.add(msg.get(lang, "share.area.workers", num(as.zones().size()), names, pct(as.workerSharePct(), 2),
            areaName));
      }
      return lines;
    }

    Answer zoneShare(Intent.ZoneShare s) {
      Map<Zone, ZoneStat> all = latest(k.zonesOf(s.of()));
      if (all.isEmpty()) {
        return finish(msg.get(lang, "zone.card.nostats"), "zone_share", null);
      }
      String base = s.of().all() ? msg.get(lang, "share.base.all", num(all.size())) : groupName(s.of());
      List<String> lines = new ArrayList<>();
      ZoneStat any = all.values().iterator().next();
      for (Metric m : order(s.metrics())) {
        long total = sum(all, m);
        long part = 0;
        for (Zone z : s.zones()) {
          ZoneStat st = all.get(z);
          part += st == null ? 0 : value(st, m);
        }
        String who = s.zones().stream().map(this::name).collect(Collectors.joining(" + "));
        lines.add(msg.get(lang, "share.zone", who, pct(share(part, total), 2), metric(m), base, num(part),
            num(total)));
      }
      return finish(String.join("\n", lines), "zone_share", any)
          .withZones(s.zones().stream().map(Zone::id).toList());
    }

    Answer rank(Intent.Rank r) {
      Map<Zone, ZoneStat> stats = latest(k.zonesOf(r.group()));
      if (stats.isEmpty()) {
        return finish(msg.get(lang, "zone.card.nostats"), "rank", null);
      }
      ZoneStat any = stats.values().iterator().next();
      List<String> lines = new ArrayList<>();
      ChartData chart = null;
      for (Metric m : order(r.metrics())) {
        List<Map.Entry<Zone, ZoneStat>> sorted = new ArrayList<>(stats.entrySet());
        sorted.sort(Comparator.comparingLong((Map.Entry<Zone, ZoneStat> e) -> -value(e.getValue(), m)));
        if (r.direction() == 0) {
          lines.add(msg.get(lang, "rank.title", metric(m)));
          int i = 1;
          for (Map.Entry<Zone, ZoneStat> e : sorted) {
            lines.add(msg.get(lang, "rank.item", i++, name(e.getKey()), num(value(e.getValue(), m))));
          }
        } else {
          long best = r.direction() > 0 ? value(sorted.get(0).getValue(), m)
              : value(sorted.get(sorted.size() - 1).getValue(), m);
          String names = sorted.stream().filter(e -> value(e.getValue(), m) == best).map(e -> name(e.getKey()))
              .collect(Collectors.joining(", "));
          lines.add(msg.get(lang, r.direction() > 0 ? "rank.max.one" : "rank.min.one", metric(m), names, num(best)));
        }
        if (chart == null) {
          chart = chartOf(sorted, m);
        }
      }
      Answer a = finish(String.join("\n", lines), "rank", any).withZones(ids(stats));
      return chart == null ? a : a.withChart(chart);
    }

    Answer compare(List<Zone> zones, Set<Metric> metrics, String intent) {
      Map<Zone, ZoneStat> stats = latest(zones);
      if (stats.isEmpty()) {
        return finish(msg.get(lang, "zone.card.nostats"), intent, null);
      }
      ZoneStat any = stats.values().iterator().next();
      List<String> lines = new ArrayList<>();
      ChartData chart = null;
      for (Metric m : order(metrics)) {
        lines.add(msg.get(lang, "compare.title", metric(m)));
        for (Map.Entry<Zone, ZoneStat> e : stats.entrySet()) {
          lines.add(msg.get(lang, "compare.item", name(e.getKey()), num(value(e.getValue(), m))));
        }
        if (stats.size() == 2) {
          List<Map.Entry<Zone, ZoneStat>> two = new ArrayList<>(stats.entrySet());
          two.sort(Comparator.comparingLong((Map.Entry<Zone, ZoneStat> e) -> -value(e.getValue(), m)));
          long a = value(two.get(0).getValue(), m);
          long b = value(two.get(1).getValue(), m);
          if (a == b) {
            lines.add(msg.get(lang, "compare.equal", name(two.get(0).getKey()), name(two.get(1).getKey()), metric(m),
                num(a)));
          } else {
            String times = b == 0 ? "∞" : dec(ratio(a, b), 2);
            lines.add(msg.get(lang, "compare.more", name(two.get(0).getKey()), num(a - b), metric(m),
                name(two.get(1).getKey()), times));
          }
        }
        if (chart == null) {
          chart = chartOf(new ArrayList<>(stats.entrySet()), m);
        }
      }
      Answer a = finish(String.join("\n", lines), intent, any).withZones(ids(stats));
      return chart == null ? a : a.withChart(chart);
    }

    Answer average(Intent.Average a) {
      List<String> lines = new ArrayList<>();
      ZoneStat any = null;
      if (!a.zones().isEmpty()) {
        for (Zone z : a.zones()) {
          Optional<ZoneStat> st = ds.latestStat(z.id());
          if (st.isEmpty() || st.get().enterprises() == 0) {
            lines.add(name(z) + ": " + msg.get(lang, "zone.card.nostats"));
            continue;
          }
          any = st.get();
          lines.add(msg.get(lang, "average.one", name(z), dec(ratio(any.workers(), any.enterprises()), 2),
              num(any.workers()), num(any.enterprises())));
        }
      } else {
        Map<Zone, ZoneStat> stats = latest(k.zonesOf(a.group()));
        long e = sum(stats, Metric.ENTERPRISES);
        long w = sum(stats, Metric.WORKERS);
        if (e == 0) {
          return finish(msg.get(lang, "zone.card.nostats"), "average", null);
        }
        any = stats.values().iterator().next();
        String group = a.group().all() ? msg.get(lang, "average.group.all", num(stats.size()))
            : groupName(a.group());
        lines.add(msg.get(lang, "average.group", group, dec(ratio(w, e), 2), num(w), num(e)));
      }
      return finish(String.join("\n", lines), "average", any)
          .withZones(a.zones().stream().map(Zone::id).toList());
    }

}
