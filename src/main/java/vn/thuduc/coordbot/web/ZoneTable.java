package vn.thuduc.coordbot.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Timeline;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * The zones table of one as-of date, or of each zone's latest figures, computed from the dataset: each
 * zone's enterprises, workers, workers per enterprise and shares of the zones' totals, the totals, and
 * the area's shares as the source states them. Shares and totals are of one date only: when the zones'
 * latest dates differ ({@code mixed}), each row keeps its own date, the totals are those of the newest
 * date the zones share ({@code totalAsOf}) and the shares are left out. Derived figures are computed
 * here, never typed.
 *
 * @param absent zones with figures at another date but none at {@code asOf} (a partial snapshot)
 */
record ZoneTable(LocalDate asOf, List<LocalDate> dates, List<Row> rows, long enterprises, long workers,
    Optional<AreaStat> area, List<String> sources, long version, Instant importedAt, boolean mixed,
    LocalDate totalAsOf, List<Zone> absent) {

  /** One zone's line. Shares are percentages of the zones' totals on the same date (null when mixed). */
  record Row(String zoneId, String nameVi, String nameEn, String shortVi, String shortEn, long enterprises,
      long workers, BigDecimal perEnterprise, BigDecimal enterpriseShare, BigDecimal workerShare, String source,
      LocalDate asOf) {
    String name(Lang lang) {
      return lang.pick(nameVi, nameEn);
    }

    String shortName(Lang lang) {
      return lang.pick(shortVi, shortEn);
    }
  }

  /**
   * The table at {@code wanted}, or of each zone's latest figures when it is empty; empty when there are
   * no figures or none at {@code wanted} (see {@link Timeline#dates()} for the dates there are).
   */
  static Optional<ZoneTable> of(Dataset ds, Optional<LocalDate> wanted, long version, Instant importedAt) {
    Timeline tl = new Timeline(ds);
    if (tl.dates().isEmpty() || wanted.isPresent() && !tl.dates().contains(wanted.get())) {
      return Optional.empty();
    }
    List<ZoneStat> stats = wanted.map(tl::on).orElseGet(tl::latestRows);
    boolean mixed = stats.stream().map(ZoneStat::asOf).distinct().count() > 1;
    LocalDate asOf = wanted.orElseGet(() -> tl.latestDate().orElseThrow());
    LocalDate totalAsOf = mixed ? tl.latestShared(stats.stream().map(ZoneStat::zoneId).toList()).orElse(null) : asOf;
    List<ZoneStat> totalRows = totalAsOf == null ? List.of() : tl.on(totalAsOf);
    long e = totalRows.stream().mapToLong(ZoneStat::enterprises).sum();
    long w = totalRows.stream().mapToLong(ZoneStat::workers).sum();
    List<Zone> absent = ds.zones().stream()
        .filter(z -> tl.hasFigures(z.id()) && stats.stream().noneMatch(s -> s.zoneId().equals(z.id()))).toList();
    // a share of a partial or mixed total would call one zone 100%: left out
    boolean noShares = mixed || !absent.isEmpty();
    List<Row> rows = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (ZoneStat s : stats) {
      Zone z = ds.zone(s.zoneId()).orElseThrow();
      String site = ds.source(s.source()).map(Source::site).orElse(s.source());
      if (!sources.contains(site)) {
        sources.add(site);
      }
      rows.add(new Row(z.id(), z.nameVi(), z.nameEn(), z.shortVi(), z.shortEn(), s.enterprises(), s.workers(),
          ratio(s.workers(), s.enterprises(), 1), noShares ? null : pct(s.enterprises(), e),
          noShares ? null : pct(s.workers(), w), site, s.asOf()));
    }
    Optional<AreaStat> area = totalAsOf == null ? Optional.empty() : tl.area(totalAsOf)
        .filter(a -> a.enterprises() == e && a.workers() == w);
    List<LocalDate> dates = new ArrayList<>(tl.dates());
    java.util.Collections.reverse(dates);
    return Optional.of(new ZoneTable(asOf, List.copyOf(dates), List.copyOf(rows), e, w, area,
        List.copyOf(sources), version, importedAt, mixed, totalAsOf, absent));
  }

  /** The chart of this table, labelled in {@code lang}, with the source and date under it. */
  ChartData chart(Lang lang, String title, String workers, String enterprises, String note) {
    return new ChartData(title, workers, rows.stream().map(r -> r.shortName(lang)).toList(),
        List.of(new ChartData.Series(workers, rows.stream().map(Row::workers).toList()),
            new ChartData.Series(enterprises, rows.stream().map(Row::enterprises).toList())), lang, note);
  }

  static BigDecimal ratio(long a, long b, int scale) {
    return b == 0 ? null : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), scale, RoundingMode.HALF_UP);
  }

  static BigDecimal pct(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }
}
