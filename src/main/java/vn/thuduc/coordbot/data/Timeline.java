package vn.thuduc.coordbot.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The zones' figures as a time series: the dates the data has, each zone's row at a date, each zone's
 * latest row, and the latest date a group of zones shares. Totals, shares and rankings are computed at
 * one date; this is where that date is found, so no caller mixes dates by accident.
 */
public final class Timeline {
  private final Dataset ds;
  private final Map<String, TreeMap<LocalDate, ZoneStat>> byZone = new HashMap<>();
  private final TreeSet<LocalDate> dates = new TreeSet<>();
  private final TreeSet<LocalDate> areaDates = new TreeSet<>();

  public Timeline(Dataset ds) {
    this.ds = ds;
    for (ZoneStat s : ds.zoneStats()) {
      // loops, not lambdas: built at every start of ask, where a lambda is a class made at its first use
      TreeMap<LocalDate, ZoneStat> rows = byZone.get(s.zoneId());
      if (rows == null) {
        rows = new TreeMap<>();
        byZone.put(s.zoneId(), rows);
      }
      rows.put(s.asOf(), s);
      dates.add(s.asOf());
    }
    for (AreaStat a : ds.areaStats()) {
      areaDates.add(a.asOf());
    }
  }

  public Dataset dataset() {
    return ds;
  }

  /** Every date with figures of at least one zone, oldest first. */
  public List<LocalDate> dates() {
    return List.copyOf(dates);
  }

  /** The dates at which some zone of {@code zones} has figures, oldest first. */
  public NavigableSet<LocalDate> dates(Collection<String> zones) {
    TreeSet<LocalDate> out = new TreeSet<>();
    for (String z : zones) {
      out.addAll(byZone.getOrDefault(z, new TreeMap<>()).keySet());
    }
    return out;
  }

  /** The newest date with figures, if any. */
  public Optional<LocalDate> latestDate() {
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.last());
  }

  /** The zone's row at exactly {@code date}. */
  public Optional<ZoneStat> at(String zone, LocalDate date) {
    return Optional.ofNullable(byZone.getOrDefault(zone, new TreeMap<>()).get(date));
  }

  /** The zone's newest row. */
  public Optional<ZoneStat> latest(String zone) {
    TreeMap<LocalDate, ZoneStat> s = byZone.get(zone);
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s.lastEntry().getValue());
  }

  /** The zone's rows, oldest first. */
  public List<ZoneStat> series(String zone) {
    return List.copyOf(byZone.getOrDefault(zone, new TreeMap<>()).values());
  }

  /** Whether any zone has figures. */
  public boolean hasFigures(String zone) {
    return byZone.containsKey(zone);
  }

  /**
   * The newest date at which every zone of {@code zones} that has figures has a row: the one date a
   * total, share or ranking of them can be computed at. Empty when they share none (or have none).
   */
  public Optional<LocalDate> latestShared(Collection<String> zones) {
    TreeSet<LocalDate> shared = null;
    for (String z : zones) {
      TreeMap<LocalDate, ZoneStat> s = byZone.get(z);
      if (s == null) {
        continue;
      }
      if (shared == null) {
        shared = new TreeSet<>(s.keySet());
      } else {
        shared.retainAll(s.keySet());
      }
    }
    return shared == null || shared.isEmpty() ? Optional.empty() : Optional.of(shared.last());
  }

  /** The rows at exactly {@code date}, in zone order. */
  public List<ZoneStat> on(LocalDate date) {
    List<ZoneStat> out = new ArrayList<>();
    for (Zone z : ds.zones()) {
      Optional<ZoneStat> s = at(z.id(), date);
      if (s.isPresent()) {
        out.add(s.get());
      }
    }
    return out;
  }

  /** Each zone's newest row, in zone order (the dates may differ: see {@link #latestShared}). */
  public List<ZoneStat> latestRows() {
    List<ZoneStat> out = new ArrayList<>();
    for (Zone z : ds.zones()) {
      Optional<ZoneStat> s = latest(z.id());
      if (s.isPresent()) {
        out.add(s.get());
      }
    }
    return out;
  }

  /** The area figures the source states at exactly {@code date}. */
  public Optional<AreaStat> area(LocalDate date) {
    for (AreaStat a : ds.areaStats()) {
      if (a.asOf().equals(date)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The dates at which the source states area figures (totals and shares of the area), oldest first. */
  public List<LocalDate> areaDates() {
    return List.copyOf(areaDates);
  }

  /** The newest date with stated area figures not after {@code date}. */
  public Optional<LocalDate> areaDateAtOrBefore(LocalDate date) {
    return Optional.ofNullable(areaDates.floor(date));
  }
}
