package vn.thuduc.coordbot.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Timeline;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * The zones' figures at one date: the rows, the totals, each row's shares of the totals, the area's
 * figures as the source states them, and what the date leaves out. Shares exist only when every zone
 * with figures has a row at the date ({@code complete}): a share of a partial total would call one zone
 * 100%.
 *
 * @param lines the zones with a row at {@code asOf}, in zone order
 * @param area the area's stated figures at {@code asOf}, present only when they are these zones' totals
 * @param absent zones with figures at other dates but none at {@code asOf}
 * @param unreported zones the data lists without figures at any date (they do not make a date partial)
 * @param newer the zones' latest rows when they are newer than {@code asOf}
 */
public record Totals(LocalDate asOf, List<Line> lines, long enterprises, long workers, boolean complete,
    Optional<AreaStat> area, List<Zone> absent, List<Zone> unreported, List<ZoneStat> newer) {

  public Totals {
    lines = List.copyOf(lines);
    absent = List.copyOf(absent);
    unreported = List.copyOf(unreported);
    newer = List.copyOf(newer);
  }

  /**
   * One zone's row; the shares are percentages (two decimals) of the zones' totals at the same date,
   * null when the date is not complete.
   */
  public record Line(Zone zone, ZoneStat stat, BigDecimal perEnterprise, BigDecimal enterpriseShare,
      BigDecimal workerShare) {
    /** A row shown on its own (beside rows of another date): no shares. */
    public static Line alone(Zone zone, ZoneStat stat) {
      return new Line(zone, stat, ratio(stat.workers(), stat.enterprises()), null, null);
    }

    public long enterprises() {
      return stat.enterprises();
    }

    public long workers() {
      return stat.workers();
    }
  }

  /** The totals at exactly {@code date} (a date the data may lack: then there are no lines). */
  public static Totals at(Timeline tl, LocalDate date) {
    List<ZoneStat> rows = tl.on(date);
    long e = 0;
    long w = 0;
    for (ZoneStat s : rows) {
      e += s.enterprises();
      w += s.workers();
    }
    // loops, not streams: worked out at every start of ask, where a lambda is a class made at its first use
    List<Zone> absent = new ArrayList<>();
    List<Zone> unreported = new ArrayList<>();
    for (Zone z : tl.dataset().zones()) {
      if (!tl.hasFigures(z.id())) {
        unreported.add(z);
      } else if (tl.at(z.id(), date).isEmpty()) {
        absent.add(z);
      }
    }
    boolean complete = !rows.isEmpty() && absent.isEmpty();
    List<Line> lines = new ArrayList<>();
    for (ZoneStat s : rows) {
      Zone z = tl.dataset().zone(s.zoneId()).orElseThrow();
      lines.add(complete ? new Line(z, s, ratio(s.workers(), s.enterprises()), percent(s.enterprises(), e),
          percent(s.workers(), w)) : Line.alone(z, s));
    }
    Optional<AreaStat> area = complete ? tl.area(date) : Optional.empty();
    if (area.isPresent() && (area.get().enterprises() != e || area.get().workers() != w)) {
      area = Optional.empty();
    }
    List<ZoneStat> newer = new ArrayList<>();
    for (ZoneStat s : tl.latestRows()) {
      if (s.asOf().isAfter(date)) {
        newer.add(s);
      }
    }
    return new Totals(date, lines, e, w, complete, area, List.copyOf(absent), List.copyOf(unreported),
        List.copyOf(newer));
  }

  /**
   * The totals "now": at the newest date every zone with figures shares, with the newer figures of some
   * zones in {@link #newer()}; empty when there are no figures or the zones share no date.
   */
  public static Optional<Totals> now(Timeline tl) {
    List<String> zones = new ArrayList<>();
    for (Zone z : tl.dataset().zones()) {
      if (tl.hasFigures(z.id())) {
        zones.add(z.id());
      }
    }
    Optional<LocalDate> shared = tl.latestShared(zones);
    return shared.isPresent() ? Optional.of(at(tl, shared.get())) : Optional.empty();
  }

  /** The zones' workers per enterprise (two decimals), null without enterprises. */
  public BigDecimal perEnterprise() {
    return ratio(workers, enterprises);
  }

  /** The zones with a row at {@code asOf} and those with figures at other dates: every zone with figures. */
  public int zonesWithFigures() {
    return lines.size() + absent.size();
  }

  /** Every zone without a row at {@code asOf}: those {@link #absent()}, then those {@link #unreported()}. */
  public List<Zone> withoutFigures() {
    List<Zone> out = new ArrayList<>(absent);
    out.addAll(unreported);
    return List.copyOf(out);
  }

  /** {@code part} as a percentage of {@code whole}, two decimals rounded half up; null when {@code whole} is 0. */
  public static BigDecimal percent(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  /** Workers per enterprise, two decimals rounded half up (as the answers say it); null without enterprises. */
  public static BigDecimal ratio(long workers, long enterprises) {
    return enterprises == 0 ? null : BigDecimal.valueOf(workers)
        .divide(BigDecimal.valueOf(enterprises), 2, RoundingMode.HALF_UP);
  }
}
