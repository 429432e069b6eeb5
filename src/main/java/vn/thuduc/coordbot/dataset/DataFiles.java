package vn.thuduc.coordbot.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.DatasetLoader;

/**
 * The dataset files in the data directory, read and written as a whole. Each file is written to a
 * temporary file beside it, flushed, then moved over the old one atomically, so a reader (or a crash)
 * never sees half a file.
 */
final class DataFiles {
  private final Path dir;

  DataFiles(Path dir) {
    this.dir = dir;
  }

  /** The dataset files present in the directory, by name, the records folder's as {@code records/NAME}. */
  Map<String, byte[]> read() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : DatasetLoader.FILES) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        try {
          files.put(name, Files.readAllBytes(p));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + p, e);
        }
      }
    }
    try {
      files.putAll(DatasetLoader.recordFiles(dir));
    } catch (DataException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
    return files;
  }

  /** Makes the directory hold exactly {@code files}: writes each one atomically, deletes dataset files left out. */
  void write(Map<String, byte[]> files) {
    try {
      Files.createDirectories(dir);
      for (String name : DatasetLoader.FILES) {
        Path target = dir.resolve(name);
        byte[] content = files.get(name);
        if (content != null) {
          atomically(dir, name, content);
        } else {
          Files.deleteIfExists(target);
        }
      }
      writeRecords(files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the data files in " + dir, e);
    }
  }

  /** The records folder as {@code files} has it: each file written atomically, the others deleted. */
  private void writeRecords(Map<String, byte[]> files) throws IOException {
    Path records = dir.resolve(DatasetLoader.RECORDS_DIR);
    boolean any = files.keySet().stream().anyMatch(DatasetLoader::isRecordFile);
    if (!any && !Files.isDirectory(records)) {
      return;
    }
    Files.createDirectories(records);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (DatasetLoader.isRecordFile(f.getKey())) {
        String name = f.getKey().substring(DatasetLoader.RECORDS_DIR.length());
        atomically(records, name, f.getValue());
      }
    }
    try (java.util.stream.Stream<Path> list = Files.list(records)) {
      for (Path p : list.toList()) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && !name.startsWith(".") && !files.containsKey(DatasetLoader.RECORDS_DIR + name)) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * Gives the new file the mode of the one it replaces (a temporary file is 0600: another user's
   * {@code ask} could no longer read the data), or rw-r--r-- for a new file.
   */
  private static void keepMode(Path target, Path tmp) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> mode = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, mode);
  }

  private static void atomically(Path dir, String name, byte[] content) throws IOException {
    Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
    try {
      Files.write(tmp, content);
      keepMode(dir.resolve(name), tmp);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      move(tmp, dir.resolve(name));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
