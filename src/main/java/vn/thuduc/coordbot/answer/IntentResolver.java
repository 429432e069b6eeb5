package vn.thuduc.coordbot.answer;

import java.util.List;
import vn.thuduc.coordbot.answer.Intent.MeetingAspect;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.search.PassageIndex;

/**
 * Decides what a parsed question asks for. The order of the checks is the order of precedence:
 * an unknown zone is never answered with another zone's figures; named topics (source, awards,
 * people, labour law, the meeting, industries) before statistics; the index last, accepted only
 * when its best passage covers most of the question's words.
 */
final class IntentResolver {
  static final double MIN_COVERAGE = 0.75;

  Intent resolve(Parsed p, Knowledge k) {
    if (p.contentWords() == 0 && p.zones().isEmpty()) {
      return p.hasAny(Feature.HELP, Feature.GREETING, Feature.THANKS) ? new Intent.Help() : new Intent.Unknown();
    }
    if (p.unknownZone().isPresent() && p.zones().isEmpty()) {
      return new Intent.ZoneNotFound(p.unknownZone().get());
    }
    if (p.has(Feature.SOURCE) && !p.has(Feature.LAW)) {
      return new Intent.SourceInfo(p.words().contains("tac") || p.words().contains("author")
          || p.words().contains("wrote") || p.words().contains("written"));
    }
    if (p.has(Feature.AWARD)) {
      boolean giver = p.has(Feature.GIVER);
      return new Intent.Awards(!giver && (p.has(Feature.NAMES) || p.has(Feature.WHO)), giver);
    }
    if (!p.people().isEmpty()) {
      if (!p.pointIds().isEmpty()) {
        return new Intent.Law(p.pointIds()); // what the speaker said on that topic
      }
      if (p.has(Feature.SPEECH)) {
        return new Intent.MeetingInfo(MeetingAspect.SPEECH);
      }
      return new Intent.PersonInfo(p.people());
    }
    if (!p.titleHolders().isEmpty()) {
      return new Intent.TitleHolder(p.titleHolders());
    }
    boolean zoneFigures = !p.zones().isEmpty() && p.has(Feature.HOW_MANY) && !p.metrics().isEmpty();
    if ((p.has(Feature.LAW) || !p.pointIds().isEmpty()) && (!zoneFigures || !p.pointIds().isEmpty())) {
      return new Intent.Law(p.pointIds());
    }
    if (p.has(Feature.INDUSTRY) && !zoneFigures) {
      return new Intent.Industries();
    }
    if (p.has(Feature.AS_OF) && p.zones().isEmpty()) {
      return new Intent.AsOf();
    }
    Intent meeting = meeting(p);
    if (meeting != null) {
      return meeting;
    }
    Intent stats = statistics(p, k);
    if (stats != null) {
      return stats;
    }
    if (p.has(Feature.THANKS) && p.contentWords() <= 4) {
      return new Intent.Thanks();
    }
    if (p.hasAny(Feature.HELP) || p.has(Feature.GREETING) && p.contentWords() <= 3) {
      return new Intent.Help();
    }
    if (p.unknownZone().isPresent()) {
      return new Intent.ZoneNotFound(p.unknownZone().get());
    }
    List<PassageIndex.Hit> hits = k.index().search(p.text(), 3);
    if (!hits.isEmpty() && hits.get(0).coverage() >= MIN_COVERAGE) {
      return new Intent.Search(hits.stream().filter(h -> h.coverage() >= MIN_COVERAGE).toList());
    }
    return new Intent.Unknown();
  }

  private static Intent meeting(Parsed p) {
    boolean about = p.hasAny(Feature.MEETING, Feature.REGULATION, Feature.SIGNED, Feature.SPEECH)
        || p.has(Feature.COORDINATION) && p.has(Feature.PURPOSE)
        || p.has(Feature.REVIEWED) && p.zones().isEmpty() && p.metrics().isEmpty() && p.contentWords() <= 5;
    if (!about || !p.zones().isEmpty() && !p.metrics().isEmpty()) {
      return null;
    }
    MeetingAspect a;
    if (p.has(Feature.WHERE)) {
      a = MeetingAspect.WHERE;
    } else if (p.has(Feature.WHEN)) {
      a = MeetingAspect.WHEN;
    } else if (p.has(Feature.ATTENDEES)) {
      a = MeetingAspect.ATTENDEES;
    } else if (p.has(Feature.ORGANISER)) {
      a = MeetingAspect.ORGANISER;
    } else if (p.has(Feature.SIGNED)) {
      a = MeetingAspect.SIGNED;
    } else if (p.has(Feature.SPEECH)) {
      a = MeetingAspect.SPEECH;
    } else if (p.has(Feature.PURPOSE)) {
      a = MeetingAspect.PURPOSE;
    } else if (p.has(Feature.REVIEWED)) {
      a = MeetingAspect.REVIEWED;
    } else if (p.has(Feature.REGULATION) && !p.has(Feature.MEETING)) {
      a = MeetingAspect.REGULATIONS;
    } else {
      a = MeetingAspect.OVERVIEW;
    }
    return new Intent.MeetingInfo(a);
  }

  private static Intent statistics(Parsed p, Knowledge k) {
    List<Zone> zones = p.zones();
    boolean strong = !zones.isEmpty() || p.group().isPresent() || p.zoneCountAsked() || !p.metrics().isEmpty()
        || p.hasAny(Feature.RANK_MAX, Feature.RANK_MIN, Feature.RANK_ALL, Feature.SHARE, Feature.AVERAGE,
            Feature.DIFFERENCE)
        || !p.kindsNamed().isEmpty() && p.contentWords() <= 4;
    if (!strong) {
      return null;
    }
    if (zones.isEmpty() && p.group().isEmpty() && p.unknownPlace().isPresent()) {
      return new Intent.ZoneNotFound(p.unknownPlace().get());
    }
    if (p.zoneCountAsked()) {
      return new Intent.ZoneCount(p.kindsAsked());
    }
    // "khu chế xuất sử dụng bao nhiêu lao động": a kind named without a zone stands for its zones
    ZoneGroup group = p.group().orElse(zones.isEmpty() && !p.kindsNamed().isEmpty()
        ? new ZoneGroup(p.kindsNamed()) : ZoneGroup.ALL);
    if (p.has(Feature.AVERAGE)) {
      return new Intent.Average(zones, group);
    }
    if (p.has(Feature.SHARE)) {
      if (!zones.isEmpty()) {
        return new Intent.ZoneShare(zones, p.metricsOrBoth(), group);
      }
      if (!group.all()) {
        return new Intent.ZoneShare(k.zonesOf(group), p.metricsOrBoth(), ZoneGroup.ALL);
      }
      return new Intent.AreaShare(p.metricsOrBoth());
    }
    if (zones.size() >= 2 && p.has(Feature.TOTAL) && !p.has(Feature.COMPARE)) {
      return new Intent.Total(group, p.metricsOrBoth(), zones);
    }
    if (!zones.isEmpty() && p.group().isPresent() && p.has(Feature.TOTAL)) {
      // "the two EPZs and the Hi-Tech Park": the group's zones and the named ones together
      List<Zone> all = new java.util.ArrayList<>(k.zonesOf(group));
      zones.stream().filter(z -> !all.contains(z)).forEach(all::add);
      return new Intent.Total(group, p.metricsOrBoth(), all);
    }
    if (zones.size() >= 2) {
      return p.has(Feature.DIFFERENCE)
          ? new Intent.Difference(zones.get(0), zones.get(1), p.metricsOrBoth())
          : new Intent.Compare(zones, p.metricsOrBoth());
    }
    boolean rankWords = p.hasAny(Feature.RANK_MAX, Feature.RANK_MIN, Feature.RANK_ALL);
    if (rankWords) {
      int dir = p.has(Feature.RANK_ALL) ? 0 : p.has(Feature.RANK_MIN) ? -1 : 1;
      if (p.has(Feature.RANK_MAX) && p.has(Feature.RANK_MIN)) {
        dir = 0;
      }
      return new Intent.Rank(p.metricsOrBoth(), dir, group);
    }
    if (zones.isEmpty() && p.has(Feature.LIST) && p.metrics().isEmpty()) {
      return new Intent.ZoneList(group);
    }
    if (zones.size() == 1) {
      return p.metrics().isEmpty() ? new Intent.ZoneCard(zones.get(0)) : new Intent.ZoneMetric(zones, p.metrics());
    }
    if (p.has(Feature.LIST) && !p.metrics().isEmpty()) {
      return new Intent.Compare(k.zonesOf(group), p.metrics());
    }
    if (zones.isEmpty() && p.metrics().isEmpty() && !p.kindsNamed().isEmpty() && p.contentWords() <= 4) {
      // just "khu chế xuất": the zones of that kind, with their figures
      return new Intent.ZoneList(p.group().orElse(new ZoneGroup(p.kindsNamed())));
    }
    if (p.group().isPresent() || p.has(Feature.TOTAL) || !p.metrics().isEmpty()) {
      return new Intent.Total(group, p.metricsOrBoth(), List.of());
    }
    return null;
  }
}
