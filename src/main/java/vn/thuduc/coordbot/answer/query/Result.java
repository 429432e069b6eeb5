package vn.thuduc.coordbot.answer.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;

/** What the evaluator computed for a query: rows of zones with their figures and the values derived from them. */
public sealed interface Result {
  /** The date of the figures used. */
  LocalDate asOf();

  /** One zone's figures at {@code asOf}. */
  record Row(Zone zone, long enterprises, long workers) {
    public double value(Measure m) {
      return switch (m) {
        case ENTERPRISES -> enterprises;
        case WORKERS -> workers;
        case WORKERS_PER_ENTERPRISE -> enterprises == 0 ? 0 : (double) workers / enterprises;
      };
    }
  }

  /** A zone set's rows and, for a sum or mean, the combined values (in the order of {@code measures}). */
  record Figures(ZoneSet set, List<Row> rows, List<Measure> measures, StatQuery.Agg agg, List<Double> combined,
      boolean statedTotals, LocalDate asOf) implements Result {}

  /** Rows in ranking order, from {@code offset}; {@code ofTotal} zones were ranked. */
  record Ranking(ZoneSet set, List<Row> rows, Measure measure, boolean descending, int offset, int ofTotal,
      LocalDate asOf) implements Result {}

  /** Each zone's place in the ranking of {@code within}, for each measure. */
  record Places(List<Place> places, int ofTotal, ZoneSet within, LocalDate asOf) implements Result {}

  /** One zone's place by one measure. */
  record Place(Row row, Measure measure, int rank) {}

  /** Two sides, each summed. */
  record Comparison(ZoneSet a, List<Row> rowsA, ZoneSet b, List<Row> rowsB, List<Measure> measures, StatQuery.Op op,
      LocalDate asOf) implements Result {
    /** Side a's figure for {@code m}: the sum of its rows, or their workers per enterprise. */
    public double valueA(Measure m) {
      return value(rowsA, m);
    }

    /** Side b's figure for {@code m}. */
    public double valueB(Measure m) {
      return value(rowsB, m);
    }

    private static double value(List<Row> rows, Measure m) {
      return m == Measure.WORKERS_PER_ENTERPRISE ? ResultWriter.ratioOf(rows) : Evaluator.sum(rows, m);
    }
  }

  /**
   * The share of {@code part} in a base: the zones of {@code base} or, when it is empty, Thủ Đức City
   * (the stated shares for the five zones; a derived approximation for any other part).
   */
  record Shares(ZoneSet part, List<Row> partRows, Optional<ZoneSet> base, List<Row> baseRows, List<Measure> measures,
      List<ShareValue> values, LocalDate asOf) implements Result {}

  /** One measure's share; {@code derived} when computed from the stated shares rather than stated. */
  record ShareValue(Measure measure, double part, double base, double percent, boolean derived) {}

  /** A ranking whose rows are written as each zone's share (percent) of {@code total}, the ranked zones' sum. */
  record ShareRanking(Ranking ranking, double total) implements Result {
    public LocalDate asOf() {
      return ranking.asOf();
    }
  }

  /**
   * Thủ Đức City outside the zones the source counts, for each measure: the share the source states for the
   * {@code zones} zones and their count, from which the rest is derived; {@code share} when a share was asked.
   */
  record Outside(List<OutsideValue> values, int zones, boolean share, LocalDate asOf) implements Result {
    public Outside {
      values = List.copyOf(values);
    }
  }

  /** One measure outside the zones: the zones' stated share (percent), their count, and the area's implied total. */
  record OutsideValue(Measure measure, double statedPercent, long inZones, double areaTotal) {
    /** The share (percent) outside the zones: the rest of the stated share. */
    public double percentOutside() {
      return 100.0 - statedPercent;
    }

    /** The count outside the zones: an estimate, from the total the stated share implies. */
    public double outside() {
      return areaTotal - inZones;
    }
  }

  /** How many zones a set has, and which. */
  record Count(ZoneSet set, List<Row> rows, List<Zone> zones, LocalDate asOf) implements Result {}

  /** The zones of a set with their figures. */
  record Listing(ZoneSet set, List<Row> rows, LocalDate asOf) implements Result {}

  /**
   * One zone's card with its shares (percent) of the {@code zones} zones' totals at the same date; no
   * shares where some zone lacks figures at that date.
   */
  record Card(Row row, Optional<java.math.BigDecimal> enterpriseShare, Optional<java.math.BigDecimal> workerShare,
      int zones, LocalDate asOf) implements Result {}

  /**
   * A figure looked up by its value: the zones or totals ({@code exact}) whose figure is {@code value}, else the
   * {@code nearest} ones; a total is a hit over several rows.
   */
  record Lookup(StatQuery.ByValue query, List<Hit> exact, List<Hit> nearest, LocalDate asOf) implements Result {
    public Lookup {
      exact = List.copyOf(exact);
      nearest = List.copyOf(nearest);
    }
  }

  /** One figure a value matched: of one zone (one row) or the total of a set's rows. */
  record Hit(ZoneSet set, List<Row> rows, Measure measure, double value) {
    public Hit {
      rows = List.copyOf(rows);
    }
  }

  /** The median of a set by a measure; {@code middle} are the one or two rows it is of, {@code sorted} all of them. */
  record Median(ZoneSet set, Measure measure, double value, List<Row> middle, List<Row> sorted, LocalDate asOf)
      implements Result {
    public Median {
      middle = List.copyOf(middle);
      sorted = List.copyOf(sorted);
    }
  }

  /** Whether a zone is in a part of a ranking: its own place ({@code rank} of {@code ofTotal}) decides. */
  record Membership(Row row, ZoneSet.Top top, int rank, int ofTotal, boolean in, LocalDate asOf) implements Result {}

  /** The zones that are both {@code a} and {@code b} ({@code both}), with the zones of each. */
  record Both(StatQuery.Both query, List<Row> rowsA, List<Row> rowsC, List<Row> both, LocalDate asOf)
      implements Result {
    public Both {
      rowsA = List.copyOf(rowsA);
      rowsC = List.copyOf(rowsC);
      both = List.copyOf(both);
    }
  }

  /** The zones of a set, to be written in the order of their names. */
  record ByName(ZoneSet set, List<Row> rows, LocalDate asOf) implements Result {
    public ByName {
      rows = List.copyOf(rows);
    }
  }

  /** The date of the figures. */
  record AsOf(LocalDate asOf) implements Result {}

  /**
   * A result with what its date leaves out: zones with {@code newer} figures than the date it was
   * computed at, zones {@code absent} at that date, or (when the zones share no date) each zone's own
   * date in {@code mixed}. Never a silent mix of dates.
   */
  record Noted(Result result, List<ZoneStat> newer, List<Zone> absent, List<ZoneStat> mixed) implements Result {
    public Noted {
      newer = List.copyOf(newer);
      absent = List.copyOf(absent);
      mixed = List.copyOf(mixed);
    }

    public LocalDate asOf() {
      return result.asOf();
    }
  }

  /**
   * No figures at the date asked ({@code when}); {@code dates} are those the data has (for the area's
   * stated shares when {@code area}); {@code query} is what would be answered at a date it has.
   */
  record NoFigures(When when, List<LocalDate> dates, boolean area, StatQuery query) implements Result {
    public NoFigures {
      dates = List.copyOf(dates);
    }

    public LocalDate asOf() {
      return null;
    }
  }

  /** The figures of {@code set} at {@code from} and at {@code to}, for the zones that have both. */
  record Change(ZoneSet set, List<Measure> measures, List<Row> rowsFrom, List<Row> rowsTo, LocalDate from,
      LocalDate to, List<Zone> absent) implements Result {
    public Change {
      measures = List.copyOf(measures);
      rowsFrom = List.copyOf(rowsFrom);
      rowsTo = List.copyOf(rowsTo);
      absent = List.copyOf(absent);
    }

    public LocalDate asOf() {
      return to;
    }
  }

  /** A change asked where the data has one date only (or none before the one asked): {@code dates} are those it has. */
  record NoChange(ZoneSet set, List<LocalDate> dates) implements Result {
    public NoChange {
      dates = List.copyOf(dates);
    }

    public LocalDate asOf() {
      return dates.isEmpty() ? null : dates.get(dates.size() - 1);
    }
  }
}
