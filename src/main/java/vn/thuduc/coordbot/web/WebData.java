package vn.thuduc.coordbot.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.dataset.DataService;

/**
 * The dataset the web shows, read from the store once per dataset version (the engine's version
 * says when a reload happened), with the time it was imported.
 */
final class WebData {
  record Snapshot(Dataset dataset, long version, Instant importedAt) {}

  private final DataService data;
  private final AnswerEngine engine;
  private volatile Snapshot current;

  WebData(DataService data, AnswerEngine engine) {
    this.data = data;
    this.engine = engine;
  }

  /** The dataset being served; empty before the first import. */
  Optional<Snapshot> snapshot() {
    long v = engine.datasetVersion();
    Snapshot s = current;
    if (s != null && s.version() == v) {
      return Optional.of(s);
    }
    synchronized (this) {
      if (current != null && current.version() == v) {
        return Optional.of(current);
      }
      Optional<Dataset> ds = data.dataset();
      if (ds.isEmpty()) {
        return Optional.empty();
      }
      Instant at = data.versions().stream().filter(DataService.VersionInfo::current).findFirst()
          .map(i -> i.version().at()).orElse(Instant.EPOCH);
      current = new Snapshot(ds.get(), v, at);
      return Optional.of(current);
    }
  }

  /** The zones table for {@code asOf} (the latest when empty). */
  Optional<ZoneTable> table(Optional<LocalDate> asOf) {
    return snapshot().flatMap(s -> ZoneTable.of(s.dataset(), asOf, s.version(), s.importedAt()));
  }
}
