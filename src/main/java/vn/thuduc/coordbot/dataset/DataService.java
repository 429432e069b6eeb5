package vn.thuduc.coordbot.dataset;

import vn.thuduc.coordbot.config.StartTrace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.answer.CoordAnswerEngine;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.records.MeetingRecord;
import vn.thuduc.coordbot.records.RecordDraft;
import vn.thuduc.coordbot.records.RecordFiles;
import vn.thuduc.coordbot.search.Passage;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;

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
  private final List<Consumer<DatasetChange>> listeners = new CopyOnWriteArrayList<>();
  /** Records already read from their files, by contents: a preview and its apply read each file once. */
  private final Map<String, MeetingRecord> recordsRead = new java.util.concurrent.ConcurrentHashMap<>();
  private final Optional<FilesStamp> stamp;

  /** A service that hashes the data files at every start to tell whether they changed. */
  public DataService(Path dataDir, DatasetStore store, PassageIndex index, CoordAnswerEngine engine, Clock clock) {
    this(dataDir, store, index, engine, clock, Optional.empty());
  }

  /**
   * A service that keeps the data files' checksum in {@code stampFile} between starts, with what the
   * file system said of each file, and hashes them again only when one of them changed (see FilesStamp).
   */
  public DataService(Path dataDir, DatasetStore store, PassageIndex index, CoordAnswerEngine engine, Clock clock,
      Optional<Path> stampFile) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.store = store;
    this.index = index;
    this.engine = engine;
    this.clock = clock;
    // the file system's times are the real clock's, whatever clock the service is given
    this.stamp = stampFile.isPresent() ? Optional.of(new FilesStamp(dataDir, stampFile.get(), Clock.systemUTC()))
        : Optional.empty();
  }

  /**
   * Brings store, index and engine up to date at start-up: imports the data files when the store is
   * empty or the files changed, rebuilds the index when its version is not the store's.
   *
   * @throws DataException when there is no stored dataset and the files are invalid
   */
  public void start() throws DataException {
    start(true);
  }

  /**
   * As {@link #start()}; with {@code importChanged} false the stored version is served even when the
   * files changed, and an empty store stays empty: the {@code reload} command imports them itself,
   * so that it can say what changed and record who changed it.
   */
  public void start(boolean importChanged) throws DataException {
    // the files' checksum on a thread of its own while this one reads the store: the database may still
    // be opening (see Database), and at start-up the machine's other core is free again by then
    Optional<CompletableFuture<String>> files = importChanged ? Optional.of(checksumAside()) : Optional.empty();
    Optional<DatasetStore.Stored> stored = store.read();
    StartTrace.mark("stored dataset read");
    if (!importChanged && stored.isEmpty()) {
      return;
    }
    String checksum = files.isPresent() ? joined(files.get()) : stored.get().checksum();
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
    // the store records which version the index was last committed with, and by which analyser, so
    // a normal start does not load Lucene at all (it opens on the first search); any doubt, and the
    // index is checked
    boolean recorded = store.indexHolds(s.version()) && index.hasCommitFile();
    if (recorded) {
      engine.records().use(new Supplier<List<MeetingRecord>>() { // read when a question is first about the records
        @Override
        public List<MeetingRecord> get() {
          return store.records();
        }
      });
    } else {
      List<MeetingRecord> records = store.records();
      if (index.version() != s.version()) {
        LOG.info("index version {} differs from stored version {}: rebuilding", index.version(), s.version());
        index.rebuild(passages(s.dataset(), records), s.version());
      }
      store.indexed(s.version());
      engine.records().use(records);
    }
    StartTrace.mark("checksum and index checked");
    engine.use(s.dataset(), s.version(), s.importedAt());
    StartTrace.mark("engine's snapshot built");
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
    return engine.zones(vn.thuduc.coordbot.lang.Lang.VI).size();
  }

  private record Diff(long version, int added, int changed, int removed, List<String> lines) {}

  /** One applied version as {@code /versions} lists it; {@code restorable} when its files were kept. */
  public record VersionInfo(DatasetStore.Version version, boolean restorable, boolean current) {}

  /**
   * Validates an upload as the dataset it would make (a single file replaces that file in the
   * dataset being served; a zip is the whole dataset) and says what would change; changes nothing.
   */
  /**
   * As {@link #preview(UploadedDataset)} for files made from record {@code drafts} ({@code
   * RecordImporter.add}): the drafts' text is used as read, not extracted from the originals again.
   */
  public synchronized ImportPreview preview(UploadedDataset upload, List<RecordDraft> drafts) throws DataException {
    RecordFiles.remember(upload.files(), drafts, recordsRead);
    return preview(upload);
  }

  public synchronized ImportPreview preview(UploadedDataset upload) throws DataException {
    Optional<DatasetStore.Stored> stored = store.read();
    Map<String, byte[]> files = new TreeMap<>();
    if (!upload.whole()) {
      files.putAll(servedFiles(stored));
    }
    files.putAll(upload.files());
    DatasetLoader.Loaded loaded = new DatasetLoader().load(files);
    RecordFiles.load(files, recordsRead); // every record must read before anything is offered for applying
    DatasetDiff diff = DatasetDiff.between(stored.map(DatasetStore.Stored::dataset), loaded.dataset());
    long base = stored.map(DatasetStore.Stored::version).orElse(0L);
    boolean unchanged = stored.isPresent() && stored.get().checksum().equals(loaded.checksum());
    return new ImportPreview(files, loaded.checksum(), base, loaded.dataset(), diff, unchanged);
  }

  /**
   * Applies a preview: writes its files into the data directory (each atomically), imports them as a
   * new version with the files kept, rebuilds the index, switches answers. Nothing changes when the
   * served version moved on since the preview, or when any step fails.
   */
  public synchronized ReloadReport apply(ImportPreview preview, String actor)
      throws DataException, StalePreviewException {
    long current = store.current().map(DatasetStore.Version::version).orElse(0L);
    if (current != preview.baseVersion()) {
      throw new StalePreviewException(preview.baseVersion(), current);
    }
    return write(preview.files(), actor);
  }

  /** Restores version {@code version} as a new version with the same content, the same way as an import. */
  public synchronized ReloadReport rollback(long version, String actor) throws DataException {
    Map<String, byte[]> files = store.files(version).orElseThrow(() -> new DataException("version " + version, 0,
        store.versions().stream().anyMatch(v -> v.version() == version)
            ? "its files were not kept (it was applied before versions were kept), so it cannot be restored"
            : "no such version; /versions lists them"));
    return write(files, actor);
  }

  /** Every applied version, newest first. */
  public List<VersionInfo> versions() {
    Set<Long> restorable = store.restorable();
    long current = store.current().map(DatasetStore.Version::version).orElse(0L);
    return store.versions().stream()
        .map(v -> new VersionInfo(v, restorable.contains(v.version()), v.version() == current)).toList();
  }

  /** The dataset being served, from the store of record. */
  public Optional<Dataset> dataset() {
    return store.read().map(DatasetStore.Stored::dataset);
  }

  /** Calls {@code listener} after every applied version; the returned handle stops that. */
  public AutoCloseable onChange(Consumer<DatasetChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private ReloadReport write(Map<String, byte[]> files, String actor) throws DataException {
    long t0 = System.nanoTime();
    DatasetLoader.Loaded loaded = new DatasetLoader().load(files);
    Optional<DatasetStore.Stored> stored = store.read();
    DataFiles disk = new DataFiles(dataDir);
    Map<String, byte[]> before = disk.read();
    disk.write(loaded.files());
    Diff d;
    try {
      d = apply(loaded, stored.map(DatasetStore.Stored::dataset), actor);
    } catch (RuntimeException e) {
      disk.write(before); // the store kept the old version: so do the files
      throw e;
    }
    return new ReloadReport(d.version, false, d.added, d.changed, d.removed, d.lines, index.documents(), millis(t0));
  }

  private Map<String, byte[]> servedFiles(Optional<DatasetStore.Stored> stored) {
    return stored.flatMap(s -> store.files(s.version())).orElseGet(() -> new DataFiles(dataDir).read());
  }

  private Diff apply(DatasetLoader.Loaded loaded, Optional<Dataset> previous, String actor) throws DataException {
    Dataset next = loaded.dataset();
    List<MeetingRecord> records = RecordFiles.load(loaded.files(), recordsRead);
    // only the served version's records stay read: the next upload's preview reads just what it adds
    java.util.Set<MeetingRecord> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    used.addAll(records);
    recordsRead.values().removeIf(r -> !used.contains(r));
    DatasetDiff diff = DatasetDiff.between(previous, next);
    long version = store.replace(next, loaded.checksum(), actor, diff.summary(), loaded.files(), records);
    index.rebuild(passages(next, records), version);
    store.indexed(version);
    engine.records().use(records);
    engine.use(next, version, clock.instant());
    LOG.info("dataset version {} imported by {}: {}", version, actor, diff.summary());
    if (previous.isPresent()) {
      tell(new DatasetChange(version, actor, diff));
    }
    return new Diff(version, diff.added(), diff.changed(), diff.removed(), diff.lines());
  }

  private void tell(DatasetChange change) {
    for (Consumer<DatasetChange> l : listeners) {
      try {
        l.accept(change);
      } catch (RuntimeException e) {
        LOG.error("a listener of dataset version {} failed", change.version(), e);
      }
    }
  }

  /**
   * Serves a version that another process imported into the same store ({@code coordbot reload}
   * on the server while the bot runs): reads it, makes sure the index holds it, switches answers
   * and tells the listeners (subscribers). Returns whether anything changed; when the other
   * process is still writing the index, it leaves things as they are for the next call.
   */
  public synchronized boolean syncWithStore() {
    long served = engine.datasetVersion();
    Optional<DatasetStore.Version> current = store.current();
    if (current.isEmpty() || current.get().version() == served) {
      return false;
    }
    DatasetStore.Stored s = store.read().orElseThrow();
    try {
      index.refresh();
      if (index.version() != s.version()) {
        if (store.indexVersion().orElse(-1) == s.version()) {
          return false; // recorded as indexed: the commit is there, the next refresh sees it
        }
        index.rebuild(passages(s.dataset(), store.records()), s.version());
        store.indexed(s.version());
      }
    } catch (UncheckedIOException e) {
      LOG.info("version {} is not indexed yet ({}); trying again later", s.version(), e.getMessage());
      return false;
    }
    Dataset previous = engine.dataset();
    engine.records().use(store.records());
    engine.use(s.dataset(), s.version(), s.importedAt());
    DatasetDiff diff = DatasetDiff.between(Optional.of(previous), s.dataset());
    LOG.info("serving dataset version {} imported by another process: {}", s.version(), diff.summary());
    tell(new DatasetChange(s.version(), current.get().actor(), diff));
    return true;
  }

  private CompletableFuture<String> checksumAside() {
    CompletableFuture<String> checksum = new CompletableFuture<>();
    Thread t = new Thread(new Runnable() {
      @Override
      public void run() {
        try {
          checksum.complete(filesChecksum());
        } catch (RuntimeException e) {
          checksum.completeExceptionally(e);
        }
      }
    }, "coordbot-data-checksum");
    t.setDaemon(true);
    t.start();
    return checksum;
  }

  private static String joined(CompletableFuture<String> checksum) {
    try {
      return checksum.join();
    } catch (CompletionException e) {
      // what the checksum threw, as if it had run on this thread
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private String filesChecksum() {
    Optional<FilesStamp.Look> before = stamp.isPresent() ? stamp.get().look() : Optional.empty();
    if (before.isPresent()) {
      Optional<String> stamped = stamp.get().checksum(before.get());
      if (stamped.isPresent()) {
        return stamped.get();
      }
    }
    String checksum;
    try {
      checksum = DatasetLoader.checksum(new DataFiles(dataDir).read());
    } catch (UncheckedIOException e) {
      return "unreadable";
    }
    if (before.isPresent()) {
      stamp.get().keep(before.get(), checksum);
    }
    return checksum;
  }

  /** The dataset's passages and the records', as one index holds them. */
  private static List<Passage> passages(Dataset ds, List<MeetingRecord> records) {
    List<Passage> out = new java.util.ArrayList<>(Passages.from(ds));
    for (MeetingRecord r : records) {
      for (var p : r.passages()) {
        out.add(new Passage(p.indexId(), Passage.RECORD, p.text(), "", r.id(),
            "p" + p.paragraph() + " pg" + p.page() + " " + p.start() + "-" + p.end()));
      }
    }
    return out;
  }

  /** The files of the version being served (the data directory's before the first import). */
  public Map<String, byte[]> files() {
    return servedFiles(store.read());
  }

  private static long millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
