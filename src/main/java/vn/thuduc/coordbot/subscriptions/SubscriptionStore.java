package vn.thuduc.coordbot.subscriptions;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.store.Database;

/**
 * Who follows what: a chat follows a zone, or every change ({@link #ALL}). Also remembers which
 * dataset versions a chat was told about, so that nobody hears of one change twice.
 */
public final class SubscriptionStore {
  /** The zone id that stands for "every change". */
  public static final String ALL = "*";

  private static final String ADD = "INSERT INTO subscription (chat_id, zone_id, lang, at) VALUES (?, ?, ?, ?)"
      + " ON CONFLICT (chat_id, zone_id) DO UPDATE SET lang = excluded.lang";
  private static final String REMOVE_ONE = "DELETE FROM subscription WHERE chat_id = ? AND zone_id = ?";
  private static final String REMOVE_ALL = "DELETE FROM subscription WHERE chat_id = ?";
  private static final String OF_CHAT = "SELECT chat_id, zone_id, lang FROM subscription WHERE chat_id = ?"
      + " ORDER BY zone_id";
  private static final String EVERY = "SELECT chat_id, zone_id, lang FROM subscription ORDER BY chat_id, zone_id";
  private static final String CLAIM = "INSERT OR IGNORE INTO subscription_notice (version, chat_id, at)"
      + " VALUES (?, ?, ?)";

  private final Database db;
  private final Clock clock;

  public SubscriptionStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** One chat following one zone (or {@link #ALL}), with the language its notices are written in. */
  public record Subscription(long chatId, String zoneId, Lang lang) {}

  /** Follows {@code zoneId} (or {@link #ALL}) in {@code chatId}; again is harmless. */
  public void subscribe(long chatId, String zoneId, Lang lang) {
    db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(ADD)) {
        ps.setLong(1, chatId);
        ps.setString(2, zoneId);
        ps.setString(3, lang.code());
        ps.setString(4, clock.instant().toString());
        return ps.executeUpdate();
      }
    });
  }

  /** Stops following {@code zoneId}; returns how many subscriptions ended. */
  public int unsubscribe(long chatId, String zoneId) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(REMOVE_ONE)) {
        ps.setLong(1, chatId);
        ps.setString(2, zoneId);
        return ps.executeUpdate();
      }
    });
  }

  /** Stops everything {@code chatId} follows; returns how many subscriptions ended. */
  public int unsubscribeAll(long chatId) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(REMOVE_ALL)) {
        ps.setLong(1, chatId);
        return ps.executeUpdate();
      }
    });
  }

  public List<Subscription> ofChat(long chatId) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(OF_CHAT)) {
        ps.setLong(1, chatId);
        return read(ps);
      }
    });
  }

  public List<Subscription> all() {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(EVERY)) {
        return read(ps);
      }
    });
  }

  /** Marks {@code chatId} as told about {@code version}; false when it had been already. */
  public boolean claimNotice(long version, long chatId) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
        ps.setLong(1, version);
        ps.setLong(2, chatId);
        ps.setString(3, clock.instant().toString());
        return ps.executeUpdate() == 1;
      }
    });
  }

  private static List<Subscription> read(PreparedStatement ps) throws java.sql.SQLException {
    List<Subscription> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Subscription(rs.getLong(1), rs.getString(2), Lang.fromCode(rs.getString(3)).orElse(Lang.VI)));
      }
    }
    return out;
  }
}
