package vn.thuduc.coordbot.export;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.data.Dataset;

/**
 * The statistics of the serving dataset as a named CSV file ({@code coordbot-stats-YYYYMMDD.csv}, the
 * day in Hồ Chí Minh City); empty when there are no statistics to export. Knows no channel.
 */
public final class StatsExport {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final Supplier<Optional<Dataset>> dataset;
  private final Clock clock;
  private final StatsCsv csv = new StatsCsv();

  /** {@code dataset}: the serving snapshot ({@code DataService::dataset}). */
  public StatsExport(Supplier<Optional<Dataset>> dataset, Clock clock) {
    this.dataset = dataset;
    this.clock = clock;
  }

  /** A file to hand over: its name and its bytes (UTF-8 with a byte order mark). */
  public record CsvFile(String name, byte[] bytes) {}

  /** The statistics as CSV labelled in {@code lang}; empty when the dataset has none. */
  public Optional<CsvFile> stats(Lang lang) {
    Optional<Dataset> ds = dataset.get();
    if (ds.isEmpty() || ds.get().zoneStats().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CsvFile("coordbot-stats-" + DAY.format(clock.instant()) + ".csv",
        csv.render(ds.get(), lang)));
  }
}
