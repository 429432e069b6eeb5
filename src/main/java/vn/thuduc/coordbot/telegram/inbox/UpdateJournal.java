package vn.thuduc.coordbot.telegram.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Updates taken but not yet processed, one small JSON file each in {@code index/telegram-inbox/}.
 * Once an update is written here its offset may be confirmed to Telegram before it is done, so a
 * slow update (a chat waiting for its rate limit, a reload) does not hold back the 100 updates
 * behind it for long (see {@link UpdateLedger}); after a crash the bot replays what is left here
 * before it polls. A file is removed after the update's
 * processed record is written.
 */
public final class UpdateJournal {
  private static final Logger log = LoggerFactory.getLogger(UpdateJournal.class);
  private final Path dir;
  private final ObjectMapper json = new ObjectMapper();

  public UpdateJournal(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }

  /** Writes the update (atomically: a crash leaves the whole file or none); false when it failed. */
  public boolean record(Update update) {
    Path target = file(update.getUpdateId());
    Path tmp = dir.resolve(update.getUpdateId() + ".tmp");
    try {
      Files.write(tmp, json.writeValueAsBytes(update));
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      log.warn("update {}: cannot journal it ({}); its offset stays unconfirmed until it is done",
          update.getUpdateId(), e.toString());
      return false;
    }
  }

  public void forget(long updateId) {
    try {
      Files.deleteIfExists(file(updateId));
    } catch (IOException e) {
      log.warn("update {}: cannot remove it from the journal: {}", updateId, e.toString());
    }
  }

  /** The updates left from an earlier run, oldest first; unreadable files are set aside. */
  public List<Update> pending() {
    List<Update> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          out.add(json.readValue(f.toFile(), Update.class));
        } catch (IOException | RuntimeException e) {
          log.error("journal file {} is unreadable ({}); moved aside", f.getFileName(), e.toString());
          Files.move(f, f.resolveSibling(f.getFileName() + ".bad"), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      log.error("cannot read the update journal {}: {}", dir, e.toString());
    }
    out.sort((a, b) -> Long.compare(a.getUpdateId(), b.getUpdateId()));
    return out;
  }

  private Path file(long updateId) {
    return dir.resolve(String.format("%020d.json", updateId));
  }
}
