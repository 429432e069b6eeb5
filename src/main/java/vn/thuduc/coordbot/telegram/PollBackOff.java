package vn.thuduc.coordbot.telegram;

import java.time.Duration;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Waits between failed {@code getUpdates} calls: doubling from {@code first} up to {@code max}, and
 * never "stop" (the library's own back-off can return -1, which its poller passes to
 * {@code Thread.sleep} and dies of).
 */
final class PollBackOff implements BackOff {
  private final long firstMillis;
  private final long maxMillis;
  private long current;

  PollBackOff(Duration first, Duration max) {
    this.firstMillis = first.toMillis();
    this.maxMillis = max.toMillis();
    this.current = firstMillis;
  }

  @Override
  public synchronized void reset() {
    current = firstMillis;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    long wait = current;
    current = Math.min(maxMillis, current * 2);
    return wait;
  }
}
