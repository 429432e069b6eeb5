package vn.thuduc.coordbot.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Timeline;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.figures.Totals;

/**
 * The zones table the web shows (dashboard, {@code /api/stats}, the bar chart): the {@link Totals} of one
 * as-of date, or "now". Now shows each zone's latest figures: when the zones' latest dates differ
 * ({@code mixed}), each row keeps its own date, the totals are those of the newest date the zones share
 * ({@code totalAsOf}, null when they share none) and the shares are left out. Every number comes from
 * {@link Totals}; nothing is summed here.
 *
 * @param absent zones with figures at another date but none at {@code asOf} (a partial snapshot)
 * @param withoutFigures every zone without a row here: {@code absent}, then zones with no figures at all
 */
record ZoneTable(LocalDate asOf, List<LocalDate> dates, List<Row> rows, long enterprises, long workers,
    Optional<AreaStat> area, List<String> sources, long version, Instant importedAt, boolean mixed,
    LocalDate totalAsOf, List<Zone> absent, List<Zone> withoutFigures) {

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
    Optional<Totals> totals = wanted.map(d -> Totals.at(tl, d)).or(() -> Totals.now(tl));
    // "now" with newer figures for some zones: each zone's latest row, beside totals of the shared date
    boolean mixed = wanted.isEmpty() && totals.map(t -> !t.newer().isEmpty()).orElse(true);
    List<Totals.Line> lines = mixed ? tl.latestRows().stream()
        .map(s -> Totals.Line.alone(ds.zone(s.zoneId()).orElseThrow(), s)).toList() : totals.orElseThrow().lines();
    List<Row> rows = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (Totals.Line l : lines) {
      Zone z = l.zone();
      String site = ds.source(l.stat().source()).map(Source::site).orElse(l.stat().source());
      if (!sources.contains(site)) {
        sources.add(site);
      }
      rows.add(new Row(z.id(), z.nameVi(), z.nameEn(), z.shortVi(), z.shortEn(), l.enterprises(), l.workers(),
          l.perEnterprise(), mixed ? null : l.enterpriseShare(), mixed ? null : l.workerShare(), site, l.stat().asOf()));
    }
    List<LocalDate> dates = new ArrayList<>(tl.dates());
    Collections.reverse(dates);
    LocalDate asOf = wanted.orElseGet(() -> tl.latestDate().orElseThrow());
    return Optional.of(new ZoneTable(asOf, List.copyOf(dates), List.copyOf(rows),
        totals.map(Totals::enterprises).orElse(0L), totals.map(Totals::workers).orElse(0L),
        totals.flatMap(Totals::area), List.copyOf(sources), version, importedAt, mixed,
        totals.map(Totals::asOf).orElse(null), totals.map(Totals::absent).orElse(List.of()),
        totals.map(Totals::withoutFigures).orElse(List.of())));
  }

  /** The zones' workers per enterprise at {@code totalAsOf}, null without enterprises. */
  BigDecimal perEnterprise() {
    return Totals.ratio(workers, enterprises);
  }

  /** The chart of this table, labelled in {@code lang}, with the source and date under it. */
  ChartData chart(Lang lang, String title, String workers, String enterprises, String note) {
    return new ChartData(title, workers, rows.stream().map(r -> r.shortName(lang)).toList(),
        List.of(new ChartData.Series(workers, rows.stream().map(Row::workers).toList()),
            new ChartData.Series(enterprises, rows.stream().map(Row::enterprises).toList())), lang, note);
  }
}
