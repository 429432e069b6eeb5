package vn.thuduc.coordbot.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * The zones table of one as-of date, computed from the dataset: each zone's enterprises, workers,
 * workers per enterprise and shares of the zones' totals, the totals, and the area's shares as the
 * source states them. Derived figures are computed here, never typed.
 */
record ZoneTable(LocalDate asOf, List<LocalDate> dates, List<Row> rows, long enterprises, long workers,
    Optional<AreaStat> area, List<String> sources, long version, Instant importedAt) {

  /** One zone's line. Shares are percentages of the zones' totals on the same date. */
  record Row(String zoneId, String nameVi, String nameEn, String shortVi, String shortEn, long enterprises,
      long workers, BigDecimal perEnterprise, BigDecimal enterpriseShare, BigDecimal workerShare, String source) {
    String name(Lang lang) {
      return lang.pick(nameVi, nameEn);
    }

    String shortName(Lang lang) {
      return lang.pick(shortVi, shortEn);
    }
  }

  /** The table for {@code wanted} (the latest date when empty or unknown); empty when there are no figures. */
  static Optional<ZoneTable> of(Dataset ds, Optional<LocalDate> wanted, long version, Instant importedAt) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    ds.zoneStats().forEach(s -> dates.add(s.asOf()));
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    LocalDate asOf = wanted.filter(dates::contains).orElse(dates.last());
    List<ZoneStat> stats = new ArrayList<>();
    List<Zone> zones = new ArrayList<>();
    for (Zone z : ds.zones()) {
      ds.zoneStats().stream().filter(s -> s.zoneId().equals(z.id()) && s.asOf().equals(asOf)).findFirst()
          .ifPresent(s -> {
            stats.add(s);
            zones.add(z);
          });
    }
    long e = stats.stream().mapToLong(ZoneStat::enterprises).sum();
    long w = stats.stream().mapToLong(ZoneStat::workers).sum();
    List<Row> rows = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < stats.size(); i++) {
      ZoneStat s = stats.get(i);
      Zone z = zones.get(i);
      String site = ds.source(s.source()).map(Source::site).orElse(s.source());
      if (!sources.contains(site)) {
        sources.add(site);
      }
      rows.add(new Row(z.id(), z.nameVi(), z.nameEn(), z.shortVi(), z.shortEn(), s.enterprises(), s.workers(),
          ratio(s.workers(), s.enterprises(), 1), pct(s.enterprises(), e), pct(s.workers(), w), site));
    }
    Optional<AreaStat> area = ds.areaStats().stream()
        .filter(a -> a.asOf().equals(asOf) && a.enterprises() == e && a.workers() == w).findFirst();
    return Optional.of(new ZoneTable(asOf, List.copyOf(dates.descendingSet()), List.copyOf(rows), e, w, area,
        List.copyOf(sources), version, importedAt));
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
