package vn.thuduc.coordbot.telegram.transport;

import vn.thuduc.coordbot.chat.RateSchedule;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import vn.thuduc.coordbot.config.Settings;

/**
 * Keeps the bot's sends within Telegram's limits: a rate for all chats together and one per chat
 * (slower for groups). A chat may take a small burst at once; across chats, time is cut into slots
 * of {@code 1 s / perSecond} holding one message each, so no second ever carries more than the
 * global rate, and a chat booked far ahead does not hold back the others. A send over a limit
 * waits for its slot; nothing is dropped.
 */
public final class OutgoingLimiter {
  private static final int FORGET_ABOVE = 10_000;

  private final long slotNanos;
  /** Global slots (time / slotNanos) already booked, from now on. */
  private final TreeSet<Long> booked = new TreeSet<>();
  private final long chatInterval;
  private final long groupInterval;
  private final int chatBurst;
  private final LongSupplier nanoTime;
  private final BotApi.Sleeper sleeper;
  private final Map<String, RateSchedule> chats = new HashMap<>();

  public OutgoingLimiter(int perSecond, int chatPerMinute, int groupPerMinute, int chatBurst, LongSupplier nanoTime,
      BotApi.Sleeper sleeper) {
    this.slotNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    this.chatInterval = TimeUnit.MINUTES.toNanos(1) / chatPerMinute;
    this.groupInterval = TimeUnit.MINUTES.toNanos(1) / groupPerMinute;
    this.chatBurst = chatBurst;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** The limits from the settings, on the system clock. */
  public static OutgoingLimiter of(Settings s, BotApi.Sleeper sleeper) {
    return new OutgoingLimiter(s.sendPerSecond(), s.chatPerMinute(), s.groupPerMinute(), s.chatBurst(),
        System::nanoTime, sleeper);
  }

  /** Waits until a message to {@code chatId} may go out; returns how long it waited. */
  public Duration acquire(String chatId) throws InterruptedException {
    long wait = book(chatId);
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
    return Duration.ofNanos(Math.max(0, wait));
  }

  /** Books the next slot for {@code chatId}; the nanoseconds until it. */
  public synchronized long book(String chatId) {
    long now = nanoTime.getAsLong();
    if (chats.size() > FORGET_ABOVE) {
      chats.values().removeIf(s -> s.idle(now));
    }
    RateSchedule chat = chats.computeIfAbsent(chatId, id -> new RateSchedule(
        isGroup(id) ? groupInterval : chatInterval, chatBurst));
    booked.headSet(Math.floorDiv(now, slotNanos)).clear();
    long earliest = chat.earliest(now);
    long slot = Math.floorDiv(earliest, slotNanos);
    while (booked.contains(slot)) {
      slot++;
    }
    booked.add(slot);
    long at = Math.max(earliest, slot * slotNanos);
    chat.book(at);
    return at - now;
  }

  /** Groups and channels have negative ids (or an {@code @name}). */
  private static boolean isGroup(String chatId) {
    return chatId.startsWith("-") || chatId.startsWith("@");
  }
}
