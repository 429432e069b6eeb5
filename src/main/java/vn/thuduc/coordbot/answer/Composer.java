package vn.thuduc.coordbot.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thuduc.coordbot.answer.Intent.MeetingAspect;
import vn.thuduc.coordbot.data.Agreement;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Award;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Meeting;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Point;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.search.PassageIndex;

/**
 * Writes the answer to an intent from one knowledge snapshot, in one language. Numbers come from
 * the dataset; sums, shares, differences and averages are computed here, never typed.
 */
final class Composer {
  private final Messages msg;

  Composer(Messages msg) {
    this.msg = msg;
  }

  Answer compose(Intent intent, Knowledge k, Lang lang) {
    return new Turn(k, lang).compose(intent);
  }

  /** One answer being written: the snapshot, the language and the sources used so far. */
  private final class Turn {
    private final Knowledge k;
    private final Dataset ds;
    private final Lang lang;
    private final Set<String> sourceIds = new LinkedHashSet<>();

    Turn(Knowledge k, Lang lang) {
      this.k = k;
      this.ds = k.dataset();
      this.lang = lang;
    }

    Answer compose(Intent intent) {
      if (intent instanceof Intent.ZoneCard c) {
        return zoneCard(c.zone());
      }
      if (intent instanceof Intent.ZoneMetric m) {
        return zoneMetric(m);
      }
      if (intent instanceof Intent.ZoneList l) {
        return zoneList();
      }
      if (intent instanceof Intent.ZoneCount c) {
        return zoneCount();
      }
      if (intent instanceof Intent.Total t) {
        return total(t);
      }
      if (intent instanceof Intent.AreaShare s) {
        return areaShare(s);
      }
      if (intent instanceof Intent.ZoneShare s) {
        return zoneShare(s);
      }
      if (intent instanceof Intent.Rank r) {
        return rank(r);
      }
      if (intent instanceof Intent.Compare c) {
        return compare(c.zones(), c.metrics(), "compare");
      }
      if (intent instanceof Intent.Difference d) {
        return compare(List.of(d.a(), d.b()), d.metrics(), "difference");
      }
      if (intent instanceof Intent.Average a) {
        return average(a);
      }
      if (intent instanceof Intent.Industries i) {
        return industries();
      }
      if (intent instanceof Intent.MeetingInfo m) {
        return meeting(m.aspect());
      }
      if (intent instanceof Intent.PersonInfo p) {
        return people(p.people());
      }
      if (intent instanceof Intent.TitleHolder t) {
        return holders(t.people());
      }
      if (intent instanceof Intent.Law l) {
        return law(l.pointIds());
      }
      if (intent instanceof Intent.Awards a) {
        return awards(a);
      }
      if (intent instanceof Intent.SourceInfo s) {
        return source(s.author());
      }
      if (intent instanceof Intent.Help h) {
        return Answer.of(msg.get(lang, "help"), true, "help", List.of(), lang);
      }
      if (intent instanceof Intent.Thanks t) {
        return Answer.of(msg.get(lang, "thanks"), true, "thanks", List.of(), lang);
      }
      if (intent instanceof Intent.Search s) {
        return search(s.hits());
      }
      if (intent instanceof Intent.ZoneNotFound z) {
        return notFound(z.asTyped());
      }
      if (intent instanceof Intent.Unknown u) {
        return Answer.of(msg.get(lang, "unknown"), false, "unknown", List.of(), lang);
      }
      throw new IllegalStateException("unhandled intent " + intent.name());
    }

    // ---- statistics

    Answer zoneCard(Zone z) {
      Optional<ZoneStat> st = ds.latestStat(z.id());
      List<String> lines = new ArrayList<>();
      String full = vi() ? z.nameVi() : z.nameEn();
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

    Answer zoneList() {
      String area = area().map(a -> lang == Lang.VI ? a.areaVi() : a.areaEn()).orElse("TP Thủ Đức");
      List<String> lines = new ArrayList<>();
      lines.add(msg.get(lang, "zone.list", area, num(ds.zones().size())));
      for (Zone z : ds.zones()) {
        lines.add(msg.get(lang, "zone.list.item", lang == Lang.VI ? z.nameVi() : z.nameEn(), name(z)));
        sourceIds.add(z.source());
      }
      return finish(String.join("\n", lines), "zone_list", null)
          .withZones(ds.zones().stream().map(Zone::id).toList());
    }

    Answer zoneCount() {
      String area = area().map(a -> lang == Lang.VI ? a.areaVi() : a.areaEn()).orElse("TP Thủ Đức");
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
          : msg.get(lang, "total.group", vi() ? capital(groupName(t.group())) : groupName(t.group()), names, figures);
      if (t.zones().isEmpty() && t.group().all() && area.isPresent() && area.get().asOf().equals(any.asOf())) {
        AreaStat as = area.get();
        String areaName = vi() ? as.areaVi() : as.areaEn();
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
      String areaName = lang == Lang.VI ? as.areaVi() : as.areaEn();
      String names = as.zones().stream().map(id -> ds.zone(id).map(this::name).orElse(id))
          .collect(Collectors.joining(", "));
      List<String> lines = new ArrayList<>();
      if (s.metrics().contains(Metric.ENTERPRISES) && as.enterpriseSharePct() != null) {
        lines.add(msg.get(lang, "share.area.enterprises", num(as.zones().size()), names,
            pct(as.enterpriseSharePct(), 2), areaName));
      }
      if (s.metrics().contains(Metric.WORKERS) && as.workerSharePct() != null) {
        lines.add(msg.get(lang, "share.area.workers", num(as.zones().size()), names, pct(as.workerSharePct(), 2),
            areaName));
      }
      return finishAsOf(String.join("\n", lines), "share", as.asOf());
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

    Answer industries() {
      if (ds.industries().isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "industries", List.of(), lang);
      }
      ds.industries().forEach(i -> sourceIds.add(i.source()));
      String list = ds.industries().stream().map(i -> lang == Lang.VI ? i.nameVi() : i.nameEn())
          .collect(Collectors.joining(", "));
      return finish(msg.get(lang, "industries", list), "industries", null);
    }

    // ---- the meeting, people, law, awards

    Answer meeting(MeetingAspect aspect) {
      Optional<Meeting> om = ds.latestMeeting();
      if (om.isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "meeting", List.of(), lang);
      }
      Meeting m = om.get();
      sourceIds.add(m.source());
      String date = Formats.date(m.date(), lang);
      String title = vi() ? m.titleVi() : m.titleEn();
      String organiser = vi() ? m.organiserVi() : m.organiserEn();
      List<String> lines = new ArrayList<>();
      switch (aspect) {
        case WHEN -> {
          String part = m.partOfDay() == null ? "" : msg.get(lang, "meeting.part." + m.partOfDay());
          String note = vi() ? m.dateNoteVi() : m.dateNoteEn();
          lines.add(msg.get(lang, "meeting.when", part, date, organiser, note == null ? "" : note).trim());
        }
        case ORGANISER -> lines.add(msg.get(lang, "meeting.organiser", capital(organiser), title, date));
        case ATTENDEES -> {
          lines.add(msg.get(lang, "meeting.attendees", title, date));
          for (Person p : attendees(m)) {
            lines.add(msg.get(lang, "meeting.attendee", p.name(), String.join("; ", titles(p))));
            sourceIds.add(p.source());
          }
          lines.add(msg.get(lang, "meeting.attendees.more"));
        }
        case REVIEWED -> {
          lines.add(msg.get(lang, "meeting.reviewed", date, Formats.years(m.reviewedFrom(), m.reviewedTo())));
          agreements(m, false).forEach(a -> lines.add(agreementLine(a)));
        }
        case SIGNED -> {
          List<Agreement> signed = agreements(m, true);
          String period = signed.stream().map(a -> Formats.years(a.fromYear(), a.toYear())).distinct()
              .collect(Collectors.joining(", "));
          lines.add(msg.get(lang, "meeting.signed", date, period));
          signed.forEach(a -> lines.add(agreementLine(a)));
        }
        case SPEECH -> {
          List<Point> speech = ds.points().stream().filter(p -> p.meeting().equals(m.id()))
              .filter(p -> "speech".equals(p.kind())).toList();
          String speaker = speech.stream().map(Point::speaker).filter(s -> s != null).findFirst()
              .flatMap(ds::person).map(Person::name).orElse("");
          lines.add(msg.get(lang, "meeting.speech", date, speaker));
          speech.forEach(p -> lines.add(msg.get(lang, "meeting.point", vi() ? p.textVi() : p.textEn())));
        }
        case WHERE -> {
          lines.add(msg.get(lang, "meeting.where.unknown"));
          lines.add(msg.get(lang, "meeting.overview", title, date, organiser));
        }
        case REGULATIONS -> {
          lines.add(msg.get(lang, "meeting.reviewed", date, Formats.years(m.reviewedFrom(), m.reviewedTo())));
          agreements(m, false).forEach(a -> lines.add(agreementLine(a)));
          List<Agreement> signed = agreements(m, true);
          lines.add(msg.get(lang, "meeting.signed", date, signed.stream().map(a -> Formats.years(a.fromYear(),
              a.toYear())).distinct().collect(Collectors.joining(", "))));
          signed.forEach(a -> lines.add(agreementLine(a)));
          lines.add(msg.get(lang, "meeting.purpose", vi() ? m.purposeVi() : m.purposeEn()));
        }
        case PURPOSE -> lines.add(msg.get(lang, "meeting.purpose", vi() ? m.purposeVi() : m.purposeEn()));
        case OVERVIEW -> {
          lines.add(msg.get(lang, "meeting.overview", title, date, organiser));
          String signed = agreements(m, true).stream().map(a -> Formats.years(a.fromYear(), a.toYear())).distinct()
              .collect(Collectors.joining(", "));
          lines.add(msg.get(lang, "meeting.overview.reviewed", Formats.years(m.reviewedFrom(), m.reviewedTo()),
              signed));
          lines.add(msg.get(lang, "meeting.purpose", vi() ? m.purposeVi() : m.purposeEn()));
        }
        default -> throw new IllegalStateException("unhandled aspect " + aspect);
      }
      return finish(String.join("\n", lines), "meeting", null);
    }

    private String agreementLine(Agreement a) {
      sourceIds.add(a.source());
      return msg.get(lang, "meeting.agreement", vi() ? a.partyAVi() : a.partyAEn(), vi() ? a.partyBVi() : a.partyBEn(),
          Formats.years(a.fromYear(), a.toYear()));
    }

    private List<Agreement> agreements(Meeting m, boolean signed) {
      return ds.agreements().stream().filter(a -> a.meeting().equals(m.id()) && a.signed() == signed).toList();
    }

    private List<Person> attendees(Meeting m) {
      return ds.people().stream().filter(p -> m.id().equals(p.meeting())).toList();
    }

    Answer people(List<Person> people) {
      List<String> lines = new ArrayList<>();
      for (Person p : people) {
        sourceIds.add(p.source());
        lines.add(msg.get(lang, "person.title", p.name(), String.join("; ", titles(p))));
        ds.meetings().stream().filter(m -> m.id().equals(p.meeting())).findFirst().ifPresent(m ->
            lines.add(msg.get(lang, "person.meeting", p.name(), Formats.date(m.date(), lang),
                p.roles().contains("speaker") ? msg.get(lang, "person.speaker") : "")));
      }
      return finish(String.join("\n", lines), "person", null);
    }

    Answer holders(List<Person> people) {
      List<String> lines = new ArrayList<>();
      for (Person p : people) {
        sourceIds.add(p.source());
        lines.add(msg.get(lang, "person.holder", String.join("; ", titles(p)), p.name()));
      }
      return finish(String.join("\n", lines), "person", null);
    }

    Answer law(List<String> pointIds) {
      List<Point> chosen = ds.points().stream().filter(p -> pointIds.contains(p.id())).toList();
      if (chosen.isEmpty()) {
        chosen = ds.points().stream().filter(p -> !"thanks".equals(p.topic())).toList();
      }
      if (chosen.isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "law", List.of(), lang);
      }
      List<String> lines = new ArrayList<>();
      List<Point> speech = chosen.stream().filter(p -> "speech".equals(p.kind())).toList();
      List<Point> purpose = chosen.stream().filter(p -> !"speech".equals(p.kind())).toList();
      if (!speech.isEmpty()) {
        Point first = speech.get(0);
        String date = ds.meetings().stream().filter(m -> m.id().equals(first.meeting())).findFirst()
            .map(m -> Formats.date(m.date(), lang)).orElse("");
        String speaker = ds.person(first.speaker()).map(Person::name).orElse("");
        lines.add(msg.get(lang, "law.intro", date, speaker));
        speech.forEach(p -> lines.add(msg.get(lang, "meeting.point", vi() ? p.textVi() : p.textEn())));
      }
      if (!purpose.isEmpty()) {
        lines.add(msg.get(lang, "law.intro.purpose"));
        purpose.forEach(p -> lines.add(msg.get(lang, "meeting.point", vi() ? p.textVi() : p.textEn())));
      }
      chosen.forEach(p -> sourceIds.add(p.source()));
      lines.add(msg.get(lang, "law.note"));
      return finish(String.join("\n", lines), "law", null);
    }

    Answer awards(Intent.Awards a) {
      if (ds.awards().isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "awards", List.of(), lang);
      }
      Award first = ds.awards().get(0);
      List<String> recipients = new ArrayList<>();
      for (Award aw : ds.awards()) {
        recipients.add(msg.get(lang, aw.collective() ? "awards.recipients.collective" : "awards.recipients.individual",
            num(aw.count())));
        sourceIds.add(aw.source());
      }
      List<String> lines = new ArrayList<>();
      lines.add(msg.get(lang, "awards", vi() ? first.givenByVi() : first.givenByEn(),
          vi() ? first.awardVi() : first.awardEn(), joinAnd(recipients), msg.get(lang, "awards.parties"),
          Formats.years(first.fromYear(), first.toYear())));
      boolean anyNames = false;
      for (Award aw : ds.awards()) {
        if (!aw.recipients().isEmpty()) {
          anyNames = true;
          lines.add(msg.get(lang, "awards.names.list", msg.get(lang, aw.collective()
              ? "awards.recipients.collective" : "awards.recipients.individual", num(aw.count())),
              String.join(", ", aw.recipients())));
        }
      }
      if (!anyNames || a.names()) {
        if (!anyNames || ds.awards().stream().anyMatch(x -> x.recipients().size() < x.count())) {
          lines.add(msg.get(lang, "awards.names.unknown"));
        }
      }
      return finish(String.join("\n", lines), "awards", null);
    }

    Answer source(boolean author) {
      if (ds.sources().isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "source", List.of(), lang);
      }
      Source s = ds.sources().get(0);
      sourceIds.add(s.id());
      String title = vi() || s.titleEn() == null ? s.titleVi() : s.titleEn();
      String text = author ? msg.get(lang, "source.info.author", s.author(), s.site(), title)
          : msg.get(lang, "source.info", title, s.site(), s.author());
      return new Answer(text, true, "source", sourceLabels(), lang, Optional.empty(), List.of());
    }

    Answer search(List<PassageIndex.Hit> hits) {
      List<String> lines = new ArrayList<>();
      lines.add(msg.get(lang, "search.intro"));
      for (PassageIndex.Hit h : hits) {
        lines.add("• " + (vi() ? h.textVi() : h.textEn()));
      }
      ds.sources().stream().findFirst().ifPresent(s -> sourceIds.add(s.id()));
      return finish(String.join("\n", lines), "search", null);
    }

    Answer notFound(String asTyped) {
      String names = ds.zones().stream().map(this::name).collect(Collectors.joining(", "));
      String shown = asTyped.length() > 80 ? asTyped.substring(0, 80) + "…" : asTyped;
      return Answer.of(msg.get(lang, "zone.notfound", shown, num(ds.zones().size()), names), false,
          "zone_not_found", List.of(), lang);
    }

    // ---- helpers

    private Answer finish(String body, String intent, ZoneStat asOf) {
      return finishAsOf(body, intent, asOf == null ? null : asOf.asOf());
    }

    private Answer finishAsOf(String body, String intent, java.time.LocalDate asOf) {
      if (asOf != null) {
        ds.zoneStats().stream().filter(s -> s.asOf().equals(asOf)).forEach(s -> sourceIds.add(s.source()));
      }
      List<String> labels = sourceLabels();
      String text = body;
      if (!labels.isEmpty()) {
        String joined = String.join("; ", labels);
        text = body + "\n" + (asOf == null ? msg.get(lang, "source.footer", joined)
            : msg.get(lang, "source.footer.asof", joined, Formats.date(asOf, lang)));
      }
      return new Answer(text, true, intent, labels, lang, Optional.empty(), List.of());
    }

    private List<String> sourceLabels() {
      List<String> out = new ArrayList<>();
      for (String id : sourceIds) {
        ds.source(id).ifPresent(s -> out.add(s.author() == null ? s.site()
            : msg.get(lang, "source.label", s.site(), s.author())));
      }
      return out;
    }

    private ChartData chartOf(List<Map.Entry<Zone, ZoneStat>> rows, Metric m) {
      return new ChartData(msg.get(lang, m == Metric.WORKERS ? "metric.workers.title" : "metric.enterprises.title"),
          msg.get(lang, m == Metric.WORKERS ? "chart.axis.workers" : "chart.axis.enterprises"),
          rows.stream().map(e -> name(e.getKey())).toList(),
          List.of(new ChartData.Series(metric(m), rows.stream().map(e -> value(e.getValue(), m)).toList())));
    }

    private Map<Zone, ZoneStat> latest(List<Zone> zones) {
      Map<Zone, ZoneStat> out = new java.util.LinkedHashMap<>();
      for (Zone z : zones) {
        ds.latestStat(z.id()).ifPresent(s -> out.put(z, s));
      }
      return out;
    }

    /** Every zone's figures at the same date as {@code s}: the base of shares. */
    private Map<Zone, ZoneStat> statsAsOf(ZoneStat s) {
      Map<Zone, ZoneStat> out = new java.util.LinkedHashMap<>();
      for (ZoneStat x : ds.zoneStats()) {
        if (x.asOf().equals(s.asOf())) {
          ds.zone(x.zoneId()).ifPresent(z -> out.put(z, x));
        }
      }
      return out;
    }

    private Optional<AreaStat> area() {
      return ds.latestAreaStat();
    }

    private List<String> titles(Person p) {
      return vi() ? p.titlesVi() : p.titlesEn();
    }

    private String name(Zone z) {
      return vi() ? z.shortVi() : z.shortEn();
    }

    private String metric(Metric m) {
      return msg.get(lang, m == Metric.WORKERS ? "metric.workers" : "metric.enterprises");
    }

    private boolean vi() {
      return lang == Lang.VI;
    }

    private String num(long n) {
      return Formats.number(n, lang);
    }

    private String dec(BigDecimal d, int decimals) {
      return Formats.decimal(d, decimals, lang);
    }

    private String pct(BigDecimal d, int decimals) {
      return Formats.percent(d, decimals, lang);
    }

    private String joinAnd(List<String> parts) {
      if (parts.size() <= 1) {
        return String.join("", parts);
      }
      return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + msg.get(lang, "and") + " "
          + parts.get(parts.size() - 1);
    }

    private String groupName(ZoneGroup g) {
      List<String> names = new ArrayList<>();
      for (ZoneKind kind : List.of(ZoneKind.EPZ, ZoneKind.IP, ZoneKind.HTP)) {
        if (g.kinds().contains(kind)) {
          names.add(msg.get(lang, "total.group.name." + kind.code()));
        }
      }
      return joinAnd(names);
    }

    private String capital(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
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

  private static List<String> ids(Map<Zone, ZoneStat> stats) {
    return stats.keySet().stream().map(Zone::id).toList();
  }

  /** Workers first when both are asked: it is what workers and officials ask most. */
  private static List<Metric> order(Set<Metric> metrics) {
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
