package vn.thuduc.coordbot.inbound;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
  /** Kept unless pending already (the inbox's unique key) or answered before (the processed-event ledger). */
  private static final String ADD = "INSERT OR IGNORE INTO event_inbox (channel, event_key, user_id, body,"
      + " received_at) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM processed_event WHERE channel = ?"
      + " AND event_key = ?)";
  private static final String SEQ = "SELECT seq FROM event_inbox WHERE channel = ? AND event_key = ?";
  private static final String PENDING = "SELECT seq, user_id, body FROM event_inbox WHERE channel = ?"
      + " AND done_at IS NULL ORDER BY seq";
  private static final String IS_PENDING = "SELECT 1 FROM event_inbox WHERE seq = ? AND done_at IS NULL";
  /** A done event's key goes to the ledger every chat channel shares, and the event leaves the inbox. */
  private static final String MARK_PROCESSED = "INSERT OR IGNORE INTO processed_event (channel, event_key, at)"
      + " SELECT channel, event_key, ? FROM event_inbox WHERE seq = ?";
  private static final String REMOVE = "DELETE FROM event_inbox WHERE seq = ?";
  private static final String PRUNE = "DELETE FROM processed_event WHERE channel = ? AND at < ?";

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

  /** An event as it arrived, before it is kept: its key against duplicates, its user, its raw body. */
  public record Arrival(String key, String userId, String body) {}

  /** Keeps an event; empty when an event with this key was kept before (a duplicate). */
  public Optional<Event> add(String key, String userId, String body) {
    return addAll(List.of(new Arrival(key, userId, body))).get(0);
  }

  /**
   * Keeps several events in one transaction (one commit for the lot), in the order given; for each, the
   * kept event, or empty when its key was kept before (also earlier in the same list). All or none.
   */
  public List<Optional<Event>> addAll(List<Arrival> arrivals) {
    return write(arrivals, List.of());
  }

  /**
   * In one transaction: marks the events {@code done} (see {@link #done}) and keeps the
   * {@code arrivals} (see {@link #addAll}); the kept events, as {@link #addAll} gives them.
   */
  public List<Optional<Event>> write(List<Arrival> arrivals, List<Long> done) {
    String at = clock.instant().toString();
    return db.inTransaction(c -> {
      for (long seq : done) {
        markDone(c, at, seq);
      }
      List<Optional<Event>> kept = new ArrayList<>(arrivals.size());
      for (Arrival a : arrivals) {
        if (Sql.update(c, ADD, channel.code(), a.key(), a.userId(), a.body(), at, channel.code(), a.key()) == 0) {
          kept.add(Optional.empty());
        } else {
          long seq = Sql.query(c, SEQ, rs -> rs.getLong(1), channel.code(), a.key()).get(0);
          kept.add(Optional.of(new Event(seq, a.userId(), a.body())));
        }
      }
      return kept;
    });
  }

  /** Events kept and not done, oldest first. */
  public List<Event> pending() {
    return db.withConnection(c -> Sql.query(c, PENDING, rs -> new Event(rs.getLong(1), rs.getString(2),
        rs.getString(3)), channel.code()));
  }

  /** True while the event is kept and not done. */
  public boolean isPending(long seq) {
    return !db.withConnection(c -> Sql.query(c, IS_PENDING, rs -> rs.getInt(1), seq)).isEmpty();
  }

  /**
   * The event was answered (or given up on): it leaves the inbox, and its key stays a while in the
   * processed-event ledger against duplicates.
   */
  public void done(long seq) {
    String at = clock.instant().toString();
    db.inTransaction(c -> {
      markDone(c, at, seq);
      return null;
    });
  }

  private static void markDone(Connection c, String at, long seq) throws SQLException {
    Sql.update(c, MARK_PROCESSED, at, seq);
    Sql.update(c, REMOVE, seq);
  }

  /** Forgets this channel's keys of events done longer ago than the keeping time; how many. */
  public int prune() {
    return db.withConnection(c -> Sql.update(c, PRUNE, channel.code(), clock.instant().minus(keepKeys).toString()));
  }
}
