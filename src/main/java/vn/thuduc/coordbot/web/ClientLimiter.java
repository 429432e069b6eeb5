package vn.thuduc.coordbot.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Flood control for web clients with Telegram's rules: a burst of questions passes, then so many a
 * minute; per browser session and, {@link #ADDRESS_FACTOR} times looser (an office behind one NAT),
 * per client address, so minting new sessions does not escape it. One small lock per client: no
 * contention between clients.
 */
final class ClientLimiter {
  /** How much more an address may send than one session. */
  static final int ADDRESS_FACTOR = 10;
  private static final int FORGET_ABOVE = 50_000;

  private final int burst;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Bucket> sessions = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Bucket> addresses = new ConcurrentHashMap<>();

  ClientLimiter(int burst, int perMinute, LongSupplier nanoTime) {
    this(burst, TimeUnit.MINUTES.toNanos(1) / perMinute, nanoTime);
  }

  private ClientLimiter(int burst, long intervalNanos, LongSupplier nanoTime) {
    this.burst = burst;
    this.intervalNanos = intervalNanos;
    this.nanoTime = nanoTime;
  }

  /** {@code perHour} at once, then {@code perHour} an hour (legal-advice tickets). */
  static ClientLimiter perHour(int perHour, LongSupplier nanoTime) {
    return new ClientLimiter(perHour, TimeUnit.HOURS.toNanos(1) / perHour, nanoTime);
  }

  /**
   * Takes one question from the session and the address; returns 0 when it may be answered, else
   * the seconds to wait (at least 1). A refused question costs nothing.
   */
  long admit(String session, String address) {
    long now = nanoTime.getAsLong();
    prune(sessions, now);
    prune(addresses, now);
    Bucket s = sessions.computeIfAbsent(session, k -> new Bucket(burst, intervalNanos, now));
    Bucket a = addresses.computeIfAbsent(address,
        k -> new Bucket(burst * ADDRESS_FACTOR, Math.max(1, intervalNanos / ADDRESS_FACTOR), now));
    long waitS = s.waitNanos(now);
    long waitA = a.waitNanos(now);
    if (waitS > 0 || waitA > 0) {
      return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(Math.max(waitS, waitA) + 999_999_999L));
    }
    if (!s.take(now)) {
      return 1;
    }
    if (!a.take(now)) {
      s.giveBack();
      return 1;
    }
    return 0;
  }

  private void prune(ConcurrentHashMap<String, Bucket> map, long now) {
    if (map.size() > FORGET_ABOVE) {
      map.values().removeIf(b -> b.full(now));
    }
  }

  /** A token bucket: {@code capacity} tokens, one back every {@code interval}. */
  private static final class Bucket {
    private final int capacity;
    private final long interval;
    private double tokens;
    private long last;

    Bucket(int capacity, long interval, long now) {
      this.capacity = capacity;
      this.interval = interval;
      this.tokens = capacity;
      this.last = now;
    }

    private void refill(long now) {
      if (now > last) {
        tokens = Math.min(capacity, tokens + (double) (now - last) / interval);
        last = now;
      }
    }

    synchronized long waitNanos(long now) {
      refill(now);
      return tokens >= 1 ? 0 : (long) ((1 - tokens) * interval);
    }

    synchronized boolean take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    synchronized void giveBack() {
      tokens = Math.min(capacity, tokens + 1);
    }

    synchronized boolean full(long now) {
      refill(now);
      return tokens >= capacity;
    }
  }
}
