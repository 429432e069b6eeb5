package vn.thuduc.coordbot.chat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Incoming flood control per user: a burst of messages passes, then one message per interval. The
 * first message over the limit earns the user one polite notice; further messages over the limit are
 * skipped (no new notice until the user has been quiet long enough to have the whole burst back).
 * Other users are not affected. Keyed by whatever names a user on the channel.
 */
public final class FloodGate<K> {
  private static final int FORGET_ABOVE = 10_000;

  /** What happens to one incoming message. */
  public enum Verdict { PASS, NOTICE, SKIP }

  private final long intervalNanos;
  private final int burst;
  private final LongSupplier nanoTime;
  private final Map<K, Flow> users = new HashMap<>();
  private long skipped;

  private static final class Flow {
    final RateSchedule schedule;
    boolean noticed;

    Flow(RateSchedule schedule) {
      this.schedule = schedule;
    }
  }

  public FloodGate(int burst, int perMinute, LongSupplier nanoTime) {
    this.intervalNanos = TimeUnit.MINUTES.toNanos(1) / perMinute;
    this.burst = burst;
    this.nanoTime = nanoTime;
  }

  /** Decides about one message from {@code userId} arriving now. */
  public synchronized Verdict admit(K userId) {
    long now = nanoTime.getAsLong();
    if (users.size() > FORGET_ABOVE) {
      users.values().removeIf(f -> f.schedule.idle(now));
    }
    Flow flow = users.computeIfAbsent(userId, id -> new Flow(new RateSchedule(intervalNanos, burst)));
    if (flow.schedule.idle(now)) {
      flow.noticed = false; // calm again: a later flood earns a new notice
    }
    if (flow.schedule.earliest(now) <= now) {
      flow.schedule.book(now);
      return Verdict.PASS;
    }
    skipped++;
    if (!flow.noticed) {
      flow.noticed = true;
      return Verdict.NOTICE;
    }
    return Verdict.SKIP;
  }

  /** Messages not answered because of floods since start. */
  public synchronized long skipped() {
    return skipped;
  }
}
