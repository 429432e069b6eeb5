package vn.thuduc.coordbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
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
  /** Ticket requests waiting for their transaction: far more than the per-address limits let in at once. */
  private static final int TICKET_QUEUE = 512;
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
  private final ExecutorService writes;
  private final HealthProbe health;
  private final Methods methods = new Methods();

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
    this.writes = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(TICKET_QUEUE),
        r -> new Thread(r, "coordbot-web-tickets"));
    this.health = new HealthProbe(this::checkHealth, 1000, 5000, System::nanoTime);
    this.advice = new AdviceApi(app.advice(), limiter, ClientLimiter.perHour(limits.ticketsPerHour(), System::nanoTime),
        limits.ticketChars(), relays, writes, metrics, text, sessions, json, app.settings().adviceExpectedHours());
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
    JsonErrors errors = new JsonErrors(text, metrics, limits.bodySeconds());
    BodyGate gate = new BodyGate(Http.MAX_BODY, Duration.ofSeconds(limits.bodySeconds()), guard, errors::refusal);
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
      config.jetty.modifyServer(s -> {
        s.setHandler(gate);
        s.setErrorHandler(errors);
      });
      config.routes.before(this::screen);
      RoutesConfig r = config.routes;
      get(r, "/", ctx -> Http.html(ctx, pages.chat(Http.pageLang(ctx), null)));
      get(r, "/embed", ctx -> {
        ctx.header("Content-Security-Policy", CSP_EMBED);
        ctx.res().setHeader("X-Frame-Options", null);
        Http.html(ctx, pages.chat(Http.pageLang(ctx), sessions.fresh()));
      });
      get(r, "/dashboard", stats::dashboard);
      post(r, "/api/ask", ask::ask);
      post(r, "/api/feedback", ask::vote);
      post(r, "/api/new", ask::forget);
      get(r, "/api/advice", advice::list);
      post(r, "/api/advice", advice::open);
      post(r, "/api/advice/followup", advice::followUp);
      post(r, "/api/advice/close", advice::close);
      post(r, "/api/advice/vote", advice::vote);
      get(r, "/api/stats", stats::stats);
      get(r, "/api/stats.csv", stats::statsCsv);
      get(r, "/api/chart.png", stats::chart);
      get(r, "/api/charts/{key}", stats::answerChart);
      get(r, "/static/{name}", this::asset);
      get(r, "/healthz", this::health);
      post(r, "/zalo/webhook", this::zaloWebhook);
      get(r, "/metrics", ctx -> {
        ctx.contentType(Metrics.contentType());
        ctx.result(metrics.scrape());
      });
      config.routes.exception(MethodNotAllowed.class, (e, ctx) -> {
        ctx.header("Allow", e.allow);
        Http.error(ctx, json, 405, "method_not_allowed", text.get(Http.pageLang(ctx), "error.method"));
      });
      config.routes.exception(Refused.class, (e, ctx) -> {
        metrics.rejected("web", e.code);
        // not Http.pageLang: the query string may not decode with the request's charset
        Lang lang = Lang.fromCode(ctx.cookie(Http.LANG_COOKIE)).orElse(Lang.VI);
        Http.error(ctx, json, e.status, e.code, text.get(lang, e.key));
      });
      config.routes.exception(BadQuery.class, (e, ctx) -> {
        metrics.rejected("web", "bad_query");
        Http.error(ctx, json, 400, "bad_query", text.get(Http.pageLang(ctx), "error.bad_query"));
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
    writes.shutdown(); // a ticket being written finishes; its answer goes nowhere
    health.close();
    app.questions().listen(null);
  }

  private void get(RoutesConfig routes, String path, Handler h) {
    methods.add("GET", path);
    routes.get(path, h);
    // Javalin answers HEAD on a GET route with an empty 200; the GET handler gives its real headers (Jetty drops the body)
    routes.head(path, h);
  }

  private void post(RoutesConfig routes, String path, Handler h) {
    methods.add("POST", path);
    routes.post(path, h);
  }

  private static final class MethodNotAllowed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient String allow;

    MethodNotAllowed(String allow) {
      super("method not allowed", null, false, false);
      this.allow = allow;
    }
  }

  /** A request {@link #screen} refuses before its route runs: the status, the error's code and its message's key. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String key;

    Refused(int status, String code, String key) {
      super(code, null, false, false);
      this.status = status;
      this.code = code;
      this.key = key;
    }
  }

  private static final class BadQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadQuery() {
      super("bad query string", null, false, false);
    }
  }

  private void screen(Context ctx) {
    if (!Http.knownCharset(ctx.req().getCharacterEncoding())) {
      // before anything reads a parameter: Javalin decodes them with this charset and fails with a 500
      throw new Refused(415, "bad_charset", "error.bad_charset");
    }
    if (ctx.req().getMethod().equals("POST") && ctx.path().startsWith("/api/")
        && "cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
      // another site's page making its visitors' browsers ask or open tickets (a form or a "simple" fetch needs no
      // CORS); browsers say where a request comes from, the bot's own pages (also framed) are same-origin
      throw new Refused(403, "cross_site", "error.cross_site");
    }
    clients.resolve(ctx);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    String method = ctx.req().getMethod();
    String allow = methods.allow(ctx.path());
    if (method.equals("OPTIONS") && allow != null) {
      // what the path answers; no CORS headers: the bot grants no other origin anything
      ctx.header("Allow", allow);
      ctx.res().setContentType(null);
      ctx.status(204);
      ctx.skipRemainingHandlers();
      return;
    }
    if (!Methods.served(method) || allow != null && !allow.contains(method)) {
      throw new MethodNotAllowed(allow != null ? allow : "GET, HEAD, POST, OPTIONS");
    }
    if (!Http.wellEncoded(ctx.queryString())) {
      throw new BadQuery(); // a parameter that cannot be decoded would silently go missing
    }
    String l = Http.langParam(ctx);
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
    if (storeBusy(e)) {
      // SQLite busy or unusable: nothing was changed, and a retry later may well work
      LOG.warn("web: {} {}: the database did not answer: {}", ctx.method(), ctx.path(), e.toString());
      ctx.header("Retry-After", "5");
      Http.error(ctx, json, 503, "busy", text.get(Http.pageLang(ctx), "error.busy"));
      return;
    }
    LOG.error("web: {} {} failed: {}", ctx.method(), ctx.path(), e.toString());
    Http.error(ctx, json, 500, "internal", text.get(Http.pageLang(ctx), "error.internal"));
  }

  /** The database failed underneath (the store wraps the driver's exception): read by its cause, not its type. */
  private static boolean storeBusy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException) {
        return true;
      }
    }
    return false;
  }

  private static boolean disconnected(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EofException || t instanceof java.nio.channels.ClosedChannelException) {
        return true;
      }
    }
    return false;
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

  /** What {@link HealthProbe} checks off the request threads: the store answers, a dataset and an index are there. */
  private HealthProbe.Result checkHealth() {
    app.runtime().lastProcessedUpdateId(); // the store answers
    return engine.datasetVersion() > 0 && engine.documents() > 0 ? HealthProbe.Result.HEALTHY
        : HealthProbe.Result.unhealthy("no dataset or no index");
  }

  private void health(Context ctx) {
    if (!health.now().healthy()) {
      Http.json(ctx, 503, g -> g.writeStringField("status", "unavailable"));
      return;
    }
    // Zalo refusing the refresh token needs an operator, not a restart: degraded, still 200
    boolean zaloOk = zalo.map(ZaloChannel::healthy).orElse(true);
    long version = engine.datasetVersion();
    Http.json(ctx, 200, g -> {
      g.writeStringField("status", zaloOk ? "ok" : "degraded");
      g.writeNumberField("dataset_version", version);
      if (!zaloOk) {
        g.writeStringField("zalo", "refresh token refused: set a new ZALO_REFRESH_TOKEN");
      }
    });
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
