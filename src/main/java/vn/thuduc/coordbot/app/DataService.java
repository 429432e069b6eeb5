package vn.thuduc.coordbot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.answer.CoordAnswerEngine;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;
import vn.thuduc.coordbot.store.DatasetStore;

/**
 * Keeps SQLite, the Lucene index and the answer engine on the same dataset version. Import: the
 * files are validated first, then replace the store in one transaction, then the index is rebuilt
 * in one commit, then the engine switches. A failure at any step leaves the previous version
 * serving; a store and index that disagree at start-up are reconciled by rebuilding the index.
 */
public final class DataService {
  private static final Logger LOG = LoggerFactory.getLogger(DataService.class);

  private final Path dataDir;
  private final DatasetStore store;
  private final PassageIndex index;
  private final CoordAnswerEngine engine;
  private final Clock clock;

  public DataService(Path dataDir, DatasetStore store, PassageIndex index, CoordAnswerEngine engine, Clock clock) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.store = store;
    this.index = index;
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * Brings store, index and engine up to date at start-up: imports the data files when the store is
   * empty or the files changed, rebuilds the index when its version is not the store's.
   *
   * @throws DataException when there is no stored dataset and the files are invalid
   */
  public void start() throws DataException {
    Optional<DatasetStore.Stored> stored = store.read();
    String checksum = filesChecksum();
    if (stored.isEmpty() || !stored.get().checksum().equals(checksum)) {
      try {
        DatasetLoader.Loaded loaded = new DatasetLoader().load(dataDir);
        apply(loaded, stored.map(DatasetStore.Stored::dataset), "startup");
        return;
      } catch (DataException e) {
        if (stored.isEmpty()) {
          throw e;
        }
        LOG.warn("data files are invalid, serving stored version {}: {}", stored.get().version(), e.getMessage());
      }
    }
    DatasetStore.Stored s = stored.orElseThrow();
    if (index.version() != s.version()) {
      LOG.info("index version {} differs from stored version {}: rebuilding", index.version(), s.version());
      index.rebuild(Passages.from(s.dataset()), s.version());
    }
    engine.use(s.dataset(), s.version(), s.importedAt());
  }

  /** Re-imports the data directory; throws with {@code file:line: reason} and changes nothing when invalid. */
  public synchronized ReloadReport reload(String actor) throws DataException {
    long t0 = System.nanoTime();
    DatasetLoader.Loaded loaded = new DatasetLoader().load(dataDir);
    Optional<DatasetStore.Stored> stored = store.read();
    if (stored.isPresent() && stored.get().checksum().equals(loaded.checksum())
        && index.version() == stored.get().version()) {
      return new ReloadReport(stored.get().version(), true, 0, 0, 0, List.of(), index.documents(),
          millis(t0));
    }
    Diff d = apply(loaded, stored.map(DatasetStore.Stored::dataset), actor);
    return new ReloadReport(d.version, false, d.added, d.changed, d.removed, d.lines, index.documents(), millis(t0));
  }

  /** The number of zones in the dataset being served. */
  public int zones() {
    return engine.zones(vn.thuduc.coordbot.answer.Lang.VI).size();
  }

  private record Diff(long version, int added, int changed, int removed, List<String> lines) {}

  private Diff apply(DatasetLoader.Loaded loaded, Optional<Dataset> previous, String actor) {
    Dataset next = loaded.dataset();
    Map<String, Object> before = previous.map(Dataset::recordsByKey).orElse(new LinkedHashMap<>());
    Map<String, Object> after = next.recordsByKey();
    int added = 0;
    int changed = 0;
    int removed = 0;
    List<String> lines = new ArrayList<>();
    for (var e : after.entrySet()) {
      Object old = before.get(e.getKey());
      if (old == null) {
        added++;
        if (previous.isPresent()) {
          lines.add("+ " + e.getKey());
        }
      } else if (!old.equals(e.getValue())) {
        changed++;
        lines.add("~ " + e.getKey() + describe(old, e.getValue()));
      }
    }
    for (String key : before.keySet()) {
      if (!after.containsKey(key)) {
        removed++;
        lines.add("- " + key);
      }
    }
    String summary = "+" + added + " ~" + changed + " -" + removed;
    long version = store.replace(next, loaded.checksum(), actor, summary);
    index.rebuild(Passages.from(next), version);
    engine.use(next, version, clock.instant());
    LOG.info("dataset version {} imported by {}: {}", version, actor, summary);
    return new Diff(version, added, changed, removed, lines);
  }

  private static String describe(Object old, Object now) {
    if (old instanceof ZoneStat a && now instanceof ZoneStat b) {
      List<String> parts = new ArrayList<>();
      if (a.enterprises() != b.enterprises()) {
        parts.add("enterprises " + a.enterprises() + " → " + b.enterprises());
      }
      if (a.workers() != b.workers()) {
        parts.add("workers " + a.workers() + " → " + b.workers());
      }
      return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }
    return "";
  }

  private String filesChecksum() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : DatasetLoader.FILES) {
      Path p = dataDir.resolve(name);
      if (Files.isRegularFile(p)) {
        try {
          files.put(name, Files.readAllBytes(p));
        } catch (IOException e) {
          return "unreadable";
        }
      }
    }
    return DatasetLoader.checksum(files);
  }

  private static long millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
