package vn.thuduc.coordbot.dataset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.records.DraftReport;
import vn.thuduc.coordbot.records.RecordDraft;
import vn.thuduc.coordbot.records.RecordFiles;
import vn.thuduc.coordbot.records.RecordImporter;
import vn.thuduc.coordbot.records.TextExtractor;

/**
 * Import by upload as a dry run first: an uploaded file (or zip of the dataset) is validated and
 * compared with the serving version; a changed one is kept as a numbered draft for {@link #TTL} (at
 * most {@value #MAX_PENDING} at a time, the oldest forgotten first) until it is applied or dropped.
 * Knows no channel: a channel shows the preview and hands back the draft's number.
 */
public final class ImportDrafts {
  /** How long a draft waits to be applied. */
  public static final Duration TTL = Duration.ofMinutes(30);
  static final int MAX_PENDING = 20;

  private final DataService data;
  private final Clock clock;
  private final Map<Long, Draft> pending = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  public ImportDrafts(DataService data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  /**
   * A validated upload waiting to be applied: its number, file name, preview, and when it was made.
   *
   * @param report for a meeting record, its dry run (what it is, passages, statistics found); else empty
   */
  public record Draft(long id, String fileName, ImportPreview preview, Instant at, String report) {}

  /**
   * Validates {@code bytes} (named {@code fileName}) and compares them with the serving version; a
   * preview that changes something is kept as a draft ({@code id} &gt; 0), an unchanged one is not
   * ({@code id} 0). Throws with {@code file:line} when the upload is invalid.
   */
  public Draft prepare(String fileName, byte[] bytes) throws DataException {
    return prepare(fileName, bytes, "");
  }

  /**
   * As {@link #prepare(String, byte[])}; a meeting record (HTML, DOCX, PDF, TXT, MD) becomes the dataset
   * with that record added, its {@code caption} giving the date, title or kind ({@code date: 2025-07-05}).
   */
  public Draft prepare(String fileName, byte[] bytes, String caption) throws DataException {
    ImportPreview preview;
    String report = "";
    if (TextExtractor.accepts(fileName)) {
      Dataset ds = data.dataset().orElseThrow(() -> new DataException(fileName, 0, "no dataset is served yet"));
      Map<String, byte[]> served = data.files();
      Set<String> taken = new HashSet<>();
      served.keySet().stream().filter(n -> RecordFiles.isRecordFile(n) && n.endsWith(".yaml"))
          .forEach(n -> taken.add(n.substring(RecordFiles.DIR.length(), n.length() - ".yaml".length())));
      RecordDraft record = RecordImporter.draft(fileName, bytes, RecordImporter.Options.fromCaption(fileName, caption),
          ds, taken, served);
      preview = data.preview(new UploadedDataset(RecordImporter.add(served, List.of(record), ds), true),
          List.of(record));
      report = DraftReport.text(record);
    } else {
      preview = data.preview(UploadedDataset.read(fileName, bytes));
    }
    Instant now = clock.instant();
    if (preview.unchanged()) {
      return new Draft(0, fileName, preview, now, report);
    }
    pending.values().removeIf(x -> expired(x, now));
    while (pending.size() >= MAX_PENDING) {
      pending.keySet().stream().min(Long::compare).ifPresent(pending::remove);
    }
    Draft d = new Draft(ids.incrementAndGet(), fileName, preview, now, report);
    pending.put(d.id(), d);
    return d;
  }

  /** Takes draft {@code id} out of the waiting ones; empty when it is unknown or has expired. */
  public Optional<Draft> take(long id) {
    Draft d = pending.remove(id);
    return d == null || expired(d, clock.instant()) ? Optional.empty() : Optional.of(d);
  }

  /** Applies {@code draft} atomically as a new version, recorded as by {@code actor}. */
  public ReloadReport apply(Draft draft, String actor) throws DataException, StalePreviewException {
    return data.apply(draft.preview(), actor);
  }

  /** The version answers come from now (0 before the first import). */
  public long currentVersion() {
    return data.versions().stream().filter(DataService.VersionInfo::current).findFirst()
        .map(v -> v.version().version()).orElse(0L);
  }

  private static boolean expired(Draft d, Instant now) {
    return d.at().plus(TTL).isBefore(now);
  }
}
