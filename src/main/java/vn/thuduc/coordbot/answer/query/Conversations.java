package vn.thuduc.coordbot.answer.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.thuduc.coordbot.answer.Lang;

/**
 * What each conversation was last about, so a follow-up can build on it: bounded (least recently
 * used dropped first) and forgotten after a time to live. Thread-safe; time comes from the clock.
 */
public final class Conversations {
  /**
   * One conversation's frame: the last statistics query (empty after a topic question), the topic
   * of the last topic question with a seed text to complete follow-ups, a person it named, the
   * language, and when it was set.
   */
  public record Frame(Optional<StatQuery> query, Optional<String> topicSeed, Optional<String> person, Lang lang,
      Instant at, java.util.List<String> recentZones) {}

  private final Clock clock;
  private final Duration ttl;
  private final int max;
  private final LinkedHashMap<String, Frame> frames;

  public Conversations(Clock clock, Duration ttl, int max) {
    if (ttl.isNegative() || ttl.isZero() || max < 1) {
      throw new IllegalArgumentException("conversation ttl must be positive and max at least 1");
    }
    this.clock = clock;
    this.ttl = ttl;
    this.max = max;
    this.frames = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Frame> eldest) {
        return size() > Conversations.this.max;
      }
    };
  }

  /** The frame of {@code id} when it is still fresh. */
  public synchronized Optional<Frame> get(String id) {
    Frame f = frames.get(id);
    if (f == null) {
      return Optional.empty();
    }
    if (clock.instant().isAfter(f.at().plus(ttl))) {
      frames.remove(id);
      return Optional.empty();
    }
    return Optional.of(f);
  }

  public synchronized void put(String id, Optional<StatQuery> query, Optional<String> topicSeed,
      Optional<String> person, Lang lang) {
    // the zones of the last two questions, for "the two", "hai khu", "both"
    java.util.List<String> recent = new java.util.ArrayList<>();
    Frame before = frames.get(id);
    if (before != null && !clock.instant().isAfter(before.at().plus(ttl))) {
      recent.addAll(before.recentZones());
    }
    java.util.List<String> now = query.map(QueryParser::setOf).map(ZoneSet::namedIds).orElse(java.util.List.of());
    if (!now.isEmpty()) {
      if (now.size() >= 2) {
        recent.clear();
      }
      recent.removeAll(now);
      recent.addAll(now);
    }
    while (recent.size() > 2 && now.size() < 3) {
      recent.remove(0);
    }
    frames.put(id, new Frame(query, topicSeed, person, lang, clock.instant(), java.util.List.copyOf(recent)));
  }

  public synchronized void forget(String id) {
    frames.remove(id);
  }

  public synchronized int size() {
    return frames.size();
  }
}
