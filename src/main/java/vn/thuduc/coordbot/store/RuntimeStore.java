package vn.thuduc.coordbot.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.identity.Identity;

/**
 * Runtime tables that survive a reload: each user's language, the question log (with a salted
 * hash of the user id, never the id), the audit of admin actions, processed Telegram updates (their
 * rows of the processed-event ledger, keyed by channel).
 */
public final class RuntimeStore {
  private static final String GET_LANG = "SELECT lang FROM user_language WHERE channel = ? AND user_id = ?";
  private static final String SET_LANG = "INSERT INTO user_language (channel, user_id, lang, updated_at)"
      + " VALUES (?, ?, ?, ?) ON CONFLICT (channel, user_id) DO UPDATE SET lang = excluded.lang,"
      + " updated_at = excluded.updated_at";
  private static final String LOG_QUESTION = "INSERT INTO question_log (at, channel, user_hash, question, intent,"
      + " answered, millis) VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String UNANSWERED = "SELECT question, COUNT(*) AS n, MAX(at) AS last FROM question_log"
      + " WHERE answered = 0 GROUP BY question ORDER BY last DESC LIMIT ?";
  private static final String AUDIT = "INSERT INTO audit (at, user_id, action, allowed, detail) VALUES (?, ?, ?, ?, ?)";
  private static final String AUDIT_LIST = "SELECT at, user_id, action, allowed, detail FROM audit ORDER BY id DESC"
      + " LIMIT ?";
  // Telegram's rows of the one processed-event ledger (update ids kept as integers)
  private static final String MARK_UPDATE = "INSERT OR IGNORE INTO processed_event (channel, event_key, at)"
      + " VALUES ('telegram', ?, ?)";
  private static final String IS_PROCESSED = "SELECT 1 FROM processed_event WHERE channel = 'telegram'"
      + " AND event_key = ?";
  private static final String LAST_UPDATE = "SELECT COALESCE(MAX(event_key), 0) FROM processed_event"
      + " WHERE channel = 'telegram'";
  private static final String PRUNE_UPDATES = "DELETE FROM processed_event WHERE channel = 'telegram'"
      + " AND event_key < ?";
  private static final String GET_META = "SELECT value FROM meta WHERE key = ?";
  private static final String PUT_META = "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)";
  private static final int MAX_LOGGED_QUESTION = 1000;
  private static final String MARK_BLOCKED = "INSERT INTO blocked_chat (chat_id, at, reason) VALUES (?, ?, ?)"
      + " ON CONFLICT (chat_id) DO UPDATE SET at = excluded.at, reason = excluded.reason";
  private static final String UNMARK_BLOCKED = "DELETE FROM blocked_chat WHERE chat_id = ?";
  private static final String BLOCKED = "SELECT chat_id FROM blocked_chat";

  private final Database db;
  private final Clock clock;
  /**
   * Read from the database when a user is first hashed, not when the store is made: a start goes on
   * while the database opens (see {@link Database}), and a one-question {@code ask} hashes no one.
   */
  private volatile byte[] salt;

  public RuntimeStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** An unanswered question, how often it was asked, and when last. */
  public record Unanswered(String question, int times, Instant last) {}

  /** One audited admin action or refusal. */
  public record AuditEntry(Instant at, long userId, String action, boolean allowed, String detail) {}

  /** The code of the language {@code who} chose ({@code /lang}: {@code vi}, {@code en}), if they did. */
  public Optional<String> userLang(Identity who) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(GET_LANG)) {
        ps.setString(1, who.channel().code());
        ps.setString(2, who.id());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /** Keeps {@code who}'s choice of language ({@code code}: {@code vi}, {@code en}). */
  public void setUserLang(Identity who, String code) {
    db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(SET_LANG)) {
        ps.setString(1, who.channel().code());
        ps.setString(2, who.id());
        ps.setString(3, code);
        ps.setString(4, clock.instant().toString());
        return ps.executeUpdate();
      }
    });
  }

  /**
   * One question as the log keeps it.
   *
   * @param user what the user's salted hash is taken over ({@link Identity#hashInput()}); empty: no user
   */
  public record LoggedQuestion(String channel, String user, String question, String intent, boolean answered,
      double millis) {}

  /**
   * Logs a question and returns its id (feedback buttons carry it); the user id is stored only as a
   * salted hash ({@code userId} 0 = no user).
   */
  public long logQuestion(String channel, long userId, String question, String intent, boolean answered,
      double millis) {
    return logQuestions(List.of(new LoggedQuestion(channel, userId == 0 ? "" : Long.toString(userId), question, intent,
        answered, millis)))[0];
  }

  /**
   * Logs several questions in one transaction (one disk sync for the lot) and returns their ids in
   * order; all or none are logged.
   */
  public long[] logQuestions(List<LoggedQuestion> batch) {
    String at = clock.instant().toString();
    // a class, not a lambda: every ask logs its question (a lambda is a class made at its first use)
    return db.inTransaction(new Database.SqlFunction<long[]>() {
      @Override
      public long[] apply(Connection c) throws SQLException {
        return insertQuestions(c, at, batch);
      }
    });
  }

  private long[] insertQuestions(Connection c, String at, List<LoggedQuestion> batch) throws SQLException {
    long[] ids = new long[batch.size()];
    try (PreparedStatement ps = c.prepareStatement(LOG_QUESTION, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < ids.length; i++) {
        LoggedQuestion e = batch.get(i);
        String q = e.question().length() > MAX_LOGGED_QUESTION
            ? e.question().substring(0, MAX_LOGGED_QUESTION) : e.question();
        ps.setString(1, at);
        ps.setString(2, e.channel());
        ps.setString(3, e.user().isEmpty() ? null : userHash(e.user()));
        ps.setString(4, q);
        ps.setString(5, e.intent());
        ps.setInt(6, e.answered() ? 1 : 0);
        ps.setDouble(7, e.millis());
        ps.executeUpdate();
        // the driver reads the new id after each insert anyway: a query of our own would be a second one
        try (ResultSet rs = ps.getGeneratedKeys()) {
          ids[i] = rs.next() ? rs.getLong(1) : 0L;
        }
      }
    }
    return ids;
  }

  /** The latest distinct questions the bot could not answer, newest first. */
  public List<Unanswered> unanswered(int limit) {
    return db.withConnection(c -> {
      List<Unanswered> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(UNANSWERED)) {
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Unanswered(rs.getString(1), rs.getInt(2), Instant.parse(rs.getString(3))));
          }
        }
      }
      return out;
    });
  }

  public void audit(long userId, String action, boolean allowed, String detail) {
    db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(AUDIT)) {
        ps.setString(1, clock.instant().toString());
        ps.setLong(2, userId);
        ps.setString(3, action);
        ps.setInt(4, allowed ? 1 : 0);
        ps.setString(5, detail);
        return ps.executeUpdate();
      }
    });
  }

  /** The latest audit entries, newest first. */
  public List<AuditEntry> auditLog(int limit) {
    return db.withConnection(c -> {
      List<AuditEntry> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(AUDIT_LIST)) {
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new AuditEntry(Instant.parse(rs.getString(1)), rs.getLong(2), rs.getString(3),
                rs.getInt(4) == 1, rs.getString(5)));
          }
        }
      }
      return out;
    });
  }

  /** Records that an update was handled; false when it had been already (a duplicate). */
  public boolean markProcessed(long updateId) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(MARK_UPDATE)) {
        ps.setLong(1, updateId);
        ps.setString(2, clock.instant().toString());
        return ps.executeUpdate() == 1;
      }
    });
  }

  public boolean isProcessed(long updateId) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(IS_PROCESSED)) {
        ps.setLong(1, updateId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /** The highest processed update id, 0 when none. */
  public long lastProcessedUpdateId() {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(LAST_UPDATE); ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0L;
      }
    });
  }

  /** Forgets processed ids below {@code keepFrom}; the highest one is always kept. */
  public void pruneProcessedBelow(long keepFrom) {
    db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(PRUNE_UPDATES)) {
        ps.setLong(1, keepFrom);
        return ps.executeUpdate();
      }
    });
  }

  /** The salted hash of a Telegram user (the log and the votes keep it, never the id). */
  public String userHash(long userId) {
    return userHash(Long.toString(userId));
  }

  /** The salted hash of a person on any channel. */
  public String userHash(Identity who) {
    return userHash(who.hashInput());
  }

  private String userHash(String input) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(salt());
      md.update(input.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private byte[] salt() {
    byte[] s = salt;
    if (s == null) {
      synchronized (this) {
        if (salt == null) {
          salt = HexFormat.of().parseHex(loadOrCreateSalt());
        }
        s = salt;
      }
    }
    return s;
  }

  /** The stored salt; a fresh one is made (SecureRandom seeds itself: not at every start) only when none is. */
  private String loadOrCreateSalt() {
    return db.inTransaction(c -> {
      Optional<String> stored = storedSalt(c);
      if (stored.isPresent()) {
        return stored.get();
      }
      byte[] fresh = new byte[16];
      new SecureRandom().nextBytes(fresh);
      try (PreparedStatement ps = c.prepareStatement(PUT_META)) {
        ps.setString(1, "user_hash_salt");
        ps.setString(2, HexFormat.of().formatHex(fresh));
        ps.executeUpdate();
      }
      // another process may have stored one first: theirs is kept (INSERT OR IGNORE) and read back
      return storedSalt(c).orElseThrow();
    });
  }

  private static Optional<String> storedSalt(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(GET_META)) {
      ps.setString(1, "user_hash_salt");
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }


  /** Marks a chat whose messages Telegram refuses (403: blocked, kicked, deactivated). */
  public void markBlocked(long chatId, String reason) {
    db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(MARK_BLOCKED)) {
        ps.setLong(1, chatId);
        ps.setString(2, clock.instant().toString());
        ps.setString(3, reason.length() > 200 ? reason.substring(0, 200) : reason);
        return ps.executeUpdate();
      }
    });
  }

  /** The chat wrote again: it is no longer marked; false when it was not. */
  public boolean unmarkBlocked(long chatId) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(UNMARK_BLOCKED)) {
        ps.setLong(1, chatId);
        return ps.executeUpdate() == 1;
      }
    });
  }

  /** Every chat marked by {@link #markBlocked}. */
  public java.util.Set<Long> blockedChats() {
    return db.withConnection(c -> {
      java.util.Set<Long> out = new java.util.HashSet<>();
      try (PreparedStatement ps = c.prepareStatement(BLOCKED); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    });
  }
}
