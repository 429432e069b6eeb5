package vn.thuduc.coordbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.advice.AdviceException;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.WorkerDesk;
import vn.thuduc.coordbot.advice.Advisers;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.advice.TicketMessage;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * The legal-advice ticket on the web page: {@code POST /api/advice} opens one for the browser
 * session (the advisers get it in their Telegram group), {@code GET /api/advice} lists the session's
 * tickets with the advisers' answers, and {@code /api/advice/followup}, {@code /close}, {@code /vote}
 * act on one of them. The session is the worker: another browser sees nothing of it. Each request
 * may carry a {@code request} id so that a retried POST changes nothing.
 */
final class AdviceApi {
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  private final AdviceService advice;
  private final ClientLimiter limiter;
  private final Metrics metrics;
  private final WebText text;
  private final Sessions sessions;
  private final ObjectMapper json;
  private final int expectedHours;
  private final ClientLimiter tickets;
  private final int maxQuestion;
  /** The worker's ticket flows, shared with Zalo; relays go to the advisers off the request thread. */
  private final WorkerDesk desk;
  private final Executor writes;
  private final SecureRandom random = new SecureRandom();

  /**
   * {@code tickets}: how many tickets a session (and an address) may open; {@code maxQuestion}: the
   * longest ticket question (one message in the advisers' group); {@code relays}: where relays are
   * sent from; {@code writes}: where the tickets' transactions run (one thread: SQLite has one writer).
   */
  AdviceApi(AdviceService advice, ClientLimiter limiter, ClientLimiter tickets, int maxQuestion, Executor relays,
      Executor writes, Metrics metrics, WebText text, Sessions sessions, ObjectMapper json, int expectedHours) {
    this.writes = writes;
    this.advice = advice;
    this.tickets = tickets;
    this.maxQuestion = maxQuestion;
    // the worker is answered at once while the group's send limit (about 20 messages a minute) paces the outbox
    this.desk = new WorkerDesk(advice, relays);
    this.expectedHours = expectedHours;
    this.limiter = limiter;
    this.metrics = metrics;
    this.text = text;
    this.sessions = sessions;
    this.json = json;
  }

  /** True while a worker on the web can reach the advisers (the bot runs with an advisers' group). */
  boolean available() {
    return advice.advisers().isPresent();
  }

  /** {@code GET /api/advice}: whether advisers can be reached, and the session's tickets. */
  void list(Context ctx) {
    Lang lang = Http.pageLang(ctx);
    String sid = sessions.of(ctx);
    Identity user = Sessions.identity(sid);
    offThread(ctx, lang, () -> listNow(ctx, lang, sid, user));
  }

  private void listNow(Context ctx, Lang lang, String sid, Identity user) {
    advice.claim(Sessions.legacy(sid), user);
    ObjectNode o = json.createObjectNode();
    o.put("available", available());
    ArrayNode list = o.putArray("tickets");
    for (Ticket t : advice.ofUser(user)) {
      if (!t.onWeb()) {
        continue;
      }
      List<TicketMessage> messages;
      try {
        messages = advice.messages(t.id(), user);
      } catch (AdviceException e) {
        continue; // deleted meanwhile
      }
      ObjectNode n = list.addObject();
      n.put("ticket", t.id());
      n.put("state", t.state().name().toLowerCase(java.util.Locale.ROOT));
      n.put("state_text", text.get(lang, "advice.state." + t.state().name().toLowerCase(java.util.Locale.ROOT)));
      n.put("opened_at", t.openedAt().toString());
      n.put("question", t.question());
      if (t.helpful().isPresent()) {
        n.put("vote", t.helpful().get() ? "up" : "down");
      } else {
        n.putNull("vote");
      }
      ArrayNode ms = n.putArray("messages");
      for (TicketMessage m : messages) {
        ObjectNode mn = ms.addObject();
        mn.put("from", m.fromAdviser() ? "adviser" : "you");
        mn.put("text", m.text());
        mn.put("at", m.at().toString());
      }
    }
    Http.json(ctx, json, 200, o);
  }

  /** {@code POST /api/advice} with {@code {"question": ..., "request"?: ...}}: opens a ticket. */
  void open(Context ctx) {
    Optional<Admitted> in = admit(ctx, false);
    if (in.isEmpty()) {
      return;
    }
    Lang pageLang = in.get().lang();
    String sid = in.get().sid();
    JsonNode body = in.get().body();
    Advisers advisers = in.get().advisers();
    String question = field(body, "question");
    if (question.isBlank()) {
      Http.error(ctx, json, 400, "no_question", text.get(pageLang, "advice.empty"));
      return;
    }
    if (question.length() > maxQuestion) {
      Http.error(ctx, json, 400, "too_long", text.get(pageLang, "advice.too_long", maxQuestion));
      return;
    }
    long wait = tickets.admit(sid, Http.clientAddress(ctx));
    if (wait > 0) {
      metrics.rejected("web", "tickets");
      ctx.header("Retry-After", Long.toString(wait));
      Http.error(ctx, json, 429, "too_many_tickets", text.get(pageLang, "advice.too_many", (wait + 59) / 60));
      return;
    }
    Lang lang = Lang.fromCode(field(body, "lang")).orElse(pageLang);
    String key = "web:" + sid + ":open:" + request(body, question);
    offThread(ctx, pageLang, () -> {
      try {
        AdviceService.Outcome o = desk.open(advisers, key, Sessions.identity(sid), lang, question);
        String message = text.get(lang, "advice.opened", o.ticket().id(), expectedHours);
        Http.json(ctx, o.fresh() ? 201 : 200, g -> {
          g.writeNumberField("ticket", o.ticket().id());
          g.writeStringField("message", message);
        });
      } catch (AdviceException e) {
        refused(ctx, pageLang, e);
      }
    });
  }

  /** {@code POST /api/advice/followup} with {@code {"ticket": N, "message": ...}}. */
  void followUp(Context ctx) {
    act(ctx, (sid, id, body, advisers, lang) -> {
      String message = field(body, "message");
      if (message.isBlank()) {
        throw new AdviceException(AdviceException.Reason.EMPTY, id);
      }
      // the ticket is part of the key: a request id replayed on another ticket is a new operation, whose
      // ownership is checked like any other
      desk.followUp(advisers, "web:" + sid + ":followup:" + id + ":" + request(body, message), id,
          Sessions.identity(sid), message);
      return text.get(lang, "advice.followup.sent", id);
    });
  }

  /** {@code POST /api/advice/close} with {@code {"ticket": N}}: the worker closes their ticket. */
  void close(Context ctx) {
    act(ctx, (sid, id, body, advisers, lang) -> {
      // without a request id each close is its own: closing a closed ticket is a 409, not a replay
      String req = REQUEST_ID.matcher(field(body, "request")).matches() ? field(body, "request")
          : Long.toHexString(random.nextLong());
      desk.close(advisers, "web:" + sid + ":close:" + id + ":" + req, id, Sessions.identity(sid));
      return text.get(lang, "advice.closed", id);
    });
  }

  /** {@code POST /api/advice/vote} with {@code {"ticket": N, "vote": "up"|"down"}} on a closed ticket. */
  void vote(Context ctx) {
    act(ctx, (sid, id, body, advisers, lang) -> {
      String v = field(body, "vote");
      if (!v.equals("up") && !v.equals("down")) {
        throw new AdviceException(AdviceException.Reason.EMPTY, id);
      }
      advice.vote(id, Sessions.identity(sid), v.equals("up"));
      return text.get(lang, "advice.voted");
    });
  }

  @FunctionalInterface
  private interface Action {
    String apply(String sid, long ticket, JsonNode body, Advisers advisers, Lang lang) throws AdviceException;
  }

  /** What every ticket request needs, once its body, flood limit and advisers were checked. */
  private record Admitted(String sid, JsonNode body, Advisers advisers, Lang lang) {}

  /**
   * Reads the body, takes one request from the flood limit, checks the ticket number ({@code
   * forTicket}) and finds the advisers, in that order (a bad request is a 4xx even while no adviser
   * can be reached); when one of them fails the error (400, 413, 429, 503) is already sent and the
   * result is empty.
   */
  private Optional<Admitted> admit(Context ctx, boolean forTicket) {
    Lang lang = Http.pageLang(ctx);
    Optional<JsonNode> body = Http.jsonBody(ctx, json, text, metrics, lang);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    String sid = sessions.of(ctx);
    if (limited(ctx, sid, lang)) {
      return Optional.empty();
    }
    if (forTicket && ticket(body.get()) <= 0) {
      Http.error(ctx, json, 400, "no_ticket", text.get(lang, "advice.no_ticket"));
      return Optional.empty();
    }
    Optional<Advisers> advisers = advice.advisers();
    if (advisers.isEmpty()) {
      Http.error(ctx, json, 503, "no_advisers", text.get(lang, "advice.unavailable"));
      return Optional.empty();
    }
    return Optional.of(new Admitted(sid, body.get(), advisers.get(), lang));
  }

  private void act(Context ctx, Action action) {
    Optional<Admitted> in = admit(ctx, true);
    if (in.isEmpty()) {
      return;
    }
    Lang lang = in.get().lang();
    offThread(ctx, lang, () -> {
      try {
        String message = action.apply(in.get().sid(), ticket(in.get().body()), in.get().body(), in.get().advisers(),
            lang);
        Http.json(ctx, 200, g -> {
          g.writeBooleanField("ok", true);
          g.writeStringField("message", message);
        });
      } catch (AdviceException e) {
        refused(ctx, lang, e);
      }
    });
  }

  /**
   * Runs a ticket's reads and writes on the tickets' own thread and answers from there: a request
   * thread never waits for SQLite's lock, so a flood of tickets cannot take the threads that
   * questions and {@code /healthz} need. A full queue is a 503 with {@code Retry-After}.
   */
  private void offThread(Context ctx, Lang lang, Runnable work) {
    CompletableFuture<Void> done;
    try {
      done = CompletableFuture.runAsync(work, writes);
    } catch (RejectedExecutionException e) {
      metrics.rejected("web", "busy");
      ctx.header("Retry-After", "5");
      Http.error(ctx, json, 503, "busy", text.get(lang, "error.busy"));
      return;
    }
    ctx.future(() -> done);
  }

  /** The body's ticket number: a whole positive JSON number ({@code 1.9} is not ticket 1), else 0. */
  private static long ticket(JsonNode body) {
    JsonNode id = body.get("ticket");
    return id != null && id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0 ? id.asLong() : 0;
  }

  private boolean limited(Context ctx, String sid, Lang lang) {
    long wait = limiter.admit(sid, Http.clientAddress(ctx));
    if (wait <= 0) {
      return false;
    }
    metrics.rejected("web", "rate");
    ctx.header("Retry-After", Long.toString(wait));
    Http.error(ctx, json, 429, "rate_limited", text.get(lang, "error.rate", wait));
    return true;
  }

  /** A refusal as the worker should read it; someone else's ticket looks like no ticket at all. */
  private void refused(Context ctx, Lang lang, AdviceException e) {
    switch (e.reason()) {
      case CLOSED -> Http.error(ctx, json, 409, "closed", text.get(lang, "advice.refused.closed", e.ticketId()));
      case STILL_OPEN -> Http.error(ctx, json, 409, "still_open", text.get(lang, "advice.refused.open", e.ticketId()));
      case EMPTY -> Http.error(ctx, json, 400, "empty", text.get(lang, "advice.empty"));
      default -> Http.error(ctx, json, 404, "no_such_ticket", text.get(lang, "advice.refused.none",
          e.ticketId()));
    }
  }

  private static String field(JsonNode body, String name) {
    JsonNode n = body.get(name);
    return n != null && n.isTextual() ? n.asText() : "";
  }

  /** The client's request id, or (without one) a digest of what it sends, so a retry is the same operation. */
  private static String request(JsonNode body, String content) {
    String r = field(body, "request");
    if (REQUEST_ID.matcher(r).matches()) {
      return r;
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always there", e);
    }
  }
}
