package vn.thuduc.coordbot.advice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.data.Contact;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.DatasetLoader;

/**
 * The contacts of the dataset directory's {@code contacts.yaml}, re-read when the file changes; none
 * when there is no such file (the shipped dataset: the source names no contact, and none is invented).
 * The file is looked at once a second at most, by one thread, and read without a lock: every topic
 * answer asks for the contacts, and a lock with two file look-ups inside was where web requests queued.
 */
public final class Contacts {
  private static final Logger log = LoggerFactory.getLogger(Contacts.class);
  private static final long LOOK_EVERY = TimeUnit.SECONDS.toNanos(1);

  /** What the file held when it was last looked at, and when that was. */
  private record Seen(FileTime modified, List<Contact> contacts, long lookedAt) {}

  private final Path dataDir;
  private final LongSupplier nanoTime;
  private volatile Seen seen;

  public Contacts(Path dataDir) {
    this(dataDir, SYSTEM_NANO_TIME);
  }

  /** The JVM's clock (a class, not a method reference: made at every start of ask, where a lambda is a class made). */
  private static final LongSupplier SYSTEM_NANO_TIME = new LongSupplier() {
    @Override
    public long getAsLong() {
      return System.nanoTime();
    }
  };

  /** Contacts of {@code dataDir} whose file is looked at again once {@code nanoTime} has moved a second on. */
  public Contacts(Path dataDir, LongSupplier nanoTime) {
    this.dataDir = dataDir;
    this.nanoTime = nanoTime;
  }

  /** No contacts at all (tests, channels without a dataset directory). */
  public static Contacts none() {
    return new Contacts(null);
  }

  /** The contacts serving one of {@code zoneIds} (all of them when no zone is given). */
  public List<Contact> serving(List<String> zoneIds) {
    List<Contact> current = current();
    return zoneIds.isEmpty() ? current
        : current.stream().filter(c -> zoneIds.stream().anyMatch(c::serves)).toList();
  }

  private List<Contact> current() {
    if (dataDir == null) {
      return List.of();
    }
    Seen s = seen;
    if (s != null && nanoTime.getAsLong() - s.lookedAt() < LOOK_EVERY) {
      return s.contacts();
    }
    synchronized (this) {
      s = seen;
      long now = nanoTime.getAsLong();
      if (s == null || now - s.lookedAt() >= LOOK_EVERY) {
        s = look(s, now);
        seen = s;
      }
      return s.contacts();
    }
  }

  private Seen look(Seen before, long now) {
    Path file = dataDir.resolve(DatasetLoader.CONTACTS);
    try {
      if (!Files.isRegularFile(file)) {
        return new Seen(null, List.of(), now);
      }
      FileTime t = Files.getLastModifiedTime(file);
      if (before != null && t.equals(before.modified())) {
        return new Seen(t, before.contacts(), now);
      }
      DatasetLoader loader = new DatasetLoader();
      return new Seen(t, List.copyOf(loader.contacts(loader.load(dataDir))), now);
    } catch (DataException | IOException e) {
      log.warn("contacts not shown: {}", e.getMessage());
      return new Seen(null, List.of(), now);
    }
  }
}
