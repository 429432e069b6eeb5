package vn.thuduc.coordbot.chat;

/**
 * One token bucket kept as a schedule (the generic cell rate algorithm): {@code burst} events may
 * happen at once, after that one every {@code interval}. Not thread-safe; its owner locks.
 */
public final class RateSchedule {
  private final long intervalNanos;
  private final long toleranceNanos;
  /** The theoretical time of the next event when the bucket is empty. */
  private long nextNanos = Long.MIN_VALUE;

  public RateSchedule(long intervalNanos, int burst) {
    if (intervalNanos <= 0 || burst < 1) {
      throw new IllegalArgumentException("interval and burst must be positive");
    }
    this.intervalNanos = intervalNanos;
    this.toleranceNanos = intervalNanos * (burst - 1L);
  }

  /** The earliest time, not before {@code now}, at which an event conforms. */
  public long earliest(long now) {
    return nextNanos == Long.MIN_VALUE ? now : Math.max(now, nextNanos - toleranceNanos);
  }

  /** Books an event at {@code at} (from {@link #earliest} or later). */
  public void book(long at) {
    nextNanos = (nextNanos == Long.MIN_VALUE ? at : Math.max(nextNanos, at)) + intervalNanos;
  }

  /** True when the bucket is full again at {@code now}: its state can be forgotten. */
  public boolean idle(long now) {
    return nextNanos == Long.MIN_VALUE || nextNanos - now <= 0;
  }
}
