package vn.thuduc.coordbot.config;

/**
 * Marks along a start, for measuring where a cold {@code ask} spends its time: with
 * {@code -Dcoordbot.trace=true} each mark records the time since {@code Main} began and the thread, and
 * {@link #print} writes them to stderr at exit. Without the property a mark is a test of a constant:
 * nothing is recorded.
 */
public final class StartTrace {
  private static final boolean ON = Boolean.getBoolean("coordbot.trace");
  private static final long T0 = System.nanoTime();
  private static final StringBuilder LINES = ON ? new StringBuilder(2048) : null;

  private StartTrace() {}

  /** Records {@code what} happened now (nothing unless tracing). */
  public static void mark(String what) {
    if (ON) {
      long t = System.nanoTime() - T0;
      synchronized (LINES) {
        LINES.append("[trace] ").append(t / 100_000 / 10.0).append(" ms ")
            .append(Thread.currentThread().getName()).append(": ").append(what).append('\n');
      }
    }
  }

  /** Each thread's CPU time so far, from {@code /proc/self/task/<tid>/stat} (Linux), in ms. */
  private static String threadTimes() {
    StringBuilder b = new StringBuilder();
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    if (tasks == null) {
      return "";
    }
    long ticks = 0;
    for (java.io.File t : tasks) {
      try {
        String stat = new String(java.nio.file.Files.readAllBytes(t.toPath().resolve("stat")),
            java.nio.charset.StandardCharsets.UTF_8);
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String[] f = stat.substring(close + 2).split(" ");
        long cpu = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime, in clock ticks
        ticks += cpu;
        if (cpu > 0) {
          b.append("[cpu] ").append(cpu * 10).append(" ms ").append(stat, open + 1, close).append('\n');
        }
      } catch (java.io.IOException | RuntimeException e) {
        // a thread that ended meanwhile
      }
    }
    b.append("[cpu] ").append(ticks * 10).append(" ms all threads still running\n");
    return b.toString();
  }

  /** Writes the marks to stderr (nothing unless tracing). */
  public static void print() {
    if (ON) {
      synchronized (LINES) {
        System.err.print(LINES);
        System.err.print(threadTimes());
        System.err.flush();
      }
    }
  }
}
