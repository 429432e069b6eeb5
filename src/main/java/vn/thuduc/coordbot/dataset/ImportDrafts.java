package vn.thuduc.coordbot.dataset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.thuduc.coordbot.data.DataException;

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

  /** A validated upload waiting to be applied: its number, file name, preview, and when it was made. */
  public record Draft(long id, String fileName, ImportPreview preview, Instant at) {}

  /**
   * Validates {@code bytes} (named {@code fileName}) and compares them with the serving version; a
   * preview that changes something is kept as a draft ({@code id} &gt; 0), an unchanged one is not
   * ({@code id} 0). Throws with {@code file:line} when the upload is invalid.
   */
  public Draft prepare(String fileName, byte[] bytes) throws DataException {
    ImportPreview preview = data.preview(UploadedDataset.read(fileName, bytes));
    Instant now = clock.instant();
    if (preview.unchanged()) {
      return new Draft(0, fileName, preview, now);
    }
    pending.values().removeIf(x -> expired(x, now));
    while (pending.size() >= MAX_PENDING) {
      pending.keySet().stream().min(Long::compare).ifPresent(pending::remove);
    }
    Draft d = new Draft(ids.incrementAndGet(), fileName, preview, now);
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
