package vn.thuduc.coordbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.feedback.FeedbackStore;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.questions.AskFields;
import vn.thuduc.coordbot.questions.Asked;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;

/**
 * {@code POST /api/ask}, {@code /api/feedback} and {@code /api/new}: a question in, the JSONL fields
 * of {@code ask --jsonl} plus {@code html} out. The browser session keys the conversation unless the
 * body names one.
 */
final class AskApi {
  static final String CHANNEL = "web";
  static final int MAX_QUESTION = 2000;
  private static final int MAX_CONVERSATION = 128;
  private static final int KEEP_VOTES = 20_000;

  private record Pending(String sid, CompletableFuture<Long> id) {}

  private final Questions questions;
  private final FeedbackStore feedback;
  private final ChartStore charts;
  private final ClientLimiter limiter;
  private final Metrics metrics;
  private final WebText text;
  private final Sessions sessions;
  private final ObjectMapper json;
  private final BooleanSupplier advisers;
  private final Pages pages;
  // answers that can still be voted on: a lock-free map, the oldest evicted through a ring of keys
  // (a synchronized LinkedHashMap here was where request threads queued under load)
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<String> ring = new AtomicReferenceArray<>(KEEP_VOTES);
  private final AtomicLong next = new AtomicLong();

  AskApi(Questions questions, FeedbackStore feedback, ChartStore charts, ClientLimiter limiter,
      Metrics metrics, WebText text, Sessions sessions, ObjectMapper json, BooleanSupplier advisers, Pages pages) {
    this.pages = pages;
    this.advisers = advisers;
    this.questions = questions;
    this.feedback = feedback;
    this.charts = charts;
    this.limiter = limiter;
    this.metrics = metrics;
    this.text = text;
    this.sessions = sessions;
    this.json = json;
  }

  void ask(Context ctx) {
    if (Http.isForm(ctx)) {
      askForm(ctx);
      return;
    }
    Lang pageLang = Http.pageLang(ctx);
    Optional<JsonNode> body = Http.jsonBody(ctx, json, text, metrics, pageLang);
    if (body.isEmpty()) {
      return;
    }
    JsonNode q = body.get().get("question");
    if (q == null || !q.isTextual() || q.asText().isBlank()) {
      metrics.rejected("web", "no_question");
      Http.error(ctx, json, 400, "no_question", text.get(pageLang, "error.no_question"));
      return;
    }
    for (String field : new String[] {"conversation", "lang"}) {
      JsonNode f = body.get().get(field);
      if (f != null && !f.isNull() && !f.isTextual()) {
        metrics.rejected("web", "bad_field");
        Http.error(ctx, json, 400, "bad_field", text.get(pageLang, "error.bad_field", field));
        return;
      }
    }
    String sid = sessions.of(ctx);
    long wait = admit(ctx, sid);
    if (wait > 0) {
      Http.error(ctx, json, 429, "rate_limited", text.get(pageLang, "error.rate", wait));
      return;
    }
    JsonNode c = body.get().get("conversation");
    String conversation = c != null && c.isTextual() && !c.asText().isBlank() ? c.asText() : null;
    if (conversation != null && conversation.length() > MAX_CONVERSATION) {
      conversation = conversation.substring(0, MAX_CONVERSATION);
    }
    JsonNode l = body.get().get("lang");
    Optional<Lang> lang = l != null && l.isTextual() ? Lang.fromCode(l.asText()) : Optional.empty();
    Reply r = answer(sid, cut(q.asText()), conversation, lang);
    Answer a = r.asked().answer();

    String conv = conversation;
    // the fields of ask --jsonl, plus html: written as they are made, no tree
    Http.json(ctx, 200, g -> {
      AskFields.write(g, r.question(), a.answered(), a.text(), a.intent(), a.sources(), r.asked().millis(),
          a.query().orElse(null), conv);
      g.writeStringField("html", r.html());
    });
  }

  /** Seconds the session or address must wait (counted and told in Retry-After), or 0 when admitted. */
  private long admit(Context ctx, String sid) {
    long wait = limiter.admit(sid, Http.clientAddress(ctx));
    if (wait > 0) {
      metrics.rejected("web", "rate");
      ctx.header("Retry-After", Long.toString(wait));
    }
    return wait;
  }

  /**
   * The page's form posted without JavaScript ({@code application/x-www-form-urlencoded}): the same
   * answer, shown as the chat page with the question and its answer, in the browser session's
   * conversation.
   */
  private void askForm(Context ctx) {
    Lang pageLang = Http.pageLang(ctx);
    String question = java.util.Objects.requireNonNullElse(ctx.formParam("question"), "").strip();
    if (question.isEmpty()) {
      ctx.status(400);
      Http.html(ctx, pages.chat(pageLang, null, Pages.note(text.html(pageLang, "error.no_question"))));
      return;
    }
    String sid = sessions.of(ctx);
    long wait = admit(ctx, sid);
    if (wait > 0) {
      ctx.status(429);
      Http.html(ctx, pages.chat(pageLang, null, Pages.note(text.html(pageLang, "error.rate", wait))));
      return;
    }
    Reply r = answer(sid, cut(question), null, Optional.empty());
    Http.html(ctx, pages.chat(pageLang, null, pages.exchange(pageLang, r.question(), r.html())));
  }

  /** A question answered: what was asked (cut to its limit), the answer, and its HTML with the vote token. */
  private record Reply(Asked asked, String question, String html) {}

  private Reply answer(String sid, String question, String conversation, Optional<Lang> lang) {
    Asked asked = questions.ask(Asker.of(Sessions.identity(sid)), new Question(question, lang)
        .inConversation(conversation != null ? "web:api:" + conversation : "web:" + sid));
    Answer a = asked.answer();
    String token = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    pending.put(token, new Pending(sid, asked.logged()));
    String evicted = ring.getAndSet((int) (next.getAndIncrement() % KEEP_VOTES), token);
    if (evicted != null) {
      pending.remove(evicted);
    }
    String chartUrl = a.chart().map(ch -> "/api/charts/" + charts.put(ch.inLang(a.lang())) + ".png").orElse(null);
    String adviser = advisers.getAsBoolean() && AdviceService.offersAdviser(a) ? " data-adviser=\"1\"" : "";
    String html = "<div class=\"answer\" lang=\"" + a.lang().code() + "\" data-feedback=\"" + token + "\"" + adviser
        + ">" + AnswerHtml.render(a, chartUrl, a.chart().map(ch -> ch.title()).orElse("")) + "</div>";
    return new Reply(asked, question, html);
  }

  /** The question cut to {@link #MAX_QUESTION} characters, never inside a surrogate pair. */
  private static String cut(String question) {
    if (question.length() <= MAX_QUESTION) {
      return question;
    }
    int cut = MAX_QUESTION;
    if (Character.isHighSurrogate(question.charAt(cut - 1))) {
      cut--;
    }
    return question.substring(0, cut);
  }

  void vote(Context ctx) throws Exception {
    Lang pageLang = Http.pageLang(ctx);
    Optional<JsonNode> body = Http.jsonBody(ctx, json, text, metrics, pageLang);
    if (body.isEmpty()) {
      return;
    }
    String sid = sessions.of(ctx);
    if (limiter.admit(sid, Http.clientAddress(ctx)) > 0) {
      Http.error(ctx, json, 429, "rate_limited", text.get(pageLang, "error.rate", 60));
      return;
    }
    JsonNode id = body.get().get("id");
    JsonNode vote = body.get().get("vote");
    Pending p;
    p = id != null && id.isTextual() ? pending.get(id.asText()) : null;
    boolean up = vote != null && "up".equals(vote.asText());
    boolean down = vote != null && "down".equals(vote.asText());
    long questionId;
    try {
      questionId = p == null || !p.sid().equals(sid) || !(up || down) ? 0 : p.id().get(3, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      // the question is not in the log yet (the database is held up): nothing to vote on until it is
      metrics.rejected("web", "busy");
      ctx.header("Retry-After", "5");
      Http.error(ctx, json, 503, "busy", text.get(pageLang, "error.busy"));
      return;
    }
    if (questionId <= 0 || !feedback.vote(questionId, Sessions.identity(sid), up)) {
      Http.error(ctx, json, 400, "bad_feedback", text.get(pageLang, "error.bad_feedback"));
      return;
    }
    String thanks = text.get(pageLang, "feedback.thanks");
    Http.json(ctx, 200, g -> {
      g.writeBooleanField("ok", true);
      g.writeStringField("message", thanks);
    });
  }

  /** Starts the session's conversation afresh; a body, when sent, must be JSON like every other. */
  void forget(Context ctx) {
    boolean sent = ctx.req().getAttribute(BodyGate.BODY) instanceof byte[] b && b.length > 0;
    if (sent && Http.jsonBody(ctx, json, text, metrics, Http.pageLang(ctx)).isEmpty()) {
      return;
    }
    String sid = sessions.of(ctx);
    questions.engine().forget("web:" + sid);
    Http.json(ctx, 200, g -> g.writeBooleanField("ok", true));
  }
}
