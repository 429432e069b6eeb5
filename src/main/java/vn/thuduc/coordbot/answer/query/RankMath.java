package vn.thuduc.coordbot.answer.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thuduc.coordbot.answer.query.Result.Row;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;

/**
 * The statistics of positions and values the {@link Evaluator} computes over rows it resolved: a figure looked up
 * by its value, the zone next to another in a ranking, whether a zone is in a part of a ranking, the median and the
 * zones above or below the mean. Loops, not streams: this is the statistics path of a cold {@code ask}.
 */
final class RankMath {
  private RankMath() {}

  /** The result of {@code q} over {@code all} (every zone's row) when it is one of these queries, else null. */
  static Result compute(StatQuery q, List<Row> all, LocalDate asOf) {
    if (q instanceof StatQuery.ByValue b) {
      return lookup(b, all, asOf);
    }
    if (q instanceof StatQuery.Next n) {
      return next(n, all, asOf);
    }
    if (q instanceof StatQuery.IsIn i) {
      List<Row> sorted = sorted(all, i.top().measure(), i.top().descending());
      int rank = rankOf(sorted, i.zone(), i.top().measure());
      if (rank == 0) {
        return new Result.Ranking(new ZoneSet.All(), List.of(), i.top().measure(), true, 0, sorted.size(), asOf);
      }
      boolean in = rank > i.top().offset() && rank <= i.top().offset() + i.top().limit();
      return new Result.Membership(sorted.get(rank - 1), i.top(), rank, sorted.size(), in, asOf);
    }
    return null;
  }

  /** The rows ordered by {@code m}, most first when {@code descending}. */
  static List<Row> sorted(List<Row> rows, Measure m, boolean descending) {
    List<Row> out = new ArrayList<>(rows);
    // insertion sort: five rows, and no comparator lambda on the cold path
    for (int i = 1; i < out.size(); i++) {
      Row x = out.get(i);
      int j = i - 1;
      while (j >= 0 && (descending ? out.get(j).value(m) < x.value(m) : out.get(j).value(m) > x.value(m))) {
        out.set(j + 1, out.get(j));
        j--;
      }
      out.set(j + 1, x);
    }
    return out;
  }

  /** The place (from 1) of {@code zone} in {@code sorted}, zones tied with it sharing the first place of the tie; 0 when absent. */
  private static int rankOf(List<Row> sorted, String zone, Measure m) {
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).zone().id().equals(zone)) {
        int r = i;
        while (r > 0 && sorted.get(r - 1).value(m) == sorted.get(i).value(m)) {
          r--;
        }
        return r + 1;
      }
    }
    return 0;
  }

  private static Result next(StatQuery.Next n, List<Row> all, LocalDate asOf) {
    List<Row> sorted = sorted(all, n.measure(), true);
    int at = -1;
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).zone().id().equals(n.zone())) {
        at = i;
      }
    }
    int want = n.after() ? at + 1 : at - 1;
    if (at < 0 || want < 0 || want >= sorted.size()) {
      // nothing after the last (or before the first): the zone's own place says so
      List<Result.Place> places = new ArrayList<>();
      if (at >= 0) {
        places.add(new Result.Place(sorted.get(at), n.measure(), at + 1));
      }
      return new Result.Places(places, sorted.size(), new ZoneSet.All(), asOf);
    }
    return new Result.Ranking(new ZoneSet.All(), List.of(sorted.get(want)), n.measure(), true, want, sorted.size(),
        asOf);
  }

  private static Result lookup(StatQuery.ByValue b, List<Row> all, LocalDate asOf) {
    List<Measure> ms = b.measure().isPresent() ? List.of(b.measure().get())
        : List.of(Measure.ENTERPRISES, Measure.WORKERS);
    List<Result.Hit> figures = new ArrayList<>();
    for (Measure m : ms) {
      for (Row r : all) {
        figures.add(new Result.Hit(new ZoneSet.Named(List.of(r.zone().id())), List.of(r), m, r.value(m)));
      }
    }
    List<Result.Hit> totals = new ArrayList<>();
    for (Measure m : ms) {
      totals.add(new Result.Hit(new ZoneSet.All(), all, m, Evaluator.sum(all, m)));
      for (ZoneKind k : ZoneKind.values()) {
        List<Row> of = new ArrayList<>();
        for (Row r : all) {
          if (r.zone().kind() == k) {
            of.add(r);
          }
        }
        if (of.size() >= 2) {
          totals.add(new Result.Hit(new ZoneSet.OfKind(java.util.Set.of(k)), of, m, Evaluator.sum(of, m)));
        }
      }
    }
    List<Result.Hit> exact = new ArrayList<>();
    for (Result.Hit h : figures) {
      if (h.value() == b.value()) {
        exact.add(h);
      }
    }
    for (Result.Hit h : totals) {
      if (h.value() == b.value()) {
        exact.add(h);
      }
    }
    List<Result.Hit> nearest = new ArrayList<>();
    if (exact.isEmpty() || b.approx()) {
      double best = Double.MAX_VALUE;
      for (Result.Hit h : figures) {
        double d = Math.abs(h.value() - b.value());
        if (d < best) {
          nearest.clear();
          best = d;
        }
        if (d == best) {
          nearest.add(h);
        }
      }
    }
    return new Result.Lookup(b, b.approx() ? List.of() : exact, nearest, asOf);
  }

  static Result median(StatQuery.Median md, List<Row> rows, LocalDate asOf) {
    List<Row> sorted = sorted(rows, md.measure(), true);
    if (sorted.isEmpty()) {
      return new Result.Median(md.set(), md.measure(), 0, List.of(), sorted, asOf);
    }
    int n = sorted.size();
    List<Row> middle = n % 2 == 1 ? List.of(sorted.get(n / 2)) : List.of(sorted.get(n / 2 - 1), sorted.get(n / 2));
    double v = 0;
    for (Row r : middle) {
      v += r.value(md.measure());
    }
    return new Result.Median(md.set(), md.measure(), v / middle.size(), middle, sorted, asOf);
  }

  /** The zones of {@code rows} above (or below) their mean. */
  static List<Zone> vsMean(ZoneSet.VsMean m, List<Row> rows) {
    double mean = Evaluator.sum(rows, m.measure()) / Math.max(1, rows.size());
    if (m.measure() == Measure.WORKERS_PER_ENTERPRISE) {
      double e = Evaluator.sum(rows, Measure.ENTERPRISES);
      mean = e == 0 ? 0 : Evaluator.sum(rows, Measure.WORKERS) / e;
    }
    List<Zone> out = new ArrayList<>();
    for (Row r : rows) {
      double v = r.value(m.measure());
      if (m.above() ? v > mean : v < mean) {
        out.add(r.zone());
      }
    }
    return out;
  }
  /** The mean per zone of {@code rows} by {@code m}; of workers per enterprise, the ratio of the sums. */
  static double meanOf(List<Row> rows, Measure m) {
    if (m == Measure.WORKERS_PER_ENTERPRISE) {
      double e = Evaluator.sum(rows, Measure.ENTERPRISES);
      return e == 0 ? 0 : Evaluator.sum(rows, Measure.WORKERS) / e;
    }
    return Evaluator.sum(rows, m) / Math.max(1, rows.size());
  }

  /** The zones of {@code rows} nearest the mean per zone (several when tied). */
  static List<Zone> nearMean(ZoneSet.NearMean n, List<Row> rows) {
    double mean = meanOf(rows, n.measure());
    List<Zone> out = new ArrayList<>();
    double best = Double.MAX_VALUE;
    for (Row r : rows) {
      double d = Math.abs(r.value(n.measure()) - mean);
      if (d < best) {
        out.clear();
        best = d;
      }
      if (d == best) {
        out.add(r.zone());
      }
    }
    return out;
  }

  /** The larger or the smaller of the two zones of {@code rows} whose figures are nearest each other. */
  static List<Zone> closestPair(ZoneSet.ClosestPair p, List<Row> rows) {
    Row a = null;
    Row b = null;
    double best = Double.MAX_VALUE;
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        double d = Math.abs(rows.get(i).value(p.measure()) - rows.get(j).value(p.measure()));
        if (d < best) {
          best = d;
          a = rows.get(i);
          b = rows.get(j);
        }
      }
    }
    if (a == null) {
      return List.of();
    }
    boolean aLarger = a.value(p.measure()) >= b.value(p.measure());
    return List.of((aLarger == p.larger() ? a : b).zone());
  }
}
