package vn.thuduc.coordbot.inbound;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.Sql;

/**
 * One channel's durable inbox: {@link #add} before the acknowledgement, {@link #done} after the
 * answer; {@link #pending} after a restart gives back what was acknowledged and not answered, in the
 * order it came. Keys of done events are kept for a while so a late duplicate is still recognised.
 */
public final class EventInbox {
  private static final String ADD = "INSERT OR IGNORE INTO event_inbox (channel, event_key, user_id, body,"
      + " received_at) VALUES (?, ?, ?, ?, ?)";
  private static final String SEQ = "SELECT seq FROM event_inbox WHERE channel = ? AND event_key = ?";
  private static final String PENDING = "SELECT seq, user_id, body FROM event_inbox WHERE channel = ?"
      + " AND done_at IS NULL ORDER BY seq";
  private static final String DONE = "UPDATE event_inbox SET done_at = ?, body = '' WHERE seq = ?";
  private static final String PRUNE = "DELETE FROM event_inbox WHERE channel = ? AND done_at IS NOT NULL"
      + " AND done_at < ?";

  /** An event kept in the inbox: its place in arrival order, the user it came from, its raw body. */
  public record Event(long seq, String userId, String body) {}

  private final Database db;
  private final Channel channel;
  private final Clock clock;
  private final Duration keepKeys;

  public EventInbox(Database db, Channel channel, Clock clock, Duration keepKeys) {
    this.db = db;
    this.channel = channel;
    this.clock = clock;
    this.keepKeys = keepKeys;
  }

  /** Keeps an event; empty when an event with this key was kept before (a duplicate). */
  public Optional<Event> add(String key, String userId, String body) {
    return db.withConnection(c -> {
      int added = Sql.update(c, ADD, channel.code(), key, userId, body, clock.instant().toString());
      if (added == 0) {
        return Optional.<Event>empty();
      }
      long seq = Sql.query(c, SEQ, rs -> rs.getLong(1), channel.code(), key).get(0);
      return Optional.of(new Event(seq, userId, body));
    });
  }

  /** Events kept and not done, oldest first. */
  public List<Event> pending() {
    return db.withConnection(c -> Sql.query(c, PENDING, rs -> new Event(rs.getLong(1), rs.getString(2),
        rs.getString(3)), channel.code()));
  }

  /** The event was answered (or given up on): its body goes, its key stays a while against duplicates. */
  public void done(long seq) {
    db.withConnection(c -> Sql.update(c, DONE, clock.instant().toString(), seq));
  }

  /** Forgets the keys of events done longer ago than the keeping time; how many. */
  public int prune() {
    return db.withConnection(c -> Sql.update(c, PRUNE, channel.code(), clock.instant().minus(keepKeys).toString()));
  }
}
