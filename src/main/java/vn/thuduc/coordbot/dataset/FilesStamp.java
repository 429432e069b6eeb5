package vn.thuduc.coordbot.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import vn.thuduc.coordbot.data.DatasetLoader;

/**
 * The data files' checksum as it was last worked out, with what the file system said of each file then
 * (size, modification and change times, inode): a start whose files all still say the same takes the
 * checksum from here instead of reading and hashing them. Every start of {@code ask} compared the files
 * with the stored dataset so; reading them and SHA-256 (the JDK's security providers, run in the
 * interpreter) were a thread's worth of a cold start.
 *
 * <p>Never stale: any write to a file, a rename over it or a change of its mode sets its change time
 * ({@code ctime}) to the current time, which no program can set back; a file added to or removed from
 * the dataset changes the list. A stamp is kept only when every file was last changed at least
 * {@link #SETTLED} before the files were read, so a change within the file system's time granularity
 * (up to two seconds on some) cannot look like the stamped state. Where the file system does not tell
 * change times and inodes, or the stamp cannot be read or written, the files are hashed as before.
 */
final class FilesStamp {
  /** How long before hashing every file must have been left alone for its state to be stamped. */
  static final long SETTLED = TimeUnit.SECONDS.toNanos(2);
  private static final String HEADER = "coordbot data files stamp 1";
  private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev";

  private final Path dataDir;
  private final Path file;
  private final Clock fileClock;

  /** The stamp of {@code dataDir}'s files, kept in {@code file}; {@code fileClock} is the file system's time. */
  FilesStamp(Path dataDir, Path file, Clock fileClock) {
    this.dataDir = dataDir;
    this.file = file;
    this.fileClock = fileClock;
  }

  /** What the file system says of the dataset's files now; empty when it cannot tell (then no stamp is used). */
  Optional<Look> look() {
    try {
      Map<String, String> files = new TreeMap<>();
      for (String name : DatasetLoader.FILES) {
        state(dataDir.resolve(name), name, files);
      }
      Path records = dataDir.resolve(DatasetLoader.RECORDS_DIR);
      if (Files.isDirectory(records)) {
        try (DirectoryStream<Path> list = Files.newDirectoryStream(records)) {
          for (Path p : list) {
            String name = p.getFileName().toString();
            if (!name.startsWith(".")) {
              state(p, DatasetLoader.RECORDS_DIR + name, files);
            }
          }
        }
      }
      return Optional.of(new Look(dataDir.toAbsolutePath().normalize().toString(), files));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | UncheckedIOException
        | DirectoryIteratorException e) {
      return Optional.empty(); // the files are read and hashed, which says what is wrong if anything is
    }
  }

  /** The stamped checksum when the files are as {@code now} says and the stamp is of the same files. */
  Optional<String> checksum(Look now) {
    List<String> lines;
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // unreadable or not UTF-8: hashed as before
    }
    List<String> expected = now.lines("");
    if (lines.size() != expected.size() + 1 || !lines.get(1).startsWith("checksum ")) {
      return Optional.empty();
    }
    List<String> stamped = new ArrayList<>(lines);
    String checksum = stamped.remove(1).substring("checksum ".length());
    return stamped.equals(expected) && !checksum.isEmpty() ? Optional.of(checksum) : Optional.empty();
  }

  /**
   * Keeps {@code checksum} as that of the files {@code before} said (looked at before they were read),
   * when every one of them had been left alone for {@link #SETTLED} by now; otherwise removes any stamp.
   * A stamp that cannot be written is left out: the next start hashes the files.
   */
  void keep(Look before, String checksum) {
    Instant readAt = fileClock.instant();
    long read = TimeUnit.SECONDS.toNanos(readAt.getEpochSecond()) + readAt.getNano();
    try {
      if (!before.settledBy(read - SETTLED)) {
        Files.deleteIfExists(file);
        return;
      }
      List<String> lines = before.lines(checksum);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".data-files", ".tmp");
      try {
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | UncheckedIOException e) {
      // only saves work: the next start hashes the files again
    }
  }

  private static void state(Path p, String name, Map<String, String> out) throws IOException {
    if (!Files.isRegularFile(p)) {
      return;
    }
    Map<String, Object> a = Files.readAttributes(p, ATTRIBUTES);
    out.put(name, a.get("size") + " " + nanos(a.get("lastModifiedTime")) + " " + nanos(a.get("ctime")) + " "
        + a.get("ino") + " " + a.get("dev"));
  }

  private static long nanos(Object time) {
    if (!(time instanceof FileTime t)) {
      throw new UnsupportedOperationException("no file time: " + time);
    }
    return t.to(TimeUnit.NANOSECONDS);
  }

  /** The data directory and each file's state ({@code size mtime ctime inode device}) by name. */
  record Look(String dir, Map<String, String> files) {
    /** True when no file was modified or changed after {@code nanos} (since the epoch). */
    boolean settledBy(long nanos) {
      for (String state : files.values()) {
        String[] f = state.split(" ");
        if (Long.parseLong(f[1]) > nanos || Long.parseLong(f[2]) > nanos) {
          return false;
        }
      }
      return true;
    }

    /** The stamp's lines: the header, the checksum, the directory, then one line a file. */
    List<String> lines(String checksum) {
      List<String> out = new ArrayList<>();
      out.add(HEADER);
      if (!checksum.isEmpty()) {
        out.add("checksum " + checksum);
      }
      out.add("dir " + dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        out.add(f.getValue() + " " + f.getKey());
      }
      return out;
    }
  }
}
