package vn.thuduc.coordbot.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The whole dataset, immutable, with lookups by id. Record order is the order of the files. */
public record Dataset(
    List<Source> sources,
    List<Zone> zones,
    List<ZoneStat> zoneStats,
    List<AreaStat> areaStats,
    List<Industry> industries,
    List<Meeting> meetings,
    List<Agreement> agreements,
    List<Person> people,
    List<Point> points,
    List<Award> awards) {

  public Dataset {
    sources = List.copyOf(sources);
    zones = List.copyOf(zones);
    zoneStats = List.copyOf(zoneStats);
    areaStats = List.copyOf(areaStats);
    industries = List.copyOf(industries);
    meetings = List.copyOf(meetings);
    agreements = List.copyOf(agreements);
    people = List.copyOf(people);
    points = List.copyOf(points);
    awards = List.copyOf(awards);
  }

  // loops, not streams, in the lookups: they run while every start of ask builds its answers, where each
  // lambda is a class made at its first use (see performance.md, "Start-up of ask")

  public Optional<Zone> zone(String id) {
    for (Zone z : zones) {
      if (z.id().equals(id)) {
        return Optional.of(z);
      }
    }
    return Optional.empty();
  }

  public Optional<Source> source(String id) {
    for (Source s : sources) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public Optional<Person> person(String id) {
    for (Person p : people) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The latest statistics of the zone, if it has any (the first of that date when two share it). */
  public Optional<ZoneStat> latestStat(String zoneId) {
    ZoneStat latest = null;
    for (ZoneStat s : zoneStats) {
      if (s.zoneId().equals(zoneId) && (latest == null || s.asOf().isAfter(latest.asOf()))) {
        latest = s;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The latest statistics of every zone that has some, in zone order. */
  public Map<Zone, ZoneStat> latestStats() {
    Map<Zone, ZoneStat> out = new LinkedHashMap<>();
    for (Zone z : zones) {
      Optional<ZoneStat> s = latestStat(z.id());
      if (s.isPresent()) {
        out.put(z, s.get());
      }
    }
    return out;
  }

  /** The latest area figures, if any. */
  public Optional<AreaStat> latestAreaStat() {
    return areaStats.stream().max(Comparator.comparing(AreaStat::asOf));
  }

  public Optional<Meeting> latestMeeting() {
    return meetings.stream().max(Comparator.comparing(Meeting::date));
  }

  /** Every record keyed by "kind/id", for diffs between two versions. */
  public Map<String, Object> recordsByKey() {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "source", sources, Source::id);
    put(out, "zone", zones, Zone::id);
    put(out, "zone_stat", zoneStats, s -> s.zoneId() + "@" + s.asOf());
    put(out, "area_stat", areaStats, AreaStat::id);
    put(out, "industry", industries, Industry::id);
    put(out, "meeting", meetings, Meeting::id);
    put(out, "agreement", agreements, Agreement::id);
    put(out, "person", people, Person::id);
    put(out, "point", points, Point::id);
    put(out, "award", awards, Award::id);
    return out;
  }

  public LocalDate latestStatDate() {
    return zoneStats.stream().map(ZoneStat::asOf).max(Comparator.naturalOrder()).orElse(null);
  }

  private static <T> void put(Map<String, Object> out, String kind, List<T> list, Function<T, String> key) {
    for (T t : list) {
      out.put(kind + "/" + key.apply(t), t);
    }
  }
}
