package vn.thuduc.coordbot.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /healthz} without waiting for SQLite: the check (the store answers, a dataset and an index
 * are there) runs on the probe's own thread, at most once per {@code freshness}, and a request reads
 * the last result. A ticket's transaction holding the database lock delays the next check, never a
 * request; a check that has not come back within {@code stuck} makes the bot unhealthy.
 */
final class HealthProbe implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HealthProbe.class);

  /** What a check found: healthy, or why not. */
  record Result(boolean healthy, String problem) {
    static final Result HEALTHY = new Result(true, "");

    static Result unhealthy(String problem) {
      return new Result(false, problem);
    }
  }

  private record Timed(Result result, long at) {}

  private final Supplier<Result> check;
  private final LongSupplier nanoTime;
  private final long freshNanos;
  private final long stuckNanos;
  private final ExecutorService thread;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile long startedAt;
  private volatile Timed last;

  HealthProbe(Supplier<Result> check, long freshMillis, long stuckMillis, LongSupplier nanoTime) {
    this.check = check;
    this.nanoTime = nanoTime;
    this.freshNanos = TimeUnit.MILLISECONDS.toNanos(freshMillis);
    this.stuckNanos = TimeUnit.MILLISECONDS.toNanos(stuckMillis);
    this.thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "coordbot-web-health");
      t.setDaemon(true);
      return t;
    });
    this.last = new Timed(run(), nanoTime.getAsLong()); // the first answer is a real one, taken at start
  }

  /** The latest result; starts a new check when it is older than the freshness. Never waits. */
  Result now() {
    long now = nanoTime.getAsLong();
    Timed t = last;
    if (now - t.at() > freshNanos && running.compareAndSet(false, true)) {
      startedAt = now;
      try {
        thread.execute(() -> {
          try {
            last = new Timed(run(), nanoTime.getAsLong());
          } finally {
            running.set(false);
          }
        });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        running.set(false); // closing
      }
    }
    if (running.get() && now - startedAt > stuckNanos) {
      return Result.unhealthy("the store has not answered for " + TimeUnit.NANOSECONDS.toSeconds(now - startedAt)
          + " s");
    }
    return t.result();
  }

  private Result run() {
    try {
      return check.get();
    } catch (RuntimeException e) {
      LOG.warn("health check failed: {}", e.toString()); // at most once per freshness
      return Result.unhealthy(e.toString());
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
