package vn.thuduc.coordbot.answer.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.thuduc.coordbot.answer.query.Result.Row;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Timeline;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.figures.AreaShare;
import vn.thuduc.coordbot.figures.Totals;

/**
 * Evaluates a {@link StatQuery} over one dataset snapshot, always at one date: a zone's figures now are
 * its latest; a total, share, ranking or comparison of several zones is computed at the newest date they
 * share, with the newer figures named beside it ({@link Result.Noted}); a query at a date ({@link
 * StatQuery.At}) uses that date only and names the zones it lacks; a change ({@link StatQuery.Change})
 * compares two dates. Every number comes from the dataset; nothing here is typed by hand.
 */
public final class Evaluator {
  private final Dataset ds;
  private final Timeline timeline;
  private final Map<LocalDate, Map<String, Row>> atDate = new HashMap<>();
  private final Map<LocalDate, Totals> totals = new HashMap<>();
  private final Map<String, Row> latest = new LinkedHashMap<>();

  /** The rows of one date and their totals ({@code null} for each zone's latest row across dates). */
  private record View(LocalDate date, Map<String, Row> rows, Totals totals) {}

  public Evaluator(Dataset ds) {
    this.ds = ds;
    this.timeline = new Timeline(ds);
    for (LocalDate d : timeline.dates()) {
      Totals t = Totals.at(timeline, d);
      Map<String, Row> m = new LinkedHashMap<>();
      // loops, not lambdas, here and on the way of a statistics question: each lambda is a class made at its
      // first use, which every start of ask paid (see performance.md, "Start-up of ask")
      for (Totals.Line l : t.lines()) {
        m.put(l.zone().id(), new Row(l.zone(), l.enterprises(), l.workers()));
      }
      atDate.put(d, m);
      totals.put(d, t);
    }
    for (ZoneStat s : timeline.latestRows()) {
      latest.put(s.zoneId(), row(s));
    }
  }

  /** The ids of {@code zones} that have figures, in their order. */
  private List<String> withFigures(java.util.Collection<String> zones) {
    List<String> out = new ArrayList<>();
    for (String z : zones) {
      if (timeline.hasFigures(z)) {
        out.add(z);
      }
    }
    return List.copyOf(out);
  }

  private static List<String> ids(List<Zone> zones) {
    List<String> out = new ArrayList<>(zones.size());
    for (Zone z : zones) {
      out.add(z.id());
    }
    return List.copyOf(out);
  }

  private Row row(ZoneStat s) {
    return new Row(ds.zone(s.zoneId()).orElseThrow(), s.enterprises(), s.workers());
  }

  /** The newest date with figures, or empty when the data has none. */
  public Optional<LocalDate> asOf() {
    return timeline.latestDate();
  }

  /** The zones' figures as a series. */
  public Timeline timeline() {
    return timeline;
  }

  public Result evaluate(StatQuery q) {
    if (q instanceof StatQuery.At a) {
      return at(a.query(), a.when());
    }
    if (q instanceof StatQuery.Change c) {
      return change(c);
    }
    if (q instanceof StatQuery.InThousands th) {
      return now(th.figures());
    }
    return now(q);
  }

  private Result now(StatQuery q) {
    if (ofArea(q)) {
      return areaShare(q, Optional.empty());
    }
    if (q instanceof StatQuery.Card c) {
      return compute(q, timeline.latest(c.zone()).map(s -> view(s.asOf())).orElse(latestView()));
    }
    List<String> inv = involved(q);
    Set<LocalDate> latestDates = new HashSet<>();
    List<ZoneStat> each = new ArrayList<>();
    for (String z : inv) {
      Optional<ZoneStat> s = timeline.latest(z);
      if (s.isPresent()) {
        latestDates.add(s.get().asOf());
        each.add(s.get());
      }
    }
    if (latestDates.size() <= 1) {
      return compute(q, latestDates.isEmpty() ? latestView() : view(latestDates.iterator().next()));
    }
    Optional<LocalDate> shared = timeline.latestShared(inv);
    if (shared.isPresent()) {
      return noted(compute(q, view(shared.get())), newer(inv, shared.get()), List.of(), List.of());
    }
    return noted(compute(q, latestView()), List.of(), List.of(), List.copyOf(each));
  }

  private Result at(StatQuery q, When when) {
    if (ofArea(q)) {
      return areaShare(q, Optional.of(when));
    }
    List<String> inv = involved(q);
    if (inv.isEmpty()) {
      inv = List.copyOf(latest.keySet());
    }
    NavigableSet<LocalDate> have = timeline.dates(inv);
    Optional<LocalDate> d = when.pick(have);
    if (d.isEmpty()) {
      return new Result.NoFigures(when, List.copyOf(have), false, q);
    }
    List<Zone> absent = inv.stream().filter(z -> timeline.at(z, d.get()).isEmpty()).map(z -> ds.zone(z).orElseThrow())
        .toList();
    return noted(compute(q, view(d.get())), List.of(), absent, List.of());
  }

  /** True when {@code q} is about the area (Thủ Đức) as a whole, whose figures exist only as stated shares. */
  private static boolean ofArea(StatQuery q) {
    return q instanceof StatQuery.Share s && s.base().isEmpty() || q instanceof StatQuery.Outside;
  }

  /** A share of the area (Thủ Đức), or the area outside the zones: only at a date the source states the area's figures. */
  private Result areaShare(StatQuery s, Optional<When> when) {
    List<String> part = involved(s);
    TreeSet<LocalDate> usable = new TreeSet<>();
    for (LocalDate d : timeline.areaDates()) {
      if (part.stream().allMatch(z -> timeline.at(z, d).isPresent())) {
        usable.add(d);
      }
    }
    Optional<LocalDate> d = when.isPresent() ? when.get().pick(usable)
        : usable.isEmpty() ? Optional.empty() : Optional.of(usable.last());
    if (d.isEmpty()) {
      return new Result.NoFigures(when.orElse(null), timeline.areaDates(), true, s);
    }
    Result r = compute(s, view(d.get()));
    return when.isPresent() ? r : noted(r, newer(part, d.get()), List.of(), List.of());
  }

  private Result change(StatQuery.Change c) {
    ZoneSet set = QueryParser.setOf(c.query());
    ZoneSet over = set == null ? new ZoneSet.All() : set;
    List<Measure> ms = QueryParser.measuresOf(c.query());
    List<String> inv = withFigures(members(over));
    NavigableSet<LocalDate> have = timeline.dates(inv);
    // "now" is the newest date; zones without figures there are named as left out, never mixed in
    Optional<LocalDate> to = c.to().isPresent() ? c.to().get().pick(have)
        : have.isEmpty() ? Optional.empty() : Optional.of(have.last());
    if (to.isEmpty()) {
      return c.to().isPresent() ? new Result.NoFigures(c.to().get(), List.copyOf(have), false, c.query())
          : new Result.NoChange(over, List.copyOf(have));
    }
    Optional<LocalDate> from = c.from().isPresent() ? c.from().get().pick(have)
        : Optional.ofNullable(have.lower(to.get()));
    if (from.isEmpty() && c.from().isPresent()) {
      return new Result.NoFigures(c.from().get(), List.copyOf(have), false, c.query());
    }
    if (from.isEmpty() || from.get().equals(to.get())) {
      return new Result.NoChange(over, List.copyOf(have));
    }
    LocalDate a = from.get().isBefore(to.get()) ? from.get() : to.get();
    LocalDate b = from.get().isBefore(to.get()) ? to.get() : from.get();
    List<Row> rowsFrom = new ArrayList<>();
    List<Row> rowsTo = new ArrayList<>();
    List<Zone> absent = new ArrayList<>();
    for (String z : inv) {
      Optional<ZoneStat> x = timeline.at(z, a);
      Optional<ZoneStat> y = timeline.at(z, b);
      if (x.isPresent() && y.isPresent()) {
        rowsFrom.add(row(x.get()));
        rowsTo.add(row(y.get()));
      } else {
        absent.add(ds.zone(z).orElseThrow());
      }
    }
    if (rowsTo.isEmpty()) {
      return new Result.NoChange(over, List.copyOf(have));
    }
    return new Result.Change(over, ms, rowsFrom, rowsTo, a, b, absent);
  }

  private static Result noted(Result r, List<ZoneStat> newer, List<Zone> absent, List<ZoneStat> mixed) {
    return newer.isEmpty() && absent.isEmpty() && mixed.isEmpty() ? r : new Result.Noted(r, newer, absent, mixed);
  }

  /** The latest rows of {@code zones} newer than {@code date}. */
  private List<ZoneStat> newer(List<String> zones, LocalDate date) {
    return zones.stream().map(timeline::latest).flatMap(Optional::stream).filter(s -> s.asOf().isAfter(date)).toList();
  }

  private View view(LocalDate d) {
    return new View(d, atDate.getOrDefault(d, Map.of()), totals.get(d));
  }

  /** Each zone's latest row, dated by the newest of them: only where the zones share no date, and then noted. */
  private View latestView() {
    return new View(timeline.latestDate().orElse(null), latest, null);
  }

  /** The zones (with figures) a query is about: their dates decide the one date it is computed at. */
  private List<String> involved(StatQuery q) {
    Set<String> out = new LinkedHashSet<>();
    if (q instanceof StatQuery.Figures f) {
      out.addAll(members(f.set()));
    } else if (q instanceof StatQuery.Ranked r) {
      out.addAll(members(r.set()));
    } else if (q instanceof StatQuery.ShareRanking r) {
      out.addAll(members(r.set()));
    } else if (q instanceof StatQuery.RankOf r) {
      out.addAll(r.zones());
      out.addAll(members(r.within()));
    } else if (q instanceof StatQuery.Compare c) {
      out.addAll(members(c.a()));
      out.addAll(members(c.b()));
    } else if (q instanceof StatQuery.Share s) {
      out.addAll(members(s.part()));
      s.base().ifPresent(b -> out.addAll(members(b)));
    } else if (q instanceof StatQuery.CountZones c) {
      out.addAll(members(c.set()));
    } else if (q instanceof StatQuery.ListZones l) {
      out.addAll(members(l.set()));
    } else if (q instanceof StatQuery.Card c) {
      out.add(c.zone());
    } else {
      out.addAll(latest.keySet());
    }
    return withFigures(out);
  }

  /** The zones of a set before any filter on figures (a filter is applied at the date chosen). */
  private List<String> members(ZoneSet set) {
    ZoneSet s = set instanceof ZoneSet.Filtered f ? f.base() : set instanceof ZoneSet.Extreme e ? e.base()
        : set instanceof ZoneSet.Than t ? t.base() : set instanceof ZoneSet.Top t ? t.base()
        : set instanceof ZoneSet.VsMean m ? m.base() : set instanceof ZoneSet.NearMean n ? n.base()
        : set instanceof ZoneSet.ClosestPair p ? p.base() : set instanceof ZoneSet.ShareVsShare v ? v.base() : set;
    return ids(zones(s, latest));
  }

  private Result compute(StatQuery q, View v) {
    Map<String, Row> rows = v.rows();
    LocalDate asOf = v.date();
    if (q instanceof StatQuery.Figures f) {
      List<Row> rs = resolve(f.set(), rows);
      List<Double> combined = new ArrayList<>();
      boolean stated = false;
      for (Measure m : f.measures()) {
        combined.add(combine(rs, m, f.agg()));
      }
      Optional<AreaStat> area = statedArea(rs, asOf);
      if (f.agg() == StatQuery.Agg.SUM && area.isPresent()) {
        stated = area.get().enterprises() == sum(rs, Measure.ENTERPRISES) && area.get().workers() == sum(rs, Measure.WORKERS);
      }
      return new Result.Figures(f.set(), rs, f.measures(), f.agg(), combined, stated, asOf);
    }
    if (q instanceof StatQuery.IsIn i && !(i.top().base() instanceof ZoneSet.All)) {
      // "LT2 có phải KCX nhỏ nhất không": its place among the zones of that kind; a zone outside them is never their top
      List<Row> within = resolve(i.top().base(), rows);
      boolean member = false;
      for (Row r : within) {
        member |= r.zone().id().equals(i.zone());
      }
      if (member) {
        return RankMath.compute(q, within, asOf);
      }
      Result among = RankMath.compute(q, resolve(new ZoneSet.All(), rows), asOf);
      return among instanceof Result.Membership m
          ? new Result.Membership(m.row(), m.top(), m.rank(), m.ofTotal(), false, asOf) : among;
    }
    Result ranked = RankMath.compute(q, resolve(new ZoneSet.All(), rows), asOf);
    if (ranked != null) {
      return ranked;
    }
    if (q instanceof StatQuery.Median md) {
      return RankMath.median(md, resolve(md.set(), rows), asOf);
    }
    if (q instanceof StatQuery.ByName b) {
      return new Result.ByName(b.set(), resolve(b.set(), rows), asOf);
    }
    if (q instanceof StatQuery.Both b) {
      return new Result.Both(b, resolve(b.a(), rows), resolve(b.b(), rows), resolve(new ZoneSet.Minus(b.a(),
          new ZoneSet.Minus(b.a(), b.b())), rows), asOf);
    }
    if (q instanceof StatQuery.Ranked r) {
      List<Row> all = resolve(r.set(), rows);
      return new Result.Ranking(r.set(), cut(all, r.measure(), r.descending(), r.offset(), r.limit()), r.measure(),
          r.descending(), Math.min(r.offset(), all.size()), all.size(), asOf);
    }
    if (q instanceof StatQuery.ShareRanking r) {
      Result.Ranking k = (Result.Ranking) compute(new StatQuery.Ranked(r.set(), r.measure(), r.descending(), 0,
          r.limit()), v);
      return new Result.ShareRanking(k, sum(resolve(r.set(), rows), r.measure()));
    }
    if (q instanceof StatQuery.Outside o) {
      return outside(o, asOf);
    }
    if (q instanceof StatQuery.RankOf r) {
      List<Row> within = resolve(r.within(), rows);
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
      return new Result.Comparison(c.a(), resolve(c.a(), rows), c.b(), resolve(c.b(), rows), c.measures(), c.op(),
          asOf);
    }
    if (q instanceof StatQuery.Share s) {
      List<Row> part = resolve(s.part(), rows);
      List<Row> base = s.base().map(b -> resolve(b, rows)).orElse(List.copyOf(rows.values()));
      List<Result.ShareValue> values = new ArrayList<>();
      Optional<AreaStat> area = asOf == null ? Optional.empty() : timeline.area(asOf);
      for (Measure m : s.measures()) {
        if (m == Measure.WORKERS_PER_ENTERPRISE) {
          continue;
        }
        long p = Math.round(sum(part, m));
        if (s.base().isPresent()) {
          long b = Math.round(sum(base, m));
          java.math.BigDecimal pct = Totals.percent(p, b);
          values.add(new Result.ShareValue(m, p, b, pct == null ? 0 : pct.doubleValue(), false));
        } else {
          area.flatMap(a -> AreaShare.of(a, m == Measure.WORKERS, p, part.size())).ifPresent(a ->
              values.add(new Result.ShareValue(m, p, a.areaTotal(), a.percent(), a.derived())));
        }
      }
      return new Result.Shares(s.part(), part, s.base(), base, s.measures(), values, asOf);
    }
    if (q instanceof StatQuery.CountZones c) {
      List<Zone> zs = zones(c.set(), rows);
      return new Result.Count(c.set(), resolve(c.set(), rows), zs, asOf);
    }
    if (q instanceof StatQuery.ListZones l) {
      return new Result.Listing(l.set(), resolve(l.set(), rows), asOf);
    }
    if (q instanceof StatQuery.Card c) {
      Row row = rows.get(c.zone());
      // the shares of the zones' total only where every zone has figures at the card's date
      Optional<Totals.Line> line = Optional.ofNullable(v.totals()).filter(Totals::complete)
          .flatMap(t -> t.lines().stream().filter(l -> l.zone().id().equals(c.zone())).findFirst());
      return new Result.Card(row == null ? new Row(ds.zone(c.zone()).orElseThrow(), -1, -1) : row,
          line.map(Totals.Line::enterpriseShare), line.map(Totals.Line::workerShare), line.isPresent() ? rows.size() : 1,
          asOf);
    }
    return new Result.AsOf(asOf);
  }

  /**
   * {@code rows} ordered by {@code m}, from place {@code offset} + 1, {@code limit} of them (0: all); ties at the
   * cut stay in: two zones with the same figure share the place.
   */
  private static List<Row> cut(List<Row> rows, Measure m, boolean descending, int offset, int limit) {
    List<Row> rs = new ArrayList<>(rows);
    Comparator<Row> by = Comparator.comparingDouble(x -> x.value(m));
    rs.sort(descending ? by.reversed() : by);
    int from = Math.min(offset, rs.size());
    int to = limit == 0 ? rs.size() : Math.min(rs.size(), from + limit);
    while (limit > 0 && to < rs.size() && to > from && rs.get(to).value(m) == rs.get(to - 1).value(m)) {
      to++;
    }
    return List.copyOf(rs.subList(from, to));
  }

  /** The area outside the zones the source counts, from the shares it states for them at {@code asOf}. */
  private Result outside(StatQuery.Outside o, LocalDate asOf) {
    Optional<AreaStat> area = asOf == null ? Optional.empty() : timeline.area(asOf);
    List<Result.OutsideValue> values = new ArrayList<>();
    for (Measure m : o.measures()) {
      if (m == Measure.WORKERS_PER_ENTERPRISE || area.isEmpty()) {
        continue;
      }
      AreaStat a = area.get();
      long counted = m == Measure.WORKERS ? a.workers() : a.enterprises();
      AreaShare.of(a, m == Measure.WORKERS, counted, a.zones().size()).ifPresent(s ->
          values.add(new Result.OutsideValue(m, s.percent(), counted, s.areaTotal())));
    }
    return new Result.Outside(values, area.map(a -> a.zones().size()).orElse(0), o.share(), asOf);
  }

  /** The stated figures for a group whose zones are exactly {@code rs}, if the data states them at {@code asOf}. */
  private Optional<AreaStat> statedArea(List<Row> rs, LocalDate asOf) {
    Optional<AreaStat> area = asOf == null ? Optional.empty() : timeline.area(asOf);
    if (area.isEmpty() || area.get().zones().size() != rs.size()) {
      return Optional.empty();
    }
    for (Row r : rs) {
      if (!area.get().zones().contains(r.zone().id())) {
        return Optional.empty();
      }
    }
    return area;
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
    return ids(zones(set, latest));
  }

  /** The zones of a set with their latest figures, in data order (or the order named): how answers name a set. */
  List<Row> resolve(ZoneSet set) {
    return resolve(set, latest);
  }

  /** The zones of a set that have figures in {@code rows}, in data order (or the order named). */
  private List<Row> resolve(ZoneSet set, Map<String, Row> rows) {
    List<Row> out = new ArrayList<>();
    for (Zone z : zones(set, rows)) {
      Row r = rows.get(z.id());
      if (r != null) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  private List<Zone> zones(ZoneSet set, Map<String, Row> rows) {
    if (set instanceof ZoneSet.All) {
      return ds.zones();
    }
    if (set instanceof ZoneSet.Named n) {
      List<Zone> out = new ArrayList<>();
      for (String id : n.ids()) {
        Optional<Zone> z = ds.zone(id);
        if (z.isPresent()) {
          out.add(z.get());
        }
      }
      return List.copyOf(out);
    }
    if (set instanceof ZoneSet.OfKind k) {
      return ds.zones().stream().filter(z -> k.kinds().contains(z.kind())).toList();
    }
    if (set instanceof ZoneSet.Union u) {
      List<Zone> out = new ArrayList<>();
      for (ZoneSet part : u.parts()) {
        zones(part, rows).stream().filter(z -> !out.contains(z)).forEach(out::add);
      }
      return out;
    }
    if (set instanceof ZoneSet.Minus m) {
      List<Zone> removed = zones(m.removed(), rows);
      return zones(m.base(), rows).stream().filter(z -> !removed.contains(z)).toList();
    }
    if (set instanceof ZoneSet.Extreme e) {
      return extreme(e, rows);
    }
    if (set instanceof ZoneSet.Than t) {
      Row than = rows.get(t.than());
      return than == null ? List.of() : zones(t.base(), rows).stream().filter(z -> {
        Row r = rows.get(z.id());
        double v = r == null ? Double.NaN : r.value(t.measure());
        return r != null && !z.id().equals(t.than())
            && (t.more() ? v > than.value(t.measure()) : v < than.value(t.measure()));
      }).toList();
    }
    if (set instanceof ZoneSet.Top t) {
      return cut(resolve(t.base(), rows), t.measure(), t.descending(), t.offset(), t.limit()).stream()
          .map(Row::zone).toList();
    }
    if (set instanceof ZoneSet.VsMean m) {
      return RankMath.vsMean(m, resolve(m.base(), rows));
    }
    if (set instanceof ZoneSet.NearMean n) {
      return RankMath.nearMean(n, resolve(n.base(), rows));
    }
    if (set instanceof ZoneSet.ClosestPair p) {
      return RankMath.closestPair(p, resolve(p.base(), rows));
    }
    if (set instanceof ZoneSet.ShareVsShare v) {
      double totalA = totalOf(v.measure(), rows);
      double totalB = totalOf(v.other(), rows);
      List<Zone> out = new ArrayList<>();
      for (Zone z : zones(v.base(), rows)) {
        Row r = rows.get(z.id());
        if (r == null) {
          continue;
        }
        double a = percentOf(r.value(v.measure()), totalA);
        double b = percentOf(r.value(v.other()), totalB);
        if (v.every() || (v.more() ? a > b : a < b)) {
          out.add(z);
        }
      }
      return List.copyOf(out);
    }
    ZoneSet.Filtered f = (ZoneSet.Filtered) set;
    double total = f.percent() ? totalOf(f.measure(), rows) : 0;
    return zones(f.base(), rows).stream().filter(z -> {
      Row r = rows.get(z.id());
      return r != null && f.admits(f.percent() ? percentOf(r.value(f.measure()), total) : r.value(f.measure()));
    }).toList();
  }

  /** The five zones' total of {@code m} at the rows' date: what a zone's share is of. */
  private List<Zone> allZones(Map<String, Row> rows) {
    return zones(new ZoneSet.All(), rows);
  }

  private double totalOf(Measure m, Map<String, Row> rows) {
    double sum = 0;
    for (Zone z : allZones(rows)) {
      Row r = rows.get(z.id());
      sum += r == null ? 0 : r.value(m);
    }
    return sum;
  }

  /** {@code v} as a percentage of {@code total} (0 when there is no total). */
  public static double percentOf(double v, double total) {
    return total == 0 ? 0 : 100.0 * v / total;
  }

  /** The zones of the base with figures at the extreme of the measure (all of them when tied). */
  private List<Zone> extreme(ZoneSet.Extreme e, Map<String, Row> rows) {
    List<Zone> out = new ArrayList<>();
    double best = Double.NaN;
    for (Zone z : zones(e.base(), rows)) {
      Row r = rows.get(z.id());
      if (r == null) {
        continue;
      }
      double v = r.value(e.measure());
      if (out.isEmpty() || (e.most() ? v > best : v < best)) {
        out.clear();
        out.add(z);
        best = v;
      } else if (v == best) {
        out.add(z);
      }
    }
    return List.copyOf(out);
  }
}
