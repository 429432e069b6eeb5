package vn.thuduc.coordbot.advice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.data.Contact;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.DatasetLoader;

/**
 * The contacts of the dataset directory's {@code contacts.yaml}, re-read when the file changes; none
 * when there is no such file (the shipped dataset: the source names no contact, and none is invented).
 */
public final class Contacts {
  private static final Logger log = LoggerFactory.getLogger(Contacts.class);
  private final Path dataDir;
  private FileTime seen;
  private List<Contact> current = List.of();

  public Contacts(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** No contacts at all (tests, channels without a dataset directory). */
  public static Contacts none() {
    return new Contacts(null);
  }

  /** The contacts serving one of {@code zoneIds} (all of them when no zone is given). */
  public synchronized List<Contact> serving(List<String> zoneIds) {
    refresh();
    return current.stream().filter(c -> zoneIds.isEmpty() || zoneIds.stream().anyMatch(c::serves)).toList();
  }

  private void refresh() {
    if (dataDir == null) {
      return;
    }
    Path file = dataDir.resolve(DatasetLoader.CONTACTS);
    try {
      if (!Files.isRegularFile(file)) {
        current = List.of();
        seen = null;
        return;
      }
      FileTime t = Files.getLastModifiedTime(file);
      if (t.equals(seen)) {
        return;
      }
      DatasetLoader loader = new DatasetLoader();
      current = loader.contacts(loader.load(dataDir));
      seen = t;
    } catch (DataException | IOException e) {
      log.warn("contacts not shown: {}", e.getMessage());
      current = List.of();
      seen = null;
    }
  }
}
