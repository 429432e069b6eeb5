package vn.thuduc.coordbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.JDBC;

/**
 * One SQLite database file and the schema the program creates and migrates ({@code PRAGMA
 * user_version}). Access is serialised through {@link #withConnection}: SQLite has one writer, and
 * one connection with a lock keeps transactions from interleaving. The connection is opened on a
 * thread of its own, and the first use waits for it: loading SQLite's native library and checking
 * the schema took a third of a one-question {@code ask}, which meanwhile sets up everything else.
 */
public final class Database implements AutoCloseable {
  /** Each entry migrates the schema from version i to i + 1. */
  private static final List<List<String>> MIGRATIONS = List.of(List.of(
      "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      "CREATE TABLE source (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, site TEXT NOT NULL, title_vi TEXT NOT NULL,"
          + " title_en TEXT, author TEXT, page_date TEXT, photo_caption_vi TEXT)",
      "CREATE TABLE zone (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, name_vi TEXT NOT NULL,"
          + " name_en TEXT NOT NULL, short_vi TEXT NOT NULL, short_en TEXT NOT NULL, aliases TEXT NOT NULL,"
          + " source TEXT NOT NULL)",
      "CREATE TABLE zone_stat (zone_id TEXT NOT NULL REFERENCES zone(id), as_of TEXT NOT NULL, ord INTEGER NOT NULL,"
          + " enterprises INTEGER NOT NULL, workers INTEGER NOT NULL, source TEXT NOT NULL,"
          + " PRIMARY KEY (zone_id, as_of))",
      "CREATE TABLE area_stat (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, as_of TEXT NOT NULL, area_vi TEXT NOT NULL,"
          + " area_en TEXT NOT NULL, zones TEXT NOT NULL, enterprises INTEGER NOT NULL, workers INTEGER NOT NULL,"
          + " enterprise_share_pct TEXT, worker_share_pct TEXT, source TEXT NOT NULL)",
      "CREATE TABLE industry (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name_vi TEXT NOT NULL, name_en TEXT NOT NULL,"
          + " source TEXT NOT NULL)",
      "CREATE TABLE meeting (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, date TEXT NOT NULL, date_note_vi TEXT,"
          + " date_note_en TEXT, part_of_day TEXT, organiser_vi TEXT NOT NULL, organiser_en TEXT NOT NULL,"
          + " title_vi TEXT NOT NULL, title_en TEXT NOT NULL, reviewed_from INTEGER NOT NULL,"
          + " reviewed_to INTEGER NOT NULL, purpose_vi TEXT, purpose_en TEXT, source TEXT NOT NULL)",
      "CREATE TABLE agreement (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, meeting TEXT NOT NULL, action TEXT NOT NULL,"
          + " from_year INTEGER NOT NULL, to_year INTEGER NOT NULL, party_a_vi TEXT NOT NULL, party_a_en TEXT NOT NULL,"
          + " party_b_vi TEXT NOT NULL, party_b_en TEXT NOT NULL, source TEXT NOT NULL)",
      "CREATE TABLE person (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name TEXT NOT NULL, meeting TEXT NOT NULL,"
          + " roles TEXT NOT NULL, titles_vi TEXT NOT NULL, titles_en TEXT NOT NULL, source TEXT NOT NULL)",
      "CREATE TABLE point (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, meeting TEXT NOT NULL, kind TEXT NOT NULL,"
          + " speaker TEXT, topic TEXT NOT NULL, text_vi TEXT NOT NULL, text_en TEXT NOT NULL,"
          + " keywords_vi TEXT NOT NULL, keywords_en TEXT NOT NULL, source TEXT NOT NULL)",
      "CREATE TABLE award (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, meeting TEXT NOT NULL, award_vi TEXT NOT NULL,"
          + " award_en TEXT NOT NULL, given_by_vi TEXT NOT NULL, given_by_en TEXT NOT NULL,"
          + " recipient_kind TEXT NOT NULL, count INTEGER NOT NULL, reason_vi TEXT, reason_en TEXT,"
          + " from_year INTEGER NOT NULL, to_year INTEGER NOT NULL, recipients TEXT NOT NULL, source TEXT NOT NULL)",
      "CREATE TABLE dataset_version (version INTEGER PRIMARY KEY, at TEXT NOT NULL, checksum TEXT NOT NULL,"
          + " actor TEXT NOT NULL, summary TEXT NOT NULL)",
      "CREATE TABLE user_pref (user_id INTEGER PRIMARY KEY, lang TEXT NOT NULL, updated_at TEXT NOT NULL)",
      "CREATE TABLE question_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, channel TEXT NOT NULL,"
          + " user_hash TEXT, question TEXT NOT NULL, intent TEXT NOT NULL, answered INTEGER NOT NULL,"
          + " millis REAL NOT NULL)",
      "CREATE INDEX question_log_answered ON question_log (answered, id)",
      "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user_id INTEGER NOT NULL,"
          + " action TEXT NOT NULL, allowed INTEGER NOT NULL, detail TEXT)",
      "CREATE TABLE processed_update (update_id INTEGER PRIMARY KEY, at TEXT NOT NULL)"
  ), List.of(
      // the files of every applied version, so that any version can be restored (/rollback)
      "CREATE TABLE dataset_file (version INTEGER NOT NULL, name TEXT NOT NULL, content BLOB NOT NULL,"
          + " PRIMARY KEY (version, name))",
      // one vote per user and logged question; question and intent copied so the log can be pruned
      "CREATE TABLE feedback (question_id INTEGER NOT NULL, user_hash TEXT NOT NULL, vote INTEGER NOT NULL,"
          + " question TEXT NOT NULL, intent TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (question_id, user_hash))",
      // zone_id '*' follows every change
      "CREATE TABLE subscription (chat_id INTEGER NOT NULL, zone_id TEXT NOT NULL, lang TEXT NOT NULL,"
          + " at TEXT NOT NULL, PRIMARY KEY (chat_id, zone_id))",
      // a chat is told about a dataset version at most once
      "CREATE TABLE subscription_notice (version INTEGER NOT NULL, chat_id INTEGER NOT NULL, at TEXT NOT NULL,"
          + " PRIMARY KEY (version, chat_id))"
  ), List.of(
      // chats whose messages Telegram refuses with 403 (the bot was blocked or kicked): no notices until they write
      "CREATE TABLE blocked_chat (chat_id INTEGER PRIMARY KEY, at TEXT NOT NULL, reason TEXT NOT NULL)"
  ), List.of(
      // legal-advice tickets (issue 11): the worker's ids only to relay answers, cleared by /forget and retention
      "CREATE TABLE advice_ticket (id INTEGER PRIMARY KEY AUTOINCREMENT, source_key TEXT NOT NULL UNIQUE,"
          + " user_id INTEGER, chat_id INTEGER, lang TEXT NOT NULL, question TEXT, zone TEXT,"
          + " first_name TEXT, state TEXT NOT NULL, opened_at TEXT NOT NULL, first_answer_at TEXT,"
          + " closed_at TEXT, reminded_at TEXT, blocked INTEGER NOT NULL DEFAULT 0, vote INTEGER,"
          + " group_message_id INTEGER, purged INTEGER NOT NULL DEFAULT 0)",
      "CREATE INDEX advice_ticket_state ON advice_ticket (state, opened_at)",
      "CREATE INDEX advice_ticket_user ON advice_ticket (user_id)",
      // who wrote what in a ticket: 'worker' or 'adviser' (never which adviser)
      "CREATE TABLE advice_message (id INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id INTEGER NOT NULL,"
          + " source_key TEXT NOT NULL UNIQUE, author TEXT NOT NULL, text TEXT, at TEXT NOT NULL)",
      // every bot message about a ticket, in the group or the worker's chat: a reply to it belongs to the ticket
      "CREATE TABLE advice_link (chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL, ticket_id INTEGER NOT NULL,"
          + " PRIMARY KEY (chat_id, message_id))",
      // one row per relay: written with the state change, marked after delivery, so nothing is lost or doubled
      "CREATE TABLE advice_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, source_key TEXT NOT NULL UNIQUE,"
          + " ticket_id INTEGER NOT NULL, chat_id INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,"
          + " reply_to_ticket INTEGER NOT NULL DEFAULT 0, buttons TEXT, created_at TEXT NOT NULL, sent_at TEXT,"
          + " failed TEXT)",
      "CREATE INDEX advice_outbox_unsent ON advice_outbox (sent_at, failed, id)",
      // a worker who typed /tuvan alone: the next message is the question
      "CREATE TABLE advice_pending (user_id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, lang TEXT NOT NULL,"
          + " at TEXT NOT NULL)",
      // workers who were shown what happens to a ticket (once, before the first)
      "CREATE TABLE advice_explained (user_id INTEGER PRIMARY KEY, at TEXT NOT NULL)"
  ), List.of(
      // a person is (channel, id) (issue 22): the language choice, tickets, pending questions and explanations
      // were keyed by a bare number (Telegram's ids, and negative hashes of web sessions)
      "CREATE TABLE user_language (channel TEXT NOT NULL, user_id TEXT NOT NULL, lang TEXT NOT NULL,"
          + " updated_at TEXT NOT NULL, PRIMARY KEY (channel, user_id))",
      "INSERT INTO user_language (channel, user_id, lang, updated_at)"
          + " SELECT 'telegram', CAST(user_id AS TEXT), lang, updated_at FROM user_pref",
      "DROP TABLE user_pref",
      "ALTER TABLE advice_ticket ADD COLUMN channel TEXT",
      "ALTER TABLE advice_ticket ADD COLUMN peer TEXT",
      // web tickets had no chat; their number was a hash of the cookie, kept as 'legacy:N' for the session to claim
      "UPDATE advice_ticket SET channel = CASE WHEN chat_id = 0 THEN 'web' ELSE 'telegram' END,"
          + " peer = CASE WHEN chat_id = 0 THEN 'legacy:' || user_id ELSE CAST(user_id AS TEXT) END"
          + " WHERE user_id IS NOT NULL AND user_id <> 0",
      "CREATE INDEX advice_ticket_peer ON advice_ticket (channel, peer)",
      "CREATE TABLE advice_pending_v5 (channel TEXT NOT NULL, peer TEXT NOT NULL, chat_id INTEGER NOT NULL,"
          + " lang TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (channel, peer))",
      "INSERT INTO advice_pending_v5 (channel, peer, chat_id, lang, at) SELECT 'telegram', CAST(user_id AS TEXT),"
          + " chat_id, lang, at FROM advice_pending",
      "DROP TABLE advice_pending",
      "ALTER TABLE advice_pending_v5 RENAME TO advice_pending",
      "CREATE TABLE advice_explained_v5 (channel TEXT NOT NULL, peer TEXT NOT NULL, at TEXT NOT NULL,"
          + " PRIMARY KEY (channel, peer))",
      "INSERT INTO advice_explained_v5 (channel, peer, at) SELECT CASE WHEN user_id < 0 THEN 'web' ELSE 'telegram'"
          + " END, CASE WHEN user_id < 0 THEN 'legacy:' || user_id ELSE CAST(user_id AS TEXT) END, at"
          + " FROM advice_explained",
      "DROP TABLE advice_explained",
      "ALTER TABLE advice_explained_v5 RENAME TO advice_explained",
      "ALTER TABLE subscription ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram'",
      "ALTER TABLE subscription_notice ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram'",
      "ALTER TABLE blocked_chat ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram'",
      "ALTER TABLE audit ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram'",
      // Zalo's webhook events, kept from the acknowledgement until they are answered (a SIGKILL loses none);
      // event_key is the msg_id (or what stands for it), so an event Zalo sends twice is taken once
      "CREATE TABLE zalo_inbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_key TEXT NOT NULL UNIQUE,"
          + " user_id TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL, done_at TEXT)",
      "CREATE INDEX zalo_inbox_pending ON zalo_inbox (done_at, seq)",
      // the OA's tokens: Zalo's refresh token is single-use, so the new pair is written before it is used;
      // seed is the digest of the ZALO_REFRESH_TOKEN it descends from (a new one from the operator starts over)
      "CREATE TABLE zalo_token (id INTEGER PRIMARY KEY CHECK (id = 1), seed TEXT NOT NULL, access_token TEXT,"
          + " refresh_token TEXT NOT NULL, expires_at TEXT, updated_at TEXT NOT NULL)"
  ), List.of(
      // meeting records: the card as its YAML text, and the passages cut from the original
      "CREATE TABLE record (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, card TEXT NOT NULL)",
      "CREATE TABLE record_passage (record_id TEXT NOT NULL REFERENCES record(id), ord INTEGER NOT NULL,"
          + " paragraph INTEGER NOT NULL, page INTEGER NOT NULL, heading TEXT NOT NULL, start INTEGER NOT NULL,"
          + " end INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (record_id, ord))"
  ), List.of(
      // version 5's Zalo tables became the channel-neutral inbox and token tables below (never used by a release)
      "DROP TABLE zalo_inbox",
      "DROP TABLE zalo_token",
      // events a channel acknowledged before answering them (Zalo's webhook), kept until answered, so a SIGKILL
      // loses none; event_key is the channel's id for the event (Zalo's msg_id), so an event sent twice is taken once
      "CREATE TABLE event_inbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, event_key TEXT NOT NULL,"
          + " user_id TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL, done_at TEXT,"
          + " UNIQUE (channel, event_key))",
      "CREATE INDEX event_inbox_pending ON event_inbox (done_at, seq)",
      // a channel's API tokens (Zalo's refresh token is single-use: the new pair is written before it is used);
      // seed is a digest of the operator's refresh token it descends from (a new one from the operator starts over)
      "CREATE TABLE channel_token (channel TEXT PRIMARY KEY, seed TEXT NOT NULL, access_token TEXT,"
          + " refresh_token TEXT NOT NULL, expires_at TEXT, updated_at TEXT NOT NULL)"
  ), List.of(
      // one ledger of the events every chat channel has answered, keyed by channel: Telegram's update ids
      // (kept as integers: event_key has no type affinity, so they sort as numbers and MAX reads the index)
      // and the keys of the events Zalo's inbox took (its msg_ids), each recognised when offered again
      "CREATE TABLE processed_event (channel TEXT NOT NULL, event_key NOT NULL, at TEXT NOT NULL,"
          + " PRIMARY KEY (channel, event_key))",
      "INSERT INTO processed_event (channel, event_key, at) SELECT 'telegram', update_id, at FROM processed_update",
      "INSERT OR IGNORE INTO processed_event (channel, event_key, at) SELECT channel, event_key, done_at"
          + " FROM event_inbox WHERE done_at IS NOT NULL",
      "DELETE FROM event_inbox WHERE done_at IS NOT NULL",
      "DROP TABLE processed_update"
  ));

  private final CompletableFuture<Connection> connection;
  private final ReentrantLock lock = new ReentrantLock();
  private final Path file;

  private Database(Path file, CompletableFuture<Connection> connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating when needed) {@code dir/coordbot.db} and brings its schema up to date. */
  public static Database open(Path dir) {
    return open(dir, MIGRATIONS.size());
  }

  /** Opens it with the schema of version {@code version} at most (tests make an earlier version's database). */
  static Database open(Path dir, int version) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create " + dir, e);
    }
    Path file = dir.resolve("coordbot.db");
    CompletableFuture<Connection> connection = new CompletableFuture<>();
    // classes rather than lambdas on the way of every start (a lambda is a class made at its first use)
    Thread opener = new Thread(new Runnable() {
      @Override
      public void run() {
        try {
          connection.complete(connect(dir, file, version));
        } catch (Throwable e) {
          connection.completeExceptionally(e);
        }
      }
    }, "coordbot-db-open");
    opener.setDaemon(true);
    opener.start();
    return new Database(file, connection);
  }

  private static Connection connect(Path dir, Path file, int version) {
    DatabaseNativeLibrary.useKept(dir);
    DatabaseNativeLibrary.loadAside();
    try {
      // the driver itself, not DriverManager: that would look for every driver on the class path first
      Connection c = JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
      try {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          s.execute("PRAGMA foreign_keys=ON");
          s.execute("PRAGMA busy_timeout=5000");
        }
        migrate(c, version);
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
      DatabaseNativeLibrary.keep(dir);
      return c;
    } catch (SQLException e) {
      throw new StoreException("cannot open " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  /** Work with the connection while holding the lock. */
  public <T> T withConnection(SqlFunction<T> work) {
    Connection c = connection();
    lock.lock();
    try {
      return work.apply(c);
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** Work in one transaction: committed when {@code work} returns, rolled back when it throws. */
  public <T> T inTransaction(SqlFunction<T> work) {
    return withConnection(new Transaction<>(work));
  }

  /** {@code work} in one transaction. */
  private record Transaction<T>(SqlFunction<T> work) implements SqlFunction<T> {
    @Override
    public T apply(Connection c) throws SQLException {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.apply(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  int schemaVersion() {
    return withConnection(Database::schemaVersion);
  }

  private static int schemaVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Runs the migrations from the file's version up to {@code upTo}, each in one transaction, before anyone else uses it. */
  private static void migrate(Connection c, int upTo) throws SQLException {
    for (int v = schemaVersion(c); v < upTo; v++) {
      final int target = v + 1;
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : MIGRATIONS.get(v)) {
          s.execute(sql);
        }
        s.execute("PRAGMA user_version = " + target);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** The connection, once open; what stopped it from opening, for every use. */
  private Connection connection() {
    try {
      return connection.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new StoreException("cannot open " + file, e.getCause());
    }
  }

  @Override
  public void close() {
    Connection c;
    try {
      c = connection.join();
    } catch (CompletionException e) {
      return; // it never opened: nothing to close
    }
    lock.lock();
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + file, e);
    } finally {
      lock.unlock();
    }
  }

  /** A unit of work over a JDBC connection. */
  @FunctionalInterface
  public interface SqlFunction<T> {
    T apply(Connection c) throws SQLException;
  }
}
