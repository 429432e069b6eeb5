package vn.thuduc.coordbot.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Relay;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.chat.FloodGate;
import vn.thuduc.coordbot.chat.Lanes;
import vn.thuduc.coordbot.config.ZaloSettings;
import vn.thuduc.coordbot.credentials.TokenVault;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.inbound.EventInbox;
import vn.thuduc.coordbot.inbound.InboxWriter;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.preferences.LanguageChoice;
import vn.thuduc.coordbot.questions.Questions;

/**
 * The Zalo OA channel: {@link #webhook} checks the signature, keeps the event in the durable inbox
 * (committed with whatever else arrived meanwhile, {@link InboxWriter}) and answers 200 at once (Zalo
 * retries after about 2 s and disables a webhook that keeps failing);
 * the events are answered on a pool, each user's in the order they came. After a restart, events
 * acknowledged and not answered are answered first; an event Zalo sends twice is answered once. A
 * timer refreshes the access token before it expires and offers again what could not be sent.
 */
public final class ZaloChannel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ZaloChannel.class);
  private static final Duration TICK = Duration.ofSeconds(15);
  /** An event not done this long after it was dispatched (its sends failed for a while) is dispatched again. */
  private static final int MAX_DISPATCHES = 5;
  /** How long a webhook waits for its event's commit before it answers 503 (Zalo then sends it again). */
  private static final Duration KEEP_WAIT = Duration.ofMillis(1500);

  /** The webhook's answer: status and a small JSON body. */
  public record Response(int status, String json) {}

  private final ObjectMapper json = new ObjectMapper();
  private final WebhookSignature signature;
  private final EventInbox inbox;
  private final ZaloTokens tokens;
  private final ZaloBot bot;
  private final ZaloAdvice advice;
  private final AdviceService adviceService;
  private final Metrics metrics;
  private final ExecutorService pool;
  private final Lanes lanes;
  private final ScheduledExecutorService timer;
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final Map<Long, AtomicInteger> dispatches = new ConcurrentHashMap<>();
  private final Object order = new Object();
  private final InboxWriter writer;
  /** The highest event the writer (or the start) has handed to the lanes; guarded by {@code order}. */
  private long handedOn;

  /** The parts of the app the channel works with (the composition root hands them over). */
  public record Parts(Questions questions, LanguageChoice languages, AdviceService advice, EventInbox inbox,
      TokenVault vault, Metrics metrics, Clock clock, int adviceExpectedHours, int floodBurst, int floodPerMinute) {}

  public ZaloChannel(ZaloSettings settings, Parts parts) {
    this(settings, parts, Duration.ofMillis(300));
  }

  /** {@code pause}: the first pause before a retried Zalo call (doubled for each further try). */
  public ZaloChannel(ZaloSettings settings, Parts parts, Duration pause) {
    this.signature = new WebhookSignature(settings.appId(), settings.oaSecret());
    this.inbox = parts.inbox();
    this.metrics = parts.metrics();
    this.adviceService = parts.advice();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ZaloApi api = new ZaloApi(settings.apiUrl(), settings.oauthUrl(), http, json, Duration.ofSeconds(10));
    this.tokens = new ZaloTokens(parts.vault(), api, settings, parts.clock(), metrics);
    ZaloSender sender = new ZaloSender(api, tokens, metrics, json, settings.tries(), pause);
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(settings.workers(), r -> {
      Thread t = new Thread(r, "zalo-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.lanes = new Lanes(pool);
    Messages texts = new Messages("i18n/zalo");
    this.advice = new ZaloAdvice(parts.advice(), sender, texts, lanes, metrics, parts.adviceExpectedHours());
    this.bot = new ZaloBot(parts.questions(), parts.languages(), advice, sender, new ChartRenderer(),
        new FloodGate<>(parts.floodBurst(), parts.floodPerMinute(), System::nanoTime), texts);
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "zalo-timer");
      t.setDaemon(true);
      return t;
    });
    metrics.zaloInbox(() -> inFlight.size());
    this.writer = new InboxWriter(inbox, ev -> {
      synchronized (order) {
        handedOn = Math.max(handedOn, ev.seq());
        dispatch(ev);
      }
    }, "zalo-inbox");
  }

  /** Takes the relays to Zalo workers, answers what was acknowledged before a restart, starts the timer. */
  public ZaloChannel start() {
    adviceService.attach(Channel.ZALO, advice);
    var pending = inbox.pending();
    if (!pending.isEmpty()) {
      LOG.info("zalo: {} events acknowledged before the restart are answered now", pending.size());
    }
    synchronized (order) {
      pending.forEach(ev -> {
        handedOn = Math.max(handedOn, ev.seq());
        dispatch(ev);
      });
    }
    timer.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** False while Zalo refuses the refresh token (an operator must set a new one). */
  public boolean healthy() {
    return tokens.healthy();
  }

  /**
   * {@code POST /zalo/webhook}: 401 unless signed by the OA secret (nothing happens then), 400 for a
   * body that is not an event or has a field out of bounds ({@link ZaloEvent#outOfBounds}; nothing is
   * kept then either), else 200 once the event is kept (or was kept before).
   */
  public Response webhook(byte[] raw, String signatureHeader) {
    long t0 = System.nanoTime();
    try {
      if (signatureHeader == null || signatureHeader.isBlank()) {
        metrics.rejected("zalo", "unsigned");
        return error(401, "unsigned", "the X-ZEvent-Signature header is missing");
      }
      JsonNode body;
      try {
        body = json.readTree(raw);
      } catch (IOException e) {
        body = null;
      }
      if (body == null || !body.isObject()) {
        metrics.rejected("zalo", "bad_json");
        return error(signature.verify(signatureHeader, raw, "") ? 400 : 401, "bad_event", "not a Zalo event");
      }
      if (!signature.verify(signatureHeader, raw, body.path("timestamp").asText(""))) {
        metrics.rejected("zalo", "bad_signature");
        return error(401, "bad_signature", "the signature does not match");
      }
      Optional<String> outOfBounds = ZaloEvent.outOfBounds(body);
      if (outOfBounds.isPresent()) {
        // signed, but not what Zalo sends: refused before anything is kept or counted by its name
        metrics.rejected("zalo", "out_of_bounds");
        return error(400, "bad_event", outOfBounds.get() + " is out of bounds");
      }
      Optional<ZaloEvent> e = ZaloEvent.of(body);
      if (e.isEmpty() || !e.get().wantsAnswer()) {
        metrics.zaloEvent(e.map(ZaloEvent::counted).orElse("other"));
        return new Response(200, "{\"ok\":true}");
      }
      Optional<EventInbox.Event> kept;
      try {
        kept = writer.add(e.get().key(), e.get().userId(), new String(raw, StandardCharsets.UTF_8))
            .get(KEEP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return error(503, "busy", "try again");
      } catch (ExecutionException | TimeoutException ex) {
        // not known to be kept: Zalo sends it again, and the key makes that safe either way
        LOG.warn("zalo: event {} not kept: {}", e.get().key(), ex.toString());
        metrics.rejected("zalo", "not_kept");
        return error(503, "busy", "try again");
      }
      if (kept.isEmpty()) {
        metrics.zaloEvent("duplicate");
        return new Response(200, "{\"ok\":true,\"duplicate\":true}");
      }
      metrics.zaloEvent(e.get().name());
      return new Response(200, "{\"ok\":true}");
    } finally {
      metrics.zaloAck(System.nanoTime() - t0);
    }
  }

  private Response error(int status, String code, String message) {
    return new Response(status, json.createObjectNode().put("error", code).put("message", message).toString());
  }

  private void dispatch(EventInbox.Event ev) {
    if (inFlight.add(ev.seq())) {
      dispatches.computeIfAbsent(ev.seq(), s -> new AtomicInteger()).incrementAndGet();
      lanes.submit(ev.userId(), () -> process(ev));
    }
  }

  private void process(EventInbox.Event ev) {
    boolean done = true;
    Optional<ZaloEvent> e = Optional.empty();
    try {
      e = ZaloEvent.of(json.readTree(ev.body()));
      if (e.isPresent()) {
        bot.handle(e.get());
      }
    } catch (ZaloException ex) {
      switch (ex.kind()) {
        case RETRY, TOKEN, INVALID_GRANT -> {
          // kept: the timer offers it again (a bounded number of times); a restart offers it too
          done = dispatches.getOrDefault(ev.seq(), new AtomicInteger()).get() >= MAX_DISPATCHES;
          LOG.warn("zalo: event {} not answered yet ({}){}", ev.seq(), ex.code(), done ? "; given up" : "");
        }
        case UNREACHABLE -> {
          metrics.zaloUnreached(ex.code());
          LOG.info("zalo: event {}: Zalo will not deliver the answer ({})", ev.seq(), ex.code());
        }
        default -> LOG.warn("zalo: event {}: Zalo refused the answer ({}: {})", ev.seq(), ex.code(), ex.getMessage());
      }
    } catch (IOException | RuntimeException ex) {
      LOG.error("zalo: event {} failed: {}", ev.seq(), ex.toString());
      apologise(e);
    } finally {
      if (done) {
        dispatches.remove(ev.seq());
        // marked done with the next group of the inbox writer; in flight until then, so the timer
        // cannot offer it again in between (a failed mark leaves it pending: offered again, at least once)
        writer.done(ev.seq()).whenComplete((ok, failure) -> {
          if (failure != null) {
            LOG.warn("zalo: event {} answered but not marked done: {}", ev.seq(), failure.toString());
          }
          inFlight.remove(ev.seq());
        });
      } else {
        inFlight.remove(ev.seq());
      }
    }
  }

  private void apologise(Optional<ZaloEvent> e) {
    if (e.isEmpty() || !e.get().isText()) {
      return;
    }
    try {
      bot.apologise(e.get());
    } catch (ZaloException ex) {
      LOG.warn("zalo: the apology could not be sent either ({})", ex.code());
    }
  }

  private void tick() {
    try {
      tokens.refreshIfDue();
      if (tokens.healthy()) {
        offerAgain();
        for (Relay r : adviceService.stale()) {
          Optional<Ticket> t = adviceService.ticket(r.ticketId());
          if (r.chatId() == 0 && t.isPresent() && t.get().on(Channel.ZALO)) {
            advice.deliver(r, t.get());
          }
        }
      }
      inbox.prune();
    } catch (RuntimeException e) {
      LOG.warn("zalo timer: {}", e.toString());
    }
  }

  /**
   * Offers again the events kept and not answered (their sends failed for a while). Only events the
   * writer has handed on (a newer one is its to hand on), not in flight, and still pending now (the
   * list read a moment ago may hold one answered since) are offered: each is answered once.
   */
  private void offerAgain() {
    synchronized (order) {
      for (EventInbox.Event ev : inbox.pending()) {
        if (ev.seq() <= handedOn && !inFlight.contains(ev.seq()) && inbox.isPending(ev.seq())) {
          dispatch(ev);
        }
      }
    }
  }

  @Override
  public void close() {
    adviceService.detach(Channel.ZALO, advice);
    timer.shutdownNow();
    pool.shutdown();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
    writer.close();
  }
}
