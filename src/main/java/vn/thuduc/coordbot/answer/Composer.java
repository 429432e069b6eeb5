package vn.thuduc.coordbot.answer;

import java.util.List;

/**
 * Writes the answer to an intent from one knowledge snapshot, in one language. Numbers come from
 * the dataset; sums, shares, differences and averages are computed, never typed.
 */
final class Composer {
  private final Messages msg;

  Composer(Messages msg) {
    this.msg = msg;
  }

  Answer compose(Intent intent, Knowledge k, Lang lang) {
    StatsWriter stats = new StatsWriter(msg, k, lang);
    TopicWriter topics = new TopicWriter(msg, k, lang);
    if (intent instanceof Intent.ZoneCard c) {
      return stats.zoneCard(c.zone());
    }
    if (intent instanceof Intent.ZoneMetric m) {
      return stats.zoneMetric(m);
    }
    if (intent instanceof Intent.ZoneList l) {
      return stats.zoneList(l.group());
    }
    if (intent instanceof Intent.ZoneCount c) {
      return stats.zoneCount();
    }
    if (intent instanceof Intent.Total t) {
      return stats.total(t);
    }
    if (intent instanceof Intent.AreaShare s) {
      return stats.areaShare(s);
    }
    if (intent instanceof Intent.ZoneShare s) {
      return stats.zoneShare(s);
    }
    if (intent instanceof Intent.Rank r) {
      return stats.rank(r);
    }
    if (intent instanceof Intent.Compare c) {
      return stats.compare(c.zones(), c.metrics(), "compare");
    }
    if (intent instanceof Intent.Difference d) {
      return stats.compare(List.of(d.a(), d.b()), d.metrics(), "difference");
    }
    if (intent instanceof Intent.Average a) {
      return stats.average(a);
    }
    if (intent instanceof Intent.Industries i) {
      return topics.industries();
    }
    if (intent instanceof Intent.MeetingInfo m) {
      return topics.meeting(m.aspect());
    }
    if (intent instanceof Intent.PersonInfo p) {
      return topics.people(p.people());
    }
    if (intent instanceof Intent.TitleHolder t) {
      return topics.holders(t.people());
    }
    if (intent instanceof Intent.Law l) {
      return topics.law(l.pointIds());
    }
    if (intent instanceof Intent.Awards a) {
      return topics.awards(a);
    }
    if (intent instanceof Intent.SourceInfo s) {
      return topics.source(s.author());
    }
    if (intent instanceof Intent.Help h) {
      return Answer.of(msg.get(lang, "help"), true, "help", List.of(), lang);
    }
    if (intent instanceof Intent.AsOf a) {
      return stats.asOf();
    }
    if (intent instanceof Intent.Thanks t) {
      return Answer.of(msg.get(lang, "thanks"), true, "thanks", List.of(), lang);
    }
    if (intent instanceof Intent.Search s) {
      return topics.search(s.hits());
    }
    if (intent instanceof Intent.ZoneNotFound z) {
      return topics.notFound(z.asTyped());
    }
    if (intent instanceof Intent.Unknown u) {
      return Answer.of(msg.get(lang, "unknown"), false, "unknown", List.of(), lang);
    }
    throw new IllegalStateException("unhandled intent " + intent.name());
  }

  /** The shares of the area {@code as} states, one line per metric (the lines of an area-share answer). */
  List<String> areaShareLines(Knowledge k, Lang lang, java.util.Set<Metric> metrics,
      vn.thuduc.coordbot.data.AreaStat as) {
    return new StatsWriter(msg, k, lang).areaShareLines(metrics, as);
  }

  /** The line naming {@code answer}'s sources, for figures as of {@code asOf}; empty when it names none. */
  java.util.Optional<String> sourceLine(Knowledge k, Lang lang, Answer answer, java.time.LocalDate asOf) {
    return new StatsWriter(msg, k, lang).footer(answer.sources(), asOf);
  }

}
