package vn.thuduc.coordbot.advice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.identity.Identity;

/**
 * The SQL of tickets, their messages, links, outbox, pending questions and explanations. Every
 * method runs on a connection the caller holds (inside one transaction where it matters). It is long
 * because it is the SQL of seven tables, one small method per statement, and nothing else.
 */
final class TicketStore {
  private static final String COLUMNS = "id, channel, peer, chat_id, lang, question, zone, first_name, state,"
      + " opened_at, first_answer_at, closed_at, reminded_at, blocked, vote, group_message_id";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM advice_ticket WHERE id = ?";
  private static final String BY_KEY = "SELECT " + COLUMNS + " FROM advice_ticket WHERE source_key = ?";
  private static final String BY_LINK = "SELECT t.id FROM advice_link l JOIN advice_ticket t ON t.id = l.ticket_id"
      + " WHERE l.chat_id = ? AND l.message_id = ?";
  private static final String OPEN_LIST = "SELECT " + COLUMNS + " FROM advice_ticket WHERE state <> 'CLOSED'"
      + " AND purged = 0 ORDER BY id";
  private static final String OF_USER = "SELECT " + COLUMNS + " FROM advice_ticket WHERE channel = ? AND peer = ?"
      + " ORDER BY id";
  private static final String CLAIM = "UPDATE advice_ticket SET peer = ? WHERE channel = ? AND peer = ?";
  private static final String ALL = "SELECT " + COLUMNS + " FROM advice_ticket ORDER BY id";
  private static final String INSERT = "INSERT INTO advice_ticket (source_key, user_id, channel, peer, chat_id, lang,"
      + " question, zone, state, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)";
  private static final String ANSWERED = "UPDATE advice_ticket SET state = CASE WHEN state = 'OPEN' THEN 'ANSWERED'"
      + " ELSE state END, first_answer_at = COALESCE(first_answer_at, ?) WHERE id = ?";
  private static final String CLOSE = "UPDATE advice_ticket SET state = 'CLOSED', closed_at = ? WHERE id = ?";
  private static final String REMINDED = "UPDATE advice_ticket SET reminded_at = ? WHERE id = ?";
  private static final String BLOCKED = "UPDATE advice_ticket SET blocked = 1 WHERE id = ?";
  private static final String UNBLOCKED = "UPDATE advice_ticket SET blocked = 0 WHERE id = ?";
  private static final String FIRST_NAME = "UPDATE advice_ticket SET first_name = ? WHERE id = ?";
  private static final String VOTE = "UPDATE advice_ticket SET vote = ? WHERE id = ?";
  private static final String GROUP_MESSAGE = "UPDATE advice_ticket SET group_message_id = COALESCE(group_message_id,"
      + " ?) WHERE id = ?";
  private static final String INSERT_MESSAGE = "INSERT INTO advice_message (ticket_id, source_key, author, text, at)"
      + " VALUES (?, ?, ?, ?, ?)";
  private static final String MESSAGES = "SELECT author, text, at FROM advice_message WHERE ticket_id = ?"
      + " AND author IN ('worker', 'adviser') AND text IS NOT NULL ORDER BY id";
  private static final String MESSAGE_EXISTS = "SELECT 1 FROM advice_message WHERE source_key = ?";
  private static final String LINK = "INSERT OR IGNORE INTO advice_link (chat_id, message_id, ticket_id)"
      + " VALUES (?, ?, ?)";
  private static final String OUTBOX_INSERT = "INSERT OR IGNORE INTO advice_outbox (source_key, ticket_id, chat_id,"
      + " kind, text, reply_to_ticket, buttons, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String OUTBOX_COLUMNS = "id, source_key, ticket_id, chat_id, kind, text, reply_to_ticket,"
      + " buttons";
  private static final String OUTBOX_BY_PREFIX = "SELECT " + OUTBOX_COLUMNS + " FROM advice_outbox"
      + " WHERE source_key >= ? AND source_key < ? AND sent_at IS NULL AND failed IS NULL ORDER BY id";
  private static final String OUTBOX_STALE = "SELECT " + OUTBOX_COLUMNS + " FROM advice_outbox"
      + " WHERE sent_at IS NULL AND failed IS NULL AND created_at < ? AND created_at > ? ORDER BY id";
  private static final String OUTBOX_PENDING = "SELECT 1 FROM advice_outbox WHERE id = ? AND sent_at IS NULL"
      + " AND failed IS NULL";
  private static final String OUTBOX_SENT = "UPDATE advice_outbox SET sent_at = ? WHERE id = ?";
  private static final String OUTBOX_FAILED = "UPDATE advice_outbox SET failed = ? WHERE id = ?";
  private static final String PENDING_SET = "INSERT INTO advice_pending (channel, peer, chat_id, lang, at)"
      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, peer) DO UPDATE SET chat_id = excluded.chat_id,"
      + " lang = excluded.lang, at = excluded.at";
  private static final String PENDING_GET = "SELECT at FROM advice_pending WHERE channel = ? AND peer = ?";
  private static final String PENDING_DEL = "DELETE FROM advice_pending WHERE channel = ? AND peer = ?";
  private static final String EXPLAINED_GET = "SELECT 1 FROM advice_explained WHERE channel = ? AND peer = ?";
  private static final String EXPLAINED_SET = "INSERT OR IGNORE INTO advice_explained (channel, peer, at)"
      + " VALUES (?, ?, ?)";
  private static final String EXPLAINED_CLAIM = "UPDATE OR IGNORE advice_explained SET peer = ? WHERE channel = ?"
      + " AND peer = ?";
  private static final String QUESTION_OF = "SELECT question FROM question_log WHERE id = ? AND user_hash = ?";

  Optional<Ticket> byId(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
      ps.setLong(1, id);
      return one(ps);
    }
  }

  Optional<Ticket> byKey(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(BY_KEY)) {
      ps.setString(1, key);
      return one(ps);
    }
  }

  Optional<Long> byLink(Connection c, long chatId, long messageId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(BY_LINK)) {
      ps.setLong(1, chatId);
      ps.setLong(2, messageId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  List<Ticket> openTickets(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(OPEN_LIST)) {
      return many(ps);
    }
  }

  List<Ticket> ofUser(Connection c, Identity who) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(OF_USER)) {
      ps.setString(1, who.channel().code());
      ps.setString(2, who.id());
      return many(ps);
    }
  }

  /** Gives the tickets and the explanation of {@code from} to {@code to} (same channel); how many tickets. */
  int claim(Connection c, Identity from, Identity to) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(EXPLAINED_CLAIM)) {
      ps.setString(1, to.id());
      ps.setString(2, from.channel().code());
      ps.setString(3, from.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
      ps.setString(1, to.id());
      ps.setString(2, from.channel().code());
      ps.setString(3, from.id());
      return ps.executeUpdate();
    }
  }

  List<Ticket> all(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(ALL)) {
      return many(ps);
    }
  }

  long insert(Connection c, String key, Identity who, long chatId, Lang lang, String question, String zone,
      Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, key);
      // the Telegram user id as earlier versions kept it; the identity is (channel, peer)
      if (who.telegramId().isPresent()) {
        ps.setLong(2, who.telegramId().getAsLong());
      } else {
        ps.setNull(2, Types.INTEGER);
      }
      ps.setString(3, who.channel().code());
      ps.setString(4, who.id());
      ps.setLong(5, chatId);
      ps.setString(6, lang.code());
      ps.setString(7, question);
      if (zone == null) {
        ps.setNull(8, Types.VARCHAR);
      } else {
        ps.setString(8, zone);
      }
      ps.setString(9, at.toString());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void answered(Connection c, long id, Instant at) throws SQLException {
    update(c, ANSWERED, at.toString(), id);
  }

  void close(Connection c, long id, Instant at) throws SQLException {
    update(c, CLOSE, at.toString(), id);
  }

  void reminded(Connection c, long id, Instant at) throws SQLException {
    update(c, REMINDED, at.toString(), id);
  }

  void blocked(Connection c, long id, boolean blocked) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(blocked ? BLOCKED : UNBLOCKED)) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  void firstName(Connection c, long id, String name) throws SQLException {
    update(c, FIRST_NAME, name, id);
  }

  void vote(Connection c, long id, boolean up) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(VOTE)) {
      ps.setInt(1, up ? 1 : -1);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  void groupMessage(Connection c, long id, int messageId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(GROUP_MESSAGE)) {
      ps.setInt(1, messageId);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  /** Records a message of a ticket; false when {@code key} was recorded before (a replayed update). */
  boolean message(Connection c, long ticketId, String key, String author, String text, Instant at)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(MESSAGE_EXISTS)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return false;
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_MESSAGE)) {
      ps.setLong(1, ticketId);
      ps.setString(2, key);
      ps.setString(3, author);
      ps.setString(4, text);
      ps.setString(5, at.toString());
      ps.executeUpdate();
      return true;
    }
  }

  /** The worker's and the advisers' words in ticket {@code ticketId}, oldest first. */
  List<TicketMessage> messages(Connection c, long ticketId) throws SQLException {
    List<TicketMessage> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(MESSAGES)) {
      ps.setLong(1, ticketId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new TicketMessage("adviser".equals(rs.getString(1)), rs.getString(2), Instant.parse(rs.getString(3))));
        }
      }
    }
    return out;
  }

  boolean messageExists(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(MESSAGE_EXISTS)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  void link(Connection c, long chatId, long messageId, long ticketId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(LINK)) {
      ps.setLong(1, chatId);
      ps.setLong(2, messageId);
      ps.setLong(3, ticketId);
      ps.executeUpdate();
    }
  }

  void enqueue(Connection c, String key, long ticketId, Relay.Draft d, Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(OUTBOX_INSERT)) {
      ps.setString(1, key);
      ps.setLong(2, ticketId);
      ps.setLong(3, d.chatId());
      ps.setString(4, d.kind());
      ps.setString(5, d.text());
      ps.setInt(6, d.replyToTicket() ? 1 : 0);
      ps.setString(7, d.buttons());
      ps.setString(8, at.toString());
      ps.executeUpdate();
    }
  }

  /** Unsent relays whose key starts with {@code prefix}, in the order they were written. */
  List<Relay> unsent(Connection c, String prefix) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(OUTBOX_BY_PREFIX)) {
      ps.setString(1, prefix);
      ps.setString(2, prefix + '\uffff');
      return relays(ps);
    }
  }

  /** Unsent relays written between {@code after} and {@code before}. */
  List<Relay> stale(Connection c, Instant before, Instant after) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(OUTBOX_STALE)) {
      ps.setString(1, before.toString());
      ps.setString(2, after.toString());
      return relays(ps);
    }
  }

  boolean stillUnsent(Connection c, long relayId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(OUTBOX_PENDING)) {
      ps.setLong(1, relayId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  void sent(Connection c, long relayId, Instant at) throws SQLException {
    update(c, OUTBOX_SENT, at.toString(), relayId);
  }

  void failed(Connection c, long relayId, String why) throws SQLException {
    update(c, OUTBOX_FAILED, why, relayId);
  }

  void pending(Connection c, Identity who, long chatId, Lang lang, Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(PENDING_SET)) {
      ps.setString(1, who.channel().code());
      ps.setString(2, who.id());
      ps.setLong(3, chatId);
      ps.setString(4, lang.code());
      ps.setString(5, at.toString());
      ps.executeUpdate();
    }
  }

  Optional<Instant> pendingSince(Connection c, Identity who) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(PENDING_GET)) {
      ps.setString(1, who.channel().code());
      ps.setString(2, who.id());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Instant.parse(rs.getString(1))) : Optional.empty();
      }
    }
  }

  void clearPending(Connection c, Identity who) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(PENDING_DEL)) {
      ps.setString(1, who.channel().code());
      ps.setString(2, who.id());
      ps.executeUpdate();
    }
  }

  boolean explained(Connection c, Identity who) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(EXPLAINED_GET)) {
      ps.setString(1, who.channel().code());
      ps.setString(2, who.id());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  void markExplained(Connection c, Identity who, Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(EXPLAINED_SET)) {
      ps.setString(1, who.channel().code());
      ps.setString(2, who.id());
      ps.setString(3, at.toString());
      ps.executeUpdate();
    }
  }

  Optional<String> loggedQuestion(Connection c, long questionId, String userHash) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(QUESTION_OF)) {
      ps.setLong(1, questionId);
      ps.setString(2, userHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Deletes the texts and the worker's ids of tickets (they stay as counted, anonymous rows). */
  int purge(Connection c, String where, Object... args) throws SQLException {
    String ids = "SELECT id FROM advice_ticket WHERE " + where;
    int n;
    List<Long> list = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(ids)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          list.add(rs.getLong(1));
        }
      }
    }
    n = list.size();
    for (long id : list) {
      for (String sql : new String[] {
          "DELETE FROM advice_message WHERE ticket_id = ?",
          "DELETE FROM advice_outbox WHERE ticket_id = ?",
          "DELETE FROM advice_link WHERE ticket_id = ?",
          "UPDATE advice_ticket SET user_id = NULL, peer = NULL, chat_id = NULL, question = NULL, zone = NULL,"
              + " first_name = NULL, purged = 1 WHERE id = ?"}) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setLong(1, id);
          ps.executeUpdate();
        }
      }
    }
    return n;
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  private static void update(Connection c, String sql, String value, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  private static Optional<Ticket> one(PreparedStatement ps) throws SQLException {
    List<Ticket> list = many(ps);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  private static List<Ticket> many(PreparedStatement ps) throws SQLException {
    List<Ticket> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int vote = rs.getInt(15);
        boolean noVote = rs.wasNull();
        int group = rs.getInt(16);
        boolean noGroup = rs.wasNull();
        String peer = rs.getString(3);
        Optional<Identity> worker = peer == null ? Optional.empty()
            : Channel.fromCode(rs.getString(2)).map(ch -> new Identity(ch, peer));
        out.add(new Ticket(rs.getLong(1), worker, rs.getLong(4), Lang.fromCode(rs.getString(5)).orElse(Lang.VI),
            rs.getString(6) == null ? "" : rs.getString(6), Optional.ofNullable(rs.getString(7)),
            Optional.ofNullable(rs.getString(8)), Ticket.State.valueOf(rs.getString(9)), Instant.parse(rs.getString(10)),
            instant(rs.getString(11)), instant(rs.getString(12)), rs.getString(13) != null, rs.getInt(14) != 0,
            noVote ? Optional.empty() : Optional.of(vote > 0), noGroup ? Optional.empty() : Optional.of(group)));
      }
    }
    return out;
  }

  private static Optional<Instant> instant(String s) {
    return s == null ? Optional.empty() : Optional.of(Instant.parse(s));
  }

  private static List<Relay> relays(PreparedStatement ps) throws SQLException {
    List<Relay> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Relay(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
            rs.getString(6), rs.getInt(7) != 0, rs.getString(8)));
      }
    }
    return out;
  }
}
