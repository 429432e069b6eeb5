package vn.thuduc.coordbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How often the kernel took the CPU from the calling thread against its will (Linux's
 * {@code nonvoluntary_ctxt_switches} of {@code /proc/thread-self/status}). On a shared machine a timed answer that was
 * preempted waited a scheduler tick (4 ms at 250 Hz) for another process: its time is the neighbours', not the code's.
 */
final class Preemption {
  private static final Path STATUS = Path.of("/proc/thread-self/status");
  private static final String FIELD = "nonvoluntary_ctxt_switches:";

  private Preemption() {}

  /** The calling thread's involuntary context switches so far, or -1 where the kernel does not tell. */
  static long count() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith(FIELD)) {
          return Long.parseLong(line.substring(FIELD.length()).trim());
        }
      }
    } catch (IOException | NumberFormatException | SecurityException e) {
      return -1;
    }
    return -1;
  }

  /** The switches between two {@link #count()} readings, or -1 when either is unknown. */
  static long between(long before, long after) {
    return before < 0 || after < 0 ? -1 : after - before;
  }
}
