package vn.thuduc.coordbot.advice;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.store.Database;

/**
 * The rules of advice tickets, for any channel: open, answer, follow up, close, vote, share a name,
 * remind, forget, expire. Each operation is keyed by what caused it (an update id), so that doing it
 * again (a redelivered update after a crash) changes nothing and returns the relays not yet sent.
 * It is long because each of its dozen operations is one short transaction with its own refusals; the
 * SQL is {@link TicketStore}'s and the channels' texts are theirs.
 */
public final class AdviceService {
  /** Longest question or answer kept; Telegram's messages are 4096 characters, longer ones are split. */
  public static final int MAX_TEXT = 8000;
  private static final Duration PENDING_FOR = Duration.ofHours(1);
  private static final Duration STALE_AFTER = Duration.ofSeconds(30);
  private static final Duration GIVE_UP_AFTER = Duration.ofDays(2);

  /** The ticket after an operation and the relays still to deliver ({@code fresh}: done just now). */
  public record Outcome(Ticket ticket, List<Relay> relays, boolean fresh) {}

  /** The messages an operation sends, worked out from the ticket it produced (its number known). */
  @FunctionalInterface
  public interface Relays {
    List<Relay.Draft> of(Ticket ticket);
  }

  private final Database db;
  private final TicketStore store = new TicketStore();
  private final Clock clock;
  private final Duration remindAfter;
  private final Duration retention;
  private volatile Advisers advisers;
  private final java.util.Map<Channel, WorkerChannel> workerChannels = new java.util.concurrent.ConcurrentHashMap<>();

  public AdviceService(Database db, Clock clock, Duration remindAfter, Duration retention) {
    this.db = db;
    this.clock = clock;
    this.remindAfter = remindAfter;
    this.retention = retention;
  }

  /** Opens a ticket with {@code question} (the zone the worker named, if any). */
  public Outcome open(String key, Identity who, long chatId, Lang lang, String question, Optional<String> zone,
      Relays relays) throws AdviceException {
    String text = clean(question);
    if (text.isEmpty()) {
      throw new AdviceException(AdviceException.Reason.EMPTY, 0);
    }
    return db.inTransaction(c -> {
      Optional<Ticket> before = store.byKey(c, key);
      if (before.isPresent()) {
        return new Outcome(before.get(), store.unsent(c, key + ":"), false);
      }
      Instant now = clock.instant();
      long id = store.insert(c, key, who, chatId, lang, text, zone.orElse(null), now);
      store.message(c, id, key, "worker", text, now);
      store.clearPending(c, who);
      Ticket t = store.byId(c, id).orElseThrow();
      enqueue(c, key, t, relays, now);
      store.markExplained(c, who, now);
      return new Outcome(t, store.unsent(c, key + ":"), true);
    });
  }

  /** Personal legal problems, law answers and not-found answers offer a person (on every channel). */
  public static boolean offersAdviser(Answer a) {
    return "advice".equals(a.intent()) || "law".equals(a.intent()) || !a.answered();
  }

  /** The advisers' channel from now on (the Telegram bot attaches its desk while it runs). */
  public void attach(Advisers a) {
    advisers = a;
  }

  /** Detaches {@code a} if it is the attached one (the bot stopping). */
  public void detach(Advisers a) {
    if (advisers == a) {
      advisers = null;
    }
  }

  /** {@code w} delivers the relays to workers of {@code channel} from now on (Zalo, while it runs). */
  public void attach(Channel channel, WorkerChannel w) {
    workerChannels.put(channel, w);
  }

  /** Detaches {@code w} if it is the one attached for {@code channel}. */
  public void detach(Channel channel, WorkerChannel w) {
    workerChannels.remove(channel, w);
  }

  /** What delivers relays to the worker of {@code t}, when the worker's channel does that itself. */
  public Optional<WorkerChannel> workerChannel(Ticket t) {
    return t.worker().map(w -> workerChannels.get(w.channel()));
  }

  /** The advisers' channel, while one is attached: without it a web worker cannot reach a person. */
  public Optional<Advisers> advisers() {
    return Optional.ofNullable(advisers);
  }

  /**
   * The messages of ticket {@code id} for the worker who opened it: their question and follow-ups
   * and the advisers' answers, oldest first.
   */
  public List<TicketMessage> messages(long id, Identity who) throws AdviceException {
    try {
      return db.withConnection(c -> {
        try {
          owned(c, id, who);
        } catch (AdviceException e) {
          throw new Refused(e);
        }
        return store.messages(c, id);
      });
    } catch (Refused r) {
      throw r.reason;
    }
  }

  /** True once the worker was told what happens to a ticket. */
  public boolean explained(Identity who) {
    return db.withConnection(c -> store.explained(c, who));
  }

  /** An adviser's answer to ticket {@code id}. */
  public Outcome answer(String key, long id, String answer, Relays relays) throws AdviceException {
    String text = clean(answer);
    return change(key, id, c -> {
      Ticket t = live(c, id);
      if (t.isClosed()) {
        throw new AdviceException(AdviceException.Reason.CLOSED, id);
      }
      if (text.isEmpty()) {
        throw new AdviceException(AdviceException.Reason.EMPTY, id);
      }
      Instant now = clock.instant();
      store.message(c, id, key, "adviser", text, now);
      store.answered(c, id, now);
      return now;
    }, relays);
  }

  /** The worker's follow-up on their own ticket {@code id}. */
  public Outcome followUp(String key, long id, Identity who, String message, Relays relays) throws AdviceException {
    String text = clean(message);
    return change(key, id, c -> {
      Ticket t = owned(c, id, who);
      if (t.isClosed()) {
        throw new AdviceException(AdviceException.Reason.CLOSED, id);
      }
      if (text.isEmpty()) {
        throw new AdviceException(AdviceException.Reason.EMPTY, id);
      }
      Instant now = clock.instant();
      store.message(c, id, key, "worker", text, now);
      return now;
    }, relays);
  }

  /** Closes ticket {@code id}: an adviser or admin ({@code staff}), or the worker who opened it. */
  public Outcome close(String key, long id, Identity who, boolean staff, Relays relays) throws AdviceException {
    return change(key, id, c -> {
      Ticket t = staff ? live(c, id) : owned(c, id, who);
      if (t.isClosed()) {
        throw new AdviceException(AdviceException.Reason.CLOSED, id);
      }
      Instant now = clock.instant();
      store.message(c, id, key, staff ? "close:adviser" : "close:worker", null, now);
      store.close(c, id, now);
      return now;
    }, relays);
  }

  /** The worker lets the advisers see their first name (once). */
  public Outcome shareName(String key, long id, Identity who, String firstName, Relays relays)
      throws AdviceException {
    String name = clean(firstName);
    return change(key, id, c -> {
      Ticket t = owned(c, id, who);
      if (name.isEmpty() || t.firstName().isPresent()) {
        throw new AdviceException(AdviceException.Reason.EMPTY, id);
      }
      Instant now = clock.instant();
      store.message(c, id, key, "share", null, now);
      store.firstName(c, id, name.length() > 64 ? name.substring(0, 64) : name);
      return now;
    }, relays);
  }

  /** The worker's 👍/👎 on the help with a closed ticket; a later vote replaces the first. */
  public void vote(long id, Identity who, boolean helpful) throws AdviceException {
    try {
      db.inTransaction(c -> {
        try {
          Ticket t = owned(c, id, who);
          if (!t.isClosed()) {
            throw new AdviceException(AdviceException.Reason.STILL_OPEN, id);
          }
        } catch (AdviceException e) {
          throw new Refused(e);
        }
        store.vote(c, id, helpful);
        return null;
      });
    } catch (Refused r) {
      throw r.reason;
    }
  }

  /** The worker cannot be reached (blocked the bot): the ticket is marked and the group told, once per relay. */
  public Outcome blocked(Relay failedRelay, Relays relays) throws AdviceException {
    String key = "blocked:" + failedRelay.id();
    return change(key, failedRelay.ticketId(), c -> {
      Instant now = clock.instant();
      store.failed(c, failedRelay.id(), "blocked");
      store.blocked(c, failedRelay.ticketId(), true);
      store.message(c, failedRelay.ticketId(), key, "blocked", null, now);
      return now;
    }, relays);
  }

  /** Open tickets nobody answered within the reminder time and not reminded yet. */
  public List<Ticket> dueReminders() {
    Instant cutoff = clock.instant().minus(remindAfter);
    return openTickets().stream().filter(t -> t.unanswered() && !t.reminded() && !t.openedAt().isAfter(cutoff))
        .toList();
  }

  /** Reminds ticket {@code id} in the group (once). */
  public Outcome remind(long id, Relays relays) throws AdviceException {
    return change("remind:" + id, id, c -> {
      Instant now = clock.instant();
      store.message(c, id, "remind:" + id, "remind", null, now);
      store.reminded(c, id, now);
      return now;
    }, relays);
  }

  /** Relays that should have gone out by now but have not (their sender failed or the bot died). */
  public List<Relay> stale() {
    Instant now = clock.instant();
    return db.withConnection(c -> store.stale(c, now.minus(STALE_AFTER), now.minus(GIVE_UP_AFTER)));
  }

  /** Records a relay as delivered as the given messages (a reply to any of them belongs to the ticket). */
  public void delivered(Relay r, List<Integer> messageIds) {
    db.inTransaction(c -> {
      for (int m : messageIds) {
        store.link(c, r.chatId(), m, r.ticketId());
      }
      if (r.kind().equals("post") && !messageIds.isEmpty()) {
        store.groupMessage(c, r.ticketId(), messageIds.get(0));
      }
      store.sent(c, r.id(), clock.instant());
      return null;
    });
  }

  /** True while the relay is neither sent nor given up (a sender checks it after claiming the relay). */
  public boolean stillUnsent(Relay r) {
    return db.withConnection(c -> store.stillUnsent(c, r.id()));
  }

  /** A relay that cannot be delivered and will not be tried again. */
  public void failed(Relay r, String why) {
    db.withConnection(c -> {
      store.failed(c, r.id(), why);
      return null;
    });
  }

  public Optional<Ticket> ticket(long id) {
    return db.withConnection(c -> store.byId(c, id));
  }

  /** The ticket a bot message (in the group or a worker's chat) belongs to. */
  public Optional<Ticket> byMessage(long chatId, long messageId) {
    return db.withConnection(c -> {
      Optional<Long> id = store.byLink(c, chatId, messageId);
      return id.isPresent() ? store.byId(c, id.get()) : Optional.empty();
    });
  }

  /** Tickets not closed, oldest first. */
  public List<Ticket> openTickets() {
    return db.withConnection(store::openTickets);
  }

  /** A worker's own tickets, oldest first. */
  public List<Ticket> ofUser(Identity who) {
    return db.withConnection(c -> store.ofUser(c, who));
  }

  /**
   * Gives what {@code from} opened to {@code to} (a web session's tickets from before identities had a
   * channel, kept under the session's old number); how many tickets changed hands.
   */
  public int claim(Identity from, Identity to) {
    return db.inTransaction(c -> store.claim(c, from, to));
  }

  /** The next message of this worker is the question (after {@code /tuvan} alone). */
  public void awaitQuestion(Identity who, long chatId, Lang lang) {
    db.withConnection(c -> {
      store.pending(c, who, chatId, lang, clock.instant());
      return null;
    });
  }

  /** True when the worker's message now is the question they were asked for (within an hour). */
  public boolean awaitsQuestion(Identity who) {
    return db.withConnection(c -> {
      Optional<Instant> since = store.pendingSince(c, who);
      if (since.isPresent() && since.get().plus(PENDING_FOR).isBefore(clock.instant())) {
        store.clearPending(c, who);
        return false;
      }
      return since.isPresent();
    });
  }

  public void cancelAwait(Identity who) {
    db.withConnection(c -> {
      store.clearPending(c, who);
      return null;
    });
  }

  /** The text of a logged question, when {@code userHash} asked it. */
  public Optional<String> loggedQuestion(long questionId, String userHash) {
    return db.withConnection(c -> store.loggedQuestion(c, questionId, userHash));
  }

  /** Deletes every ticket text of a worker and forgets who they were; returns how many tickets. */
  public int forget(Identity who) {
    return db.inTransaction(c -> {
      store.clearPending(c, who);
      return store.purge(c, "channel = ? AND peer = ?", who.channel().code(), who.id());
    });
  }

  /** Deletes the texts of tickets closed longer ago than the retention time; returns how many. */
  public int purgeExpired() {
    String cutoff = clock.instant().minus(retention).toString();
    return db.inTransaction(c -> store.purge(c, "state = 'CLOSED' AND purged = 0 AND closed_at < ?", cutoff));
  }

  /** Every ticket, personal data or not, for statistics. */
  public List<Ticket> all() {
    return db.withConnection(store::all);
  }

  public Clock clock() {
    return clock;
  }

  // ---- internals ------------------------------------------------------------------------------

  @FunctionalInterface
  private interface Change {
    Instant apply(Connection c) throws SQLException, AdviceException;
  }

  /** Applies {@code change} unless {@code key} was applied before; then enqueues the relays. */
  private Outcome change(String key, long id, Change change, Relays relays) throws AdviceException {
    try {
      return db.inTransaction(c -> {
        if (store.messageExists(c, key)) {
          return new Outcome(store.byId(c, id).orElseThrow(), store.unsent(c, key + ":"), false);
        }
        Instant now;
        try {
          now = change.apply(c);
        } catch (AdviceException e) {
          throw new Refused(e);
        }
        Ticket t = store.byId(c, id).orElseThrow();
        enqueue(c, key, t, relays, now);
        return new Outcome(t, store.unsent(c, key + ":"), true);
      });
    } catch (Refused r) {
      throw r.reason;
    }
  }

  /** Carries a refusal out of the transaction (which rolls back). */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient AdviceException reason;

    Refused(AdviceException reason) {
      super(reason.getMessage(), null, false, false);
      this.reason = reason;
    }
  }

  private void enqueue(Connection c, String key, Ticket t, Relays relays, Instant now) throws SQLException {
    List<Relay.Draft> drafts = relays.of(t);
    for (int i = 0; i < drafts.size(); i++) {
      store.enqueue(c, key + ":" + i + ":" + drafts.get(i).kind(), t.id(), drafts.get(i), now);
    }
  }

  private Ticket live(Connection c, long id) throws SQLException, AdviceException {
    Optional<Ticket> t = store.byId(c, id);
    if (t.isEmpty() || t.get().purged()) {
      throw new AdviceException(AdviceException.Reason.NO_SUCH_TICKET, id);
    }
    return t.get();
  }

  private Ticket owned(Connection c, long id, Identity who) throws SQLException, AdviceException {
    Optional<Ticket> t = store.byId(c, id);
    if (t.isEmpty() || t.get().purged()) {
      throw new AdviceException(AdviceException.Reason.NO_SUCH_TICKET, id);
    }
    if (!t.get().of(who)) {
      throw new AdviceException(AdviceException.Reason.NOT_YOURS, id);
    }
    return t.get();
  }

  private static String clean(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
  }

}
