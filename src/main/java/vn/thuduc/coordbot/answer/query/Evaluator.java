package vn.thuduc.coordbot.answer.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thuduc.coordbot.answer.query.Result.Row;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * Evaluates a {@link StatQuery} over one dataset snapshot, at the newest date that has figures:
 * resolves zone sets, sums, means, ratios, rankings, places, comparisons and shares. Every number
 * comes from the dataset; nothing here is typed by hand.
 */
public final class Evaluator {
  private final Dataset ds;
  private final LocalDate asOf;
  private final Map<String, Row> rows = new LinkedHashMap<>();

  public Evaluator(Dataset ds) {
    this.ds = ds;
    LocalDate newest = null;
    for (ZoneStat s : ds.zoneStats()) {
      newest = newest == null || s.asOf().isAfter(newest) ? s.asOf() : newest;
    }
    this.asOf = newest;
    for (Zone z : ds.zones()) {
      Optional<ZoneStat> st = ds.zoneStats().stream().filter(s -> s.zoneId().equals(z.id()) && s.asOf().equals(asOf))
          .findFirst();
      st.ifPresent(s -> rows.put(z.id(), new Row(z, s.enterprises(), s.workers())));
    }
  }

  /** The newest date with figures, or empty when the data has none. */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  public Result evaluate(StatQuery q) {
    if (q instanceof StatQuery.Figures f) {
      List<Row> rs = resolve(f.set());
      List<Double> combined = new ArrayList<>();
      boolean stated = false;
      for (Measure m : f.measures()) {
        combined.add(combine(rs, m, f.agg()));
      }
      Optional<AreaStat> area = statedArea(rs);
      if (f.agg() == StatQuery.Agg.SUM && area.isPresent()) {
        stated = area.get().enterprises() == sum(rs, Measure.ENTERPRISES) && area.get().workers() == sum(rs, Measure.WORKERS);
      }
      return new Result.Figures(f.set(), rs, f.measures(), f.agg(), combined, stated, asOf);
    }
    if (q instanceof StatQuery.Ranked r) {
      List<Row> rs = new ArrayList<>(resolve(r.set()));
      Comparator<Row> by = Comparator.comparingDouble(x -> x.value(r.measure()));
      rs.sort(r.descending() ? by.reversed() : by);
      int from = Math.min(r.offset(), rs.size());
      int to = r.limit() == 0 ? rs.size() : Math.min(rs.size(), from + r.limit());
      // ties at the cut stay in: two zones with the same figure share the place
      while (r.limit() > 0 && to < rs.size() && to > from && rs.get(to).value(r.measure()) == rs.get(to - 1).value(r.measure())) {
        to++;
      }
      return new Result.Ranking(r.set(), List.copyOf(rs.subList(from, to)), r.measure(), r.descending(), from,
          rs.size(), asOf);
    }
    if (q instanceof StatQuery.RankOf r) {
      List<Row> within = resolve(r.within());
      List<Result.Place> places = new ArrayList<>();
      for (String id : r.zones()) {
        Row row = rows.get(id);
        if (row == null) {
          continue;
        }
        for (Measure m : r.measures()) {
          int rank = 1;
          for (Row o : within) {
            if (o.value(m) > row.value(m)) {
              rank++;
            }
          }
          places.add(new Result.Place(row, m, rank));
        }
      }
      return new Result.Places(places, within.size(), r.within(), asOf);
    }
    if (q instanceof StatQuery.Compare c) {
      return new Result.Comparison(c.a(), resolve(c.a()), c.b(), resolve(c.b()), c.measures(), c.op(), asOf);
    }
    if (q instanceof StatQuery.Share s) {
      List<Row> part = resolve(s.part());
      List<Row> base = s.base().map(this::resolve).orElse(List.copyOf(rows.values()));
      List<Result.ShareValue> values = new ArrayList<>();
      Optional<AreaStat> area = ds.latestAreaStat().filter(a -> a.asOf().equals(asOf));
      for (Measure m : s.measures()) {
        if (m == Measure.WORKERS_PER_ENTERPRISE) {
          continue;
        }
        double p = sum(part, m);
        if (s.base().isPresent()) {
          double b = sum(base, m);
          values.add(new Result.ShareValue(m, p, b, b == 0 ? 0 : 100.0 * p / b, false));
        } else if (area.isPresent()) {
          AreaStat a = area.get();
          java.math.BigDecimal stated = m == Measure.WORKERS ? a.workerSharePct() : a.enterpriseSharePct();
          double areaValue = m == Measure.WORKERS ? a.workers() : a.enterprises();
          if (stated == null || stated.signum() == 0) {
            continue;
          }
          double pct = stated.doubleValue();
          double cityTotal = areaValue * 100.0 / pct;
          boolean exact = p == areaValue && part.size() == a.zones().size();
          values.add(new Result.ShareValue(m, p, cityTotal, exact ? pct : 100.0 * p / cityTotal, !exact));
        }
      }
      return new Result.Shares(s.part(), part, s.base(), base, s.measures(), values, asOf);
    }
    if (q instanceof StatQuery.CountZones c) {
      List<Zone> zs = zones(c.set());
      return new Result.Count(c.set(), resolve(c.set()), zs, asOf);
    }
    if (q instanceof StatQuery.ListZones l) {
      return new Result.Listing(l.set(), resolve(l.set()), asOf);
    }
    if (q instanceof StatQuery.Card c) {
      Row row = rows.get(c.zone());
      return new Result.Card(row == null ? new Row(ds.zone(c.zone()).orElseThrow(), -1, -1) : row,
          sum(List.copyOf(rows.values()), Measure.ENTERPRISES) > 0 ? (long) sum(List.copyOf(rows.values()), Measure.ENTERPRISES) : 0,
          (long) sum(List.copyOf(rows.values()), Measure.WORKERS), rows.size(), asOf);
    }
    return new Result.AsOf(asOf);
  }

  /** The stated figures for a group whose zones are exactly {@code rs}, if the data states them. */
  private Optional<AreaStat> statedArea(List<Row> rs) {
    return ds.latestAreaStat().filter(a -> a.asOf().equals(asOf) && a.zones().size() == rs.size()
        && rs.stream().allMatch(r -> a.zones().contains(r.zone().id())));
  }

  private static double combine(List<Row> rs, Measure m, StatQuery.Agg agg) {
    if (m == Measure.WORKERS_PER_ENTERPRISE) {
      double e = sum(rs, Measure.ENTERPRISES);
      return e == 0 ? 0 : sum(rs, Measure.WORKERS) / e;
    }
    double s = sum(rs, m);
    return agg == StatQuery.Agg.MEAN ? (rs.isEmpty() ? 0 : s / rs.size()) : s;
  }

  static double sum(List<Row> rs, Measure m) {
    double s = 0;
    for (Row r : rs) {
      s += r.value(m);
    }
    return s;
  }

  /** The ids of the zones of {@code set}, in data order (or the order named), with figures or not. */
  public List<String> zoneIds(ZoneSet set) {
    return zones(set).stream().map(Zone::id).toList();
  }

  /** The zones of a set that have figures at the date, in data order (or the order named). */
  List<Row> resolve(ZoneSet set) {
    List<Row> out = new ArrayList<>();
    for (Zone z : zones(set)) {
      Row r = rows.get(z.id());
      if (r != null) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  private List<Zone> zones(ZoneSet set) {
    if (set instanceof ZoneSet.All) {
      return ds.zones();
    }
    if (set instanceof ZoneSet.Named n) {
      return n.ids().stream().map(ds::zone).flatMap(Optional::stream).toList();
    }
    if (set instanceof ZoneSet.OfKind k) {
      return ds.zones().stream().filter(z -> k.kinds().contains(z.kind())).toList();
    }
    if (set instanceof ZoneSet.Union u) {
      List<Zone> out = new ArrayList<>();
      for (ZoneSet part : u.parts()) {
        zones(part).stream().filter(z -> !out.contains(z)).forEach(out::add);
      }
      return out;
    }
    if (set instanceof ZoneSet.Minus m) {
      List<Zone> removed = zones(m.removed());
      return zones(m.base()).stream().filter(z -> !removed.contains(z)).toList();
    }
    ZoneSet.Filtered f = (ZoneSet.Filtered) set;
    return zones(f.base()).stream().filter(z -> {
      Row r = rows.get(z.id());
      return r != null && (f.more() ? r.value(f.measure()) > f.value() : r.value(f.measure()) < f.value());
    }).toList();
  }
}
