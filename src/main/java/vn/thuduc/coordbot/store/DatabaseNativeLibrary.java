package vn.thuduc.coordbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in the index directory for the next start. Without it the JDBC
 * driver works out the platform (starting {@code uname}), writes its library from the jar into the
 * temporary directory and reads both back to compare them, at every start: a good part of a
 * one-question {@code ask}. Kept per driver version and platform, written whole (a temporary file
 * moved into place); when the kept one does not load, the driver extracts its own as before.
 */
final class DatabaseNativeLibrary {
  private static final String PATH = "org.sqlite.lib.path";
  private static final String NAME = "org.sqlite.lib.name";
  private static final String TMPDIR = "org.sqlite.tmpdir";
  /** The driver loads its library once a JVM, so it is kept at most once a JVM (tests open hundreds of databases). */
  private static final AtomicBoolean KEPT = new AtomicBoolean();

  private DatabaseNativeLibrary() {}

  /**
   * Points the driver at the library kept in {@code indexDir}, if there is one, unless a library was
   * chosen already (by the operator, or by an earlier database of this JVM: the driver loads once).
   */
  static void useKept(Path indexDir) {
    if (System.getProperty(PATH) != null) {
      return;
    }
    Path kept = kept(indexDir);
    if (Files.isRegularFile(kept)) {
      // read once by the driver, before its first connection; set here because only the database
      // knows the directory, and only when no one chose otherwise
      System.setProperty(NAME, kept.getFileName().toString());
      System.setProperty(PATH, kept.getParent().toAbsolutePath().toString());
      if (System.getProperty(TMPDIR) == null) {
        // before loading, the driver lists its temporary directory for stale copies of its library (the
        // system's /tmp, often hundreds of files); with the kept one it extracts nothing, so it looks here
        System.setProperty(TMPDIR, kept.getParent().toAbsolutePath().toString());
      }
    }
  }

  /**
   * Loads the driver's library on a thread of its own, while the thread that opens the database sets
   * the driver up (its date formats read the JDK's calendar data): each took about a third of the
   * opening, which a one-question {@code ask} waits for. The driver loads its library once a JVM, under
   * a lock; the connection finds it loaded, or loads it itself and reports what fails.
   */
  static void loadAside() {
    Thread t = new Thread(new Runnable() {
      @Override
      public void run() {
        try {
          SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
          // the connection loads it again and says what fails (the driver throws Exception)
        }
      }
    }, "coordbot-db-library");
    t.setDaemon(true);
    t.start();
  }

  /** Keeps a copy of the driver's library for the platform in {@code indexDir}, unless one was used or kept. */
  static void keep(Path indexDir) {
    Path kept = kept(indexDir);
    if (System.getProperty(PATH) != null || !KEPT.compareAndSet(false, true) || Files.exists(kept)) {
      return;
    }
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return; // a platform the driver has no library for in the jar: it found one elsewhere
      }
      Files.createDirectories(kept.getParent());
      Path tmp = Files.createTempFile(kept.getParent(), ".lib", ".tmp");
      try {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        try {
          Files.move(tmp, kept, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, kept);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // only a cache: the next start extracts the library again, as the driver always did
      LoggerFactory.getLogger(DatabaseNativeLibrary.class)
          .info("could not keep SQLite's native library in {}: {}", kept.getParent(), e.toString());
    }
  }

  private static Path kept(Path indexDir) {
    String platform = (SQLiteJDBCLoader.getVersion() + "-" + System.getProperty("os.name") + "-"
        + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_");
    return indexDir.resolve("native").resolve("sqlite-" + platform).resolve(LibraryLoaderUtil.getNativeLibName());
  }
}
