package vn.thuduc.coordbot.data;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.thuduc.coordbot.data.DatasetLoader.Located;

/** Checks records and the references between the dataset files; the first problem is thrown. */
final class DatasetValidator {
  private static final Set<String> ACTIONS = Set.of("reviewed", "signed");
  private static final Set<String> POINT_KINDS = Set.of("speech", "purpose");
  private static final Set<String> RECIPIENT_KINDS = Set.of("collective", "individual");
  private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,62}";

  private final Dataset ds;

  DatasetValidator(Dataset ds) {
    this.ds = ds;
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  void validate(
      List<Located<Source>> sources, List<Located<Zone>> zones, List<Located<ZoneStat>> stats,
      List<Located<AreaStat>> areas, List<Located<Industry>> industries,
      List<Located<Meeting>> meetings, List<Located<Agreement>> agreements,
      List<Located<Person>> people, List<Located<Point>> points, List<Located<Award>> awards)
      throws DataException {
    Set<String> sourceIds = ids(DatasetLoader.SOURCES, sources, Source::id);
    Set<String> zoneIds = ids(DatasetLoader.ZONES, zones, Zone::id);
    ids(DatasetLoader.AREA_STATS, areas, AreaStat::id);
    ids(DatasetLoader.INDUSTRIES, industries, Industry::id);
    Set<String> meetingIds = ids(DatasetLoader.MEETINGS, meetings, Meeting::id);
    ids(DatasetLoader.AGREEMENTS, agreements, Agreement::id);
    Set<String> personIds = ids(DatasetLoader.PEOPLE, people, Person::id);
    ids(DatasetLoader.POINTS, points, Point::id);
    ids(DatasetLoader.AWARDS, awards, Award::id);

    for (Located<Source> l : sources) {
      Source s = l.value();
      need(DatasetLoader.SOURCES, l.line(), s.site(), "site");
      need(DatasetLoader.SOURCES, l.line(), s.titleVi(), "title_vi");
    }
    Map<String, Integer> aliasOwner = new HashMap<>();
    for (Located<Zone> l : zones) {
      Zone z = l.value();
      String f = DatasetLoader.ZONES;
      if (z.kind() == null) {
        throw new DataException(f, l.line(), "missing field 'kind' (epz, ip or htp)");
      }
      need(f, l.line(), z.nameVi(), "name_vi");
      need(f, l.line(), z.nameEn(), "name_en");
      need(f, l.line(), z.shortVi(), "short_vi");
      need(f, l.line(), z.shortEn(), "short_en");
      ref(f, l.line(), z.source(), "source", sourceIds);
      for (String alias : z.aliases()) {
        need(f, l.line(), alias, "aliases");
      }
      aliasOwner.put(z.id(), l.line());
    }
    Set<String> seenStat = new HashSet<>();
    for (Located<ZoneStat> l : stats) {
      ZoneStat s = l.value();
      String f = DatasetLoader.ZONE_STATS;
      ref(f, l.line(), s.zoneId(), "zone", zoneIds);
      ref(f, l.line(), s.source(), "source", sourceIds);
      if (!seenStat.add(s.zoneId() + "@" + s.asOf())) {
        throw new DataException(f, l.line(), "duplicate row for zone '" + s.zoneId() + "' as of " + s.asOf());
      }
      if (s.enterprises() > 0 && s.workers() == 0 || s.enterprises() == 0 && s.workers() > 0) {
        throw new DataException(f, l.line(), "enterprises and workers must both be zero or both be positive");
      }
    }
    for (Located<AreaStat> l : areas) {
      AreaStat a = l.value();
      String f = DatasetLoader.AREA_STATS;
      need(f, l.line(), a.areaVi(), "area_vi");
      need(f, l.line(), a.areaEn(), "area_en");
      ref(f, l.line(), a.source(), "source", sourceIds);
      if (a.asOf() == null) {
        throw new DataException(f, l.line(), "missing field 'as_of'");
      }
      if (a.zones().isEmpty()) {
        throw new DataException(f, l.line(), "missing field 'zones' (the zones these figures cover)");
      }
      long e = 0;
      long w = 0;
      boolean complete = true;
      for (String zid : a.zones()) {
        ref(f, l.line(), zid, "zones", zoneIds);
        var st = ds.zoneStats().stream().filter(s -> s.zoneId().equals(zid) && s.asOf().equals(a.asOf())).findFirst();
        if (st.isEmpty()) {
          complete = false;
        } else {
          e += st.get().enterprises();
          w += st.get().workers();
        }
      }
      if (complete && (e != a.enterprises() || w != a.workers())) {
        throw new DataException(f, l.line(), "totals " + a.enterprises() + " enterprises / " + a.workers()
            + " workers differ from the sum of the zones' figures as of " + a.asOf() + " in "
            + DatasetLoader.ZONE_STATS + " (" + e + " / " + w + ")");
      }
      pct(f, l.line(), a.enterpriseSharePct(), "enterprise_share_pct");
      pct(f, l.line(), a.workerSharePct(), "worker_share_pct");
    }
    for (Located<Industry> l : industries) {
      need(DatasetLoader.INDUSTRIES, l.line(), l.value().nameVi(), "name_vi");
      need(DatasetLoader.INDUSTRIES, l.line(), l.value().nameEn(), "name_en");
      ref(DatasetLoader.INDUSTRIES, l.line(), l.value().source(), "source", sourceIds);
    }
    for (Located<Meeting> l : meetings) {
      Meeting m = l.value();
      String f = DatasetLoader.MEETINGS;
      if (m.date() == null) {
        throw new DataException(f, l.line(), "missing field 'date' (YYYY-MM-DD)");
      }
      need(f, l.line(), m.organiserVi(), "organiser_vi");
      need(f, l.line(), m.organiserEn(), "organiser_en");
      need(f, l.line(), m.titleVi(), "title_vi");
      need(f, l.line(), m.titleEn(), "title_en");
      years(f, l.line(), m.reviewedFrom(), m.reviewedTo(), "reviewed_from", "reviewed_to");
      ref(f, l.line(), m.source(), "source", sourceIds);
    }
    for (Located<Agreement> l : agreements) {
      Agreement a = l.value();
      String f = DatasetLoader.AGREEMENTS;
      ref(f, l.line(), a.meeting(), "meeting", meetingIds);
      if (!ACTIONS.contains(a.action())) {
        throw new DataException(f, l.line(), "field 'action' must be reviewed or signed, not '" + a.action() + "'");
      }
      years(f, l.line(), a.fromYear(), a.toYear(), "from_year", "to_year");
      need(f, l.line(), a.partyAVi(), "party_a_vi");
      need(f, l.line(), a.partyBVi(), "party_b_vi");
      need(f, l.line(), a.partyAEn(), "party_a_en");
      need(f, l.line(), a.partyBEn(), "party_b_en");
      ref(f, l.line(), a.source(), "source", sourceIds);
    }
    for (Located<Person> l : people) {
      Person p = l.value();
      String f = DatasetLoader.PEOPLE;
      need(f, l.line(), p.name(), "name");
      ref(f, l.line(), p.meeting(), "meeting", meetingIds);
      if (p.titlesVi().isEmpty() || p.titlesVi().size() != p.titlesEn().size()) {
        throw new DataException(f, l.line(), "titles_vi and titles_en must list the same titles (one or more)");
      }
      ref(f, l.line(), p.source(), "source", sourceIds);
    }
    for (Located<Point> l : points) {
      Point p = l.value();
      String f = DatasetLoader.POINTS;
      ref(f, l.line(), p.meeting(), "meeting", meetingIds);
      if (!POINT_KINDS.contains(p.kind())) {
        throw new DataException(f, l.line(), "field 'kind' must be speech or purpose, not '" + p.kind() + "'");
      }
      if (p.speaker() != null) {
        ref(f, l.line(), p.speaker(), "speaker", personIds);
      } else if ("speech".equals(p.kind())) {
        throw new DataException(f, l.line(), "missing field 'speaker' (a person id) for a speech point");
      }
      need(f, l.line(), p.topic(), "topic");
      need(f, l.line(), p.textVi(), "text_vi");
      need(f, l.line(), p.textEn(), "text_en");
      ref(f, l.line(), p.source(), "source", sourceIds);
    }
    for (Located<Award> l : awards) {
      Award a = l.value();
      String f = DatasetLoader.AWARDS;
      ref(f, l.line(), a.meeting(), "meeting", meetingIds);
      if (!RECIPIENT_KINDS.contains(a.recipientKind())) {
        throw new DataException(f, l.line(), "field 'recipient_kind' must be collective or individual, not '"
            + a.recipientKind() + "'");
      }
      if (a.count() < 0) {
        throw new DataException(f, l.line(), "field 'count' must not be negative");
      }
      if (a.recipients().size() > a.count()) {
        throw new DataException(f, l.line(), "more recipients (" + a.recipients().size() + ") than 'count' (" + a.count() + ")");
      }
      need(f, l.line(), a.awardVi(), "award_vi");
      need(f, l.line(), a.awardEn(), "award_en");
      need(f, l.line(), a.givenByVi(), "given_by_vi");
      need(f, l.line(), a.givenByEn(), "given_by_en");
      years(f, l.line(), a.fromYear(), a.toYear(), "from_year", "to_year");
      ref(f, l.line(), a.source(), "source", sourceIds);
    }
  }

  private static <T> Set<String> ids(String file, List<Located<T>> list, Function<T, String> id)
      throws DataException {
    Set<String> seen = new HashSet<>();
    for (Located<T> l : list) {
      String v = id.apply(l.value());
      if (v == null || v.isBlank()) {
        throw new DataException(file, l.line(), "missing field 'id'");
      }
      if (!v.matches(ID_PATTERN)) {
        throw new DataException(file, l.line(), "id '" + v + "' must be lower-case letters, digits and '-'");
      }
      if (!seen.add(v)) {
        throw new DataException(file, l.line(), "duplicate id '" + v + "'");
      }
    }
    return seen;
  }

  private static void need(String file, int line, String value, String field) throws DataException {
    if (value == null || value.isBlank()) {
      throw new DataException(file, line, "missing field '" + field + "'");
    }
  }

  private static void ref(String file, int line, String value, String field, Set<String> known)
      throws DataException {
    need(file, line, value, field);
    if (!known.contains(value)) {
      throw new DataException(file, line, "field '" + field + "' names '" + value + "', which is not defined"
          + " (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
    }
  }

  private static void pct(String file, int line, BigDecimal v, String field) throws DataException {
    if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new DataException(file, line, "field '" + field + "' must be a percentage between 0 and 100");
    }
  }

  private static void years(String file, int line, int from, int to, String f1, String f2)
      throws DataException {
    if (from < 1900 || to < 1900 || from > 2200 || to > 2200) {
      throw new DataException(file, line, "fields '" + f1 + "' and '" + f2 + "' must be years");
    }
    if (from > to) {
      throw new DataException(file, line, "'" + f1 + "' (" + from + ") is after '" + f2 + "' (" + to + ")");
    }
  }
}
