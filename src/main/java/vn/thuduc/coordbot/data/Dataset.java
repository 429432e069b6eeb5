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

  public Optional<Zone> zone(String id) {
    return zones.stream().filter(z -> z.id().equals(id)).findFirst();
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Person> person(String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The latest statistics of the zone, if it has any. */
  public Optional<ZoneStat> latestStat(String zoneId) {
    return zoneStats.stream()
        .filter(s -> s.zoneId().equals(zoneId))
        .max(Comparator.comparing(ZoneStat::asOf));
  }

  /** The latest statistics of every zone that has some, in zone order. */
  public Map<Zone, ZoneStat> latestStats() {
    Map<Zone, ZoneStat> out = new LinkedHashMap<>();
    for (Zone z : zones) {
      latestStat(z.id()).ifPresent(s -> out.put(z, s));
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
