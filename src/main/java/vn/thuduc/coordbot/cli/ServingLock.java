package vn.thuduc.coordbot.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One serving process per index directory: an OS file lock on {@code serving.lock} in it, held by
 * the long-running channels ({@code telegram}, {@code web}, {@code serve}) for as long as they run.
 * The file holds the holder's pid, so a second process can say which one runs. The OS drops the
 * lock when the holder dies, SIGKILL included; {@code reload} and {@code ask} do not take it.
 */
public final class ServingLock implements AutoCloseable {
  /** The lock file's name inside the index directory. */
  public static final String FILE = "serving.lock";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private ServingLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Another process serves the directory already (or it cannot be locked). */
  public static final class HeldException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Path dir;
    private final long pid;

    HeldException(String message, Path dir, long pid) {
      super(message);
      this.dir = dir;
      this.pid = pid;
    }

    /** The index directory. */
    public Path dir() {
      return dir;
    }

    /** The pid of the process that holds it; 0 when unknown. */
    public long pid() {
      return pid;
    }
  }

  /**
   * Takes the lock of {@code dir} (created when missing) for this process; throws, naming the
   * directory and the running process's pid, when another process holds it.
   */
  public static ServingLock acquire(Path dir) throws HeldException, IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // this very process holds it already
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      long pid = readPid(channel);
      channel.close();
      throw new HeldException("the index directory " + dir.toAbsolutePath() + " is already served by another"
          + " coordbot process" + (pid > 0 ? " (pid " + pid + ")" : "") + "; stop it first, or set "
          + "COORDBOT_INDEX_DIR to another directory", dir, pid);
    }
    try {
      byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(pid), 0);
      channel.force(false);
    } catch (IOException e) {
      lock.release();
      channel.close();
      throw e;
    }
    return new ServingLock(file, channel, lock);
  }

  private static long readPid(FileChannel channel) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(32);
      channel.read(buf, 0);
      String s = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
      return s.isEmpty() ? 0 : Long.parseLong(s);
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /** The lock file. */
  public Path file() {
    return file;
  }

  /** Releases the lock; the file stays (an empty lock file is harmless). */
  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } finally {
      channel.close();
    }
  }
}
