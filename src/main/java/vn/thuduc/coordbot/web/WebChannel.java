package vn.thuduc.coordbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.WebSettings;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.zalo.WebhookSignature;
import vn.thuduc.coordbot.zalo.ZaloChannel;

/**
 * The web channel's HTTP server (Javalin on Jetty 12): routes, security headers, body limits and the
 * error pages. Started by {@code coordbot web} and {@code coordbot serve}; closed with the app.
 */
public final class WebChannel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebChannel.class);
  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  /** Request line and headers together: a browser sends about 1 KB; Jetty's default is 8 KB. */
  private static final int MAX_HEADERS = 8 * 1024;
  private static final String CSP_EMBED = CSP.replace("frame-ancestors 'none'", "frame-ancestors *");

  private final Coordbot app;
  private final AnswerEngine engine;
  private final Metrics metrics;
  private final WebText text = new WebText();
  private final Pages pages;
  private final ObjectMapper json = new ObjectMapper();
  private final AskApi ask;
  private final AdviceApi advice;
  private final StatsApi stats;
  private final Map<String, byte[]> assets = new ConcurrentHashMap<>();
  private final Javalin server;
  private final Optional<ZaloChannel> zalo;
  private final Clients clients;
  private final Sessions sessions;
  private final ConnectionGuard guard;
  private final ScheduledExecutorService sweeper;
  private final ExecutorService relays;

  private WebChannel(Coordbot app, Metrics metrics, String host, int port, int threads, Optional<ZaloChannel> zalo) {
    this.zalo = zalo;
    this.app = app;
    this.engine = app.engine();
    this.metrics = metrics;
    ChartStore charts = new ChartStore();
    app.questions().listen(metrics::question);
    ClientLimiter limiter = new ClientLimiter(app.settings().floodBurst(), app.settings().floodPerMinute(),
        System::nanoTime);
    WebSettings limits = app.settings().web();
    this.pages = new Pages(text, app.settings().adviceExpectedHours(), limits.ticketChars());
    this.stats = new StatsApi(new WebData(app.data(), engine), pages, text, json, charts, app.clock());
    this.sessions = new Sessions();
    this.relays = Executors.newSingleThreadExecutor(r -> new Thread(r, "coordbot-web-relays"));
    this.advice = new AdviceApi(app.advice(), limiter, ClientLimiter.perHour(limits.ticketsPerHour(), System::nanoTime),
        limits.ticketChars(), relays, metrics, text, sessions, json, app.settings().adviceExpectedHours());
    this.ask = new AskApi(app.questions(), app.feedback(), charts, limiter, metrics, text, sessions, json,
        advice::available, pages);
    metrics.datasetVersion(engine::datasetVersion);
    metrics.ticketsOpen(() -> app.advice().openTickets().size());
    for (String name : new String[] {"style.css", "chat.js", "dashboard.js"}) {
      assets.put(name, resource("/web/" + name));
    }
    QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(8, threads));
    pool.setName("coordbot-web");
    this.clients = new Clients(limits.trustedProxies());
    this.guard = new ConnectionGuard(limits.connectionsPerAddress(), limits.idleSeconds() * 1000L,
        limits.trustedProxies(), System::nanoTime);
    BodyGate gate = new BodyGate(Http.MAX_BODY, Duration.ofSeconds(limits.bodySeconds()), guard, this::refusal);
    this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "coordbot-web-guard");
      t.setDaemon(true);
      return t;
    });
    this.server = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = host;
      config.jetty.port = port;
      config.jetty.threadPool = pool;
      config.http.maxRequestSize = Http.MAX_BODY;
      config.http.generateEtags = false;
      config.jetty.modifyHttpConfiguration(h -> {
        h.setSendServerVersion(false);
        h.setRequestHeaderSize(MAX_HEADERS);
        h.setIdleTimeout(limits.idleSeconds() * 1000L);
      });
      // the gate wraps Javalin's servlet context: bodies are in memory before a thread runs a route
      config.jetty.modifyServer(s -> s.setHandler(gate));
      config.routes.before(this::screen);
      config.routes.get("/", ctx -> Http.html(ctx, pages.chat(Http.pageLang(ctx), null)));
      config.routes.get("/embed", ctx -> {
        ctx.header("Content-Security-Policy", CSP_EMBED);
        ctx.res().setHeader("X-Frame-Options", null);
        Http.html(ctx, pages.chat(Http.pageLang(ctx), sessions.fresh()));
      });
      config.routes.get("/dashboard", stats::dashboard);
      config.routes.post("/api/ask", ask::ask);
      config.routes.post("/api/feedback", ask::vote);
      config.routes.post("/api/new", ask::forget);
      config.routes.get("/api/advice", advice::list);
      config.routes.post("/api/advice", advice::open);
      config.routes.post("/api/advice/followup", advice::followUp);
      config.routes.post("/api/advice/close", advice::close);
      config.routes.post("/api/advice/vote", advice::vote);
      config.routes.get("/api/stats", stats::stats);
      config.routes.get("/api/stats.csv", stats::statsCsv);
      config.routes.get("/api/chart.png", stats::chart);
      config.routes.get("/api/charts/{key}", stats::answerChart);
      config.routes.get("/static/{name}", this::asset);
      config.routes.get("/healthz", this::health);
      config.routes.post("/zalo/webhook", this::zaloWebhook);
      config.routes.get("/metrics", ctx -> {
        ctx.contentType(Metrics.contentType());
        ctx.result(metrics.scrape());
      });
      config.routes.exception(MethodNotAllowed.class, (e, ctx) -> {
        ctx.header("Allow", "GET, POST");
        Http.error(ctx, json, 405, "method_not_allowed", text.get(Http.pageLang(ctx), "error.method"));
      });
      config.routes.exception(Exception.class, this::failed);
      config.routes.error(404, ctx -> {
        if (ctx.res().isCommitted()) {
          return; // the handler wrote its own 404
        }
        if (ctx.path().startsWith("/api/") || !acceptsHtml(ctx)) {
          Http.error(ctx, json, 404, "not_found", text.get(Http.pageLang(ctx), "error.not_found"));
        } else {
          ctx.status(404);
          Http.html(ctx, pages.notFound(Http.pageLang(ctx)));
        }
      });
    });
  }

  /** Starts the web channel of {@code app} on the configured address and port. */
  public static WebChannel start(Coordbot app, Metrics metrics) {
    return start(app, metrics, Optional.empty());
  }

  /** Starts it with Zalo's webhook ({@code POST /zalo/webhook}) when {@code zalo} is given. */
  public static WebChannel start(Coordbot app, Metrics metrics, Optional<ZaloChannel> zalo) {
    return start(app, metrics, app.settings().webBind(), app.settings().webPort(), app.settings().webThreads(), zalo);
  }

  /** Starts it on {@code host}:{@code port} (0: any free port) with at most {@code threads} threads. */
  public static WebChannel start(Coordbot app, Metrics metrics, String host, int port, int threads) {
    return start(app, metrics, host, port, threads, Optional.empty());
  }

  /** Starts it on {@code host}:{@code port}, with Zalo's webhook when {@code zalo} is given. */
  public static WebChannel start(Coordbot app, Metrics metrics, String host, int port, int threads,
      Optional<ZaloChannel> zalo) {
    WebChannel w = new WebChannel(app, metrics, host, port, threads, zalo);
    w.server.start();
    for (Connector c : w.server.jettyServer().server().getConnectors()) {
      if (c instanceof AbstractConnector a) {
        a.setIdleTimeout(app.settings().web().idleSeconds() * 1000L);
        a.addEventListener(w.guard);
      }
    }
    w.sweeper.scheduleWithFixedDelay(w.guard::sweep, 1, 1, TimeUnit.SECONDS);
    LOG.info("web channel listening on http://{}:{}/", host, w.port());
    return w;
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
    server.stop();
    relays.shutdownNow(); // what is not sent stays in the outbox for the next start
    app.questions().listen(null);
  }

  private static final class MethodNotAllowed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MethodNotAllowed() {
      super("method not allowed", null, false, false);
    }
  }

  private void screen(Context ctx) {
    clients.resolve(ctx);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    HandlerType m = ctx.method();
    if (m != HandlerType.GET && m != HandlerType.POST) {
      throw new MethodNotAllowed();
    }
    String l = ctx.queryParam("lang");
    if (l != null && Lang.fromCode(l).isPresent() && !ctx.path().startsWith("/api/")) {
      ctx.header("Set-Cookie", Http.LANG_COOKIE + "=" + Lang.fromCode(l).get().code() + "; Path=/; Max-Age=31536000; SameSite=Lax");
    }
  }

  /**
   * One line per failed request, never a trace for what a client did: a client that went away is
   * not our error (debug); a failure after the response was sent cannot change it; anything else is
   * a 500 and one ERROR line with the path only (query strings and bodies can carry what users typed).
   */
  private void failed(Exception e, Context ctx) {
    if (disconnected(e)) {
      LOG.debug("web: {} {}: the client went away", ctx.method(), ctx.path());
      return;
    }
    if (ctx.res().isCommitted()) {
      LOG.warn("web: {} {} failed after its response was sent: {}", ctx.method(), ctx.path(), e.toString());
      return;
    }
    LOG.error("web: {} {} failed: {}", ctx.method(), ctx.path(), e.toString());
    Http.error(ctx, json, 500, "internal", text.get(Http.pageLang(ctx), "error.internal"));
  }

  private static boolean disconnected(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EofException || t instanceof java.nio.channels.ClosedChannelException) {
        return true;
      }
    }
    return false;
  }

  /** The JSON error for a body {@link BodyGate} refuses (413 too large, 408 too slow). */
  private byte[] refusal(org.eclipse.jetty.server.Request request, int status) {
    String query = request.getHttpURI().getQuery();
    Lang lang = query != null && query.contains("lang=en") ? Lang.EN : Lang.VI;
    metrics.rejected("web", status == 413 ? "too_large" : "too_slow");
    ObjectNode o = json.createObjectNode();
    o.put("error", status == 413 ? "too_large" : "too_slow");
    o.put("message", text.get(lang, status == 413 ? "error.too_large" : "error.too_slow",
        app.settings().web().bodySeconds()));
    try {
      return json.writeValueAsBytes(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static boolean acceptsHtml(Context ctx) {
    String a = ctx.header("Accept");
    return a != null && a.contains("text/html");
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("name");
    byte[] b = assets.get(name);
    if (b == null) {
      Http.error(ctx, json, 404, "not_found", text.get(Http.pageLang(ctx), "error.not_found"));
      return;
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
    ctx.result(b);
  }

  /** Zalo's events: the channel checks the signature and keeps the event; 404 when Zalo is off. */
  private void zaloWebhook(Context ctx) {
    if (zalo.isEmpty()) {
      Http.error(ctx, json, 404, "not_found", text.get(Http.pageLang(ctx), "error.not_found"));
      return;
    }
    ZaloChannel.Response r = zalo.get().webhook(ctx.bodyAsBytes(), ctx.header(WebhookSignature.HEADER));
    ctx.status(r.status());
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(r.json());
  }

  private void health(Context ctx) {
    ObjectNode o = json.createObjectNode();
    try {
      long v = engine.datasetVersion();
      int docs = engine.documents();
      app.runtime().lastProcessedUpdateId(); // the store answers
      if (v > 0 && docs > 0) {
        // Zalo refusing the refresh token needs an operator, not a restart: degraded, still 200
        boolean zaloOk = zalo.map(ZaloChannel::healthy).orElse(true);
        o.put("status", zaloOk ? "ok" : "degraded");
        o.put("dataset_version", v);
        if (!zaloOk) {
          o.put("zalo", "refresh token refused: set a new ZALO_REFRESH_TOKEN");
        }
        Http.json(ctx, json, 200, o);
        return;
      }
    } catch (RuntimeException e) {
      LOG.warn("health check failed: {}", e.toString());
    }
    o.put("status", "unavailable");
    Http.json(ctx, json, 503, o);
  }

  private static byte[] resource(String path) {
    try (InputStream in = WebChannel.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path + " (a packaging error)");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
