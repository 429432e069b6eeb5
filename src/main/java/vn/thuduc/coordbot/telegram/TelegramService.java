package vn.thuduc.coordbot.telegram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.Messages;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.advice.Advisers;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * The Telegram bot: long polling with TelegramBots 9.x against {@code TELEGRAM_API_URL}, each update
 * handled on the adapter's own named workers (in order per chat), replies sent with retries. Start it
 * with {@link #runUntilShutdown()}; SIGTERM stops it within a few seconds.
 */
public final class TelegramService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramService.class);
  private static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "inline_query");
  private static final int POLL_LIMIT = 100;
  private static final long IDLE_WAIT_MILLIS = 200;
  private static final long PRUNE_KEEP = 10_000;

  /**
   * Tunables that tests shorten; production uses {@link #defaults()}. {@code pollReadSlack} is how
   * much longer than the long-poll timeout a getUpdates may take before it counts as hung;
   * {@code gateMaxWait} bounds the wait for a place in the {@link DeliveryWindow}.
   */
  record Options(int pollTimeoutSeconds, BotApi.Policy retry, BotApi.Sleeper sleeper, Duration maxStartupBackoff,
      Duration drainOnStop, Duration pollReadSlack, Duration gateMaxWait) {
    Options(int pollTimeoutSeconds, BotApi.Policy retry, BotApi.Sleeper sleeper, Duration maxStartupBackoff,
        Duration drainOnStop) {
      this(pollTimeoutSeconds, retry, sleeper, maxStartupBackoff, drainOnStop, Duration.ofSeconds(15),
          Duration.ofSeconds(30));
    }

    static Options defaults() {
      return new Options(25, BotApi.Policy.defaults(), d -> Thread.sleep(d.toMillis()), Duration.ofSeconds(30),
          Duration.ofSeconds(5));
    }
  }

  private final Settings settings;
  private final AnswerEngine engine;
  private final RuntimeStore runtime;
  private final DataReloader reloader;
  private final Clock clock;
  private final Options options;
  private final Optional<DataTools.Parts> parts;
  private final Optional<vn.thuduc.coordbot.advice.AdviceService> advice;
  private final Instant startedAt;
  /** The adapter's own texts, in Vietnamese and English. */
  static final String TEXTS = "i18n/telegram";
  private final Messages messages = new Messages(TEXTS);

  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closingSignal = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final List<ExecutorService> executors = new ArrayList<>();
  private volatile boolean started;
  private volatile OkHttpClient sendHttp;
  private volatile OkHttpClient pollHttp;
  private volatile OkHttpTelegramClient client;
  private volatile LongPoller polling;
  private volatile BlockedChats blocked;
  private volatile int exitCode;
  private volatile UpdateLedger ledger;
  private volatile UpdateJournal journal;
  private final DeliveryWindow gate;
  private final Questions questions;
  private volatile Runnable detachAdvisers = () -> { };
  private final boolean ownQuestions;
  private volatile TelegramObserver observer = TelegramObserver.NONE;
  private final TelegramObserver observed = new TelegramObserver() {
    @Override
    public void updateStarted() {
      observer.updateStarted();
    }

    @Override
    public void updateFinished() {
      observer.updateFinished();
    }

    @Override
    public void sendError(int code) {
      observer.sendError(code);
    }
  };
  private final ReplyContext replies = new ReplyContext();
  private volatile String botUsername = "";
  private volatile DataTools tools;
  private Thread shutdownHook;

  /**
   * The bot over the program's parts. {@code reloader} is {@code DataService::reload}; {@code clock}
   * times uptime and the runtime records.
   */
  public TelegramService(Settings settings, AnswerEngine engine, RuntimeStore runtime, DataReloader reloader,
      Clock clock) {
    this(settings, engine, runtime, reloader, clock, Options.defaults());
  }

  /** The bot over an opened {@link Coordbot}; the caller closes {@code app} after this service. */
  public static TelegramService of(Coordbot app) {
    return new TelegramService(app.settings(), app.engine(), app.runtime(), app.data()::reload, app.clock(),
        Options.defaults(), Optional.of(parts(app)), Optional.of(app.advice()), app.questions());
  }

  /** The data-management parts of {@code app}: import, versions, feedback, subscriptions. */
  static DataTools.Parts parts(Coordbot app) {
    return new DataTools.Parts(app.data(), app.feedback(), app.subscriptions());
  }

  TelegramService(Settings settings, AnswerEngine engine, RuntimeStore runtime, DataReloader reloader, Clock clock,
      Options options) {
    this(settings, engine, runtime, reloader, clock, options, Optional.empty());
  }

  TelegramService(Settings settings, AnswerEngine engine, RuntimeStore runtime, DataReloader reloader, Clock clock,
      Options options, Optional<DataTools.Parts> parts) {
    this(settings, engine, runtime, reloader, clock, options, parts, Optional.empty());
  }

  TelegramService(Settings settings, AnswerEngine engine, RuntimeStore runtime, DataReloader reloader, Clock clock,
      Options options, Optional<DataTools.Parts> parts, Optional<vn.thuduc.coordbot.advice.AdviceService> advice) {
    this(settings, engine, runtime, reloader, clock, options, parts, advice, null);
  }

  /**
   * With {@code advice}: the legal-advice tickets (active when an advisers' group is set); with
   * {@code questions} (null: its own over {@code engine}) the question log and metrics of the program.
   */
  TelegramService(Settings settings, AnswerEngine engine, RuntimeStore runtime, DataReloader reloader, Clock clock,
      Options options, Optional<DataTools.Parts> parts, Optional<vn.thuduc.coordbot.advice.AdviceService> advice,
      Questions questions) {
    this.advice = advice;
    this.ownQuestions = questions == null;
    this.questions = ownQuestions ? new Questions(engine, runtime) : questions;
    this.parts = parts;
    this.settings = settings;
    this.engine = engine;
    this.runtime = runtime;
    this.reloader = reloader;
    this.clock = clock;
    this.options = options;
    this.startedAt = clock.instant();
    this.gate = new DeliveryWindow(settings.deliveryWindow(), options.gateMaxWait());
  }

  /**
   * Runs the bot until SIGTERM (or {@link #close()}); returns the process exit code: 0 after a clean
   * stop, 2 when the configuration is unusable (no token, token refused).
   */
  public int runUntilShutdown() {
    if (settings.token().isEmpty()) {
      String msg = "coordbot telegram: " + Settings.ENV_TOKEN + " is not set; set it to the token from @BotFather"
          + " (or run without the 'telegram' argument for the console chat)";
      log.error(msg);
      System.err.println(msg);
      return 2;
    }
    shutdownHook = new Thread(this::closeFromHook, "tg-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      start();
      stopped.await();
      return exitCode;
    } catch (StartupException e) {
      log.error("coordbot telegram: {}", e.getMessage());
      System.err.println("coordbot telegram: " + e.getMessage());
      close();
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      return 0;
    }
  }

  /** The bot could not start for a reason retrying will not fix. */
  static final class StartupException extends Exception {
    private static final long serialVersionUID = 1L;

    StartupException(String message) {
      super(message);
    }
  }

  /**
   * Connects (retrying while the API is unreachable), registers the command menu and starts long
   * polling; returns once polling runs, or when {@link #close()} was called meanwhile.
   */
  void start() throws StartupException, InterruptedException {
    String token = settings.token().orElseThrow(() -> new StartupException(Settings.ENV_TOKEN + " is not set"));
    URI api = settings.apiUrl();
    int port = api.getPort() != -1 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
    TelegramUrl url = new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    log.info("starting Telegram bot against {}://{}:{} with {} workers and a delivery window of {}", url.getSchema(),
        url.getHost(), port, settings.telegramWorkers(), settings.deliveryWindow());

    ExecutorService http = own(new ThreadPoolExecutor(0, 64, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
        new NamedThreads("tg-http")));
    Dispatcher dispatcher = new Dispatcher(http);
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(32);
    sendHttp = new OkHttpClient.Builder().socketFactory(new NoDelaySockets()).dispatcher(dispatcher).connectionPool(new ConnectionPool(32, 60,
        TimeUnit.SECONDS)).connectTimeout(10, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
        .writeTimeout(30, TimeUnit.SECONDS).callTimeout(45, TimeUnit.SECONDS).build();
    pollHttp = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(TimeUnit.SECONDS.toMillis(options.pollTimeoutSeconds()) + options.pollReadSlack().toMillis(),
            TimeUnit.MILLISECONDS).writeTimeout(15, TimeUnit.SECONDS)
        .addInterceptor(new RetryAfterInterceptor(options.sleeper(), options.retry().maxRetryAfter(), 3)).build();
    client = new OkHttpTelegramClient(sendHttp, token, url);
    OutgoingLimiter limiter = OutgoingLimiter.of(settings, options.sleeper());
    blocked = new BlockedChats(runtime);
    BotApi botApi = new BotApi(client, options.retry(), options.sleeper(), chat -> {
      limiter.acquire(chat);
      gate.enter();
    }, BotApi.EQUAL_JITTER, blocked);
    botApi.onFailure(observed::sendError);
    Replier replier = new Replier(botApi, replies);

    User me = connect(botApi);
    if (me == null) {
      return; // closed while waiting for the API
    }
    botUsername = me.getUserName() == null ? "" : me.getUserName();
    log.info("connected as @{} (id {})", botUsername, me.getId());

    ledger = new UpdateLedger(runtime);
    journal = new UpdateJournal(settings.indexDir().resolve("telegram-inbox"));
    // a worker waits for the Bot API while it sends: one thread per place in the window keeps that many
    // sends in flight, on top of the threads that work out answers
    int threads = settings.telegramWorkers() + settings.deliveryWindow();
    ExecutorService workers = own(new ThreadPoolExecutor(threads, threads,
        0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new NamedThreads("tg-worker")));
    ExecutorService reloads = own(Executors.newSingleThreadExecutor(new NamedThreads("tg-reload")));
    Languages languages = new Languages(runtime, engine);
    Optional<DataTools> dataTools = Optional.empty();
    if (parts.isPresent()) {
      ExecutorService imports = own(Executors.newSingleThreadExecutor(new NamedThreads("tg-import")));
      ExecutorService notices = own(Executors.newSingleThreadExecutor(new NamedThreads("tg-notice")));
      tools = new DataTools(parts.get(), questions, runtime, settings, clock, messages, replier,
          new FileDownloader(botApi, sendHttp, api, token), imports, notices);
      dataTools = Optional.of(tools);
    }
    Optional<AdviceDesk> desk = adviceDesk(replier);
    BotCommands commands = new BotCommands(questions, runtime, reloader, settings, clock, startedAt, messages,
        replier, new ChartRenderer(), reloads, languages, ledger, dataTools, desk);
    UpdateRouter router = new UpdateRouter(commands, languages, messages, replier, runtime, settings, dataTools,
        desk);
    ChatLanes lanes = new ChatLanes(workers);
    FloodControl flood = new FloodControl(FloodGate.of(settings), replier, languages, messages);
    registerMenu(botApi, commands.registry());

    long last = runtime.lastProcessedUpdateId();
    if (last > PRUNE_KEEP) {
      runtime.pruneProcessedBelow(last - PRUNE_KEEP);
    }
    List<Update> left = journal.pending();
    if (!left.isEmpty()) {
      log.info("replaying {} updates taken but not finished before the last stop", left.size());
      consume(left, lanes, router, flood);
    }
    Duration deadline = Duration.ofSeconds(options.pollTimeoutSeconds()).plus(options.pollReadSlack())
        .plusSeconds(5);
    HttpUrl endpoint = new HttpUrl.Builder().scheme(url.getSchema()).host(url.getHost()).port(port)
        .addPathSegment("bot" + token).addPathSegment("getUpdates").build();
    polling = new LongPoller(pollHttp, endpoint, botApi, this::nextGetUpdates,
        updates -> consume(updates, lanes, router, flood), this::fatal,
        new LongPoller.Timing(deadline, Duration.ofMillis(500), Duration.ofSeconds(10),
            min(Duration.ofSeconds(10), options.maxStartupBackoff())),
        System::nanoTime);
    if (closing.get()) {
      return;
    }
    polling.start();
    started = true;
    log.info("long polling started (last processed update {})", last);
  }

  /** Polling cannot go on (the token was revoked): one line, then the bot stops with exit code 2. */
  private void fatal(String message) {
    log.error("coordbot telegram: {}", message);
    exitCode = 2;
    Thread stopper = new Thread(this::close, "tg-stop");
    stopper.start();
  }

  /**
   * The legal-advice desk when the bot runs over the real app: with a ticket service when an
   * advisers' group is set (its timer sends left-over relays, reminders and deletions every minute),
   * without one otherwise (then /tuvan says what the data says).
   */
  private Optional<AdviceDesk> adviceDesk(Replier replier) {
    if (advice.isEmpty()) {
      return Optional.empty();
    }
    Optional<vn.thuduc.coordbot.advice.AdviceService> service = settings.adviserChatId().map(g -> advice.get());
    AdviceDesk desk = new AdviceDesk(service, engine, runtime, settings, replier,
        new vn.thuduc.coordbot.advice.Contacts(settings.dataDir()));
    if (service.isPresent()) {
      ScheduledExecutorService timer = ownScheduled(Executors.newSingleThreadScheduledExecutor(
          new NamedThreads("tg-advice")));
      timer.scheduleWithFixedDelay(desk::tick, 5, 60, TimeUnit.SECONDS);
      Advisers advisers = desk.advisers();
      service.get().attach(advisers);
      detachAdvisers = () -> service.get().detach(advisers);
      log.info("legal advice: tickets go to the advisers' group {}", settings.adviserChatId().get());
    }
    return Optional.of(desk);
  }

  /** getMe until it answers: the API may not be up yet. A refused token is not worth retrying. */
  private User connect(BotApi botApi) throws StartupException, InterruptedException {
    Duration backoff = Duration.ofSeconds(1);
    while (!closing.get()) {
      try {
        return botApi.call(new GetMe());
      } catch (BotApiException e) {
        if (e.errorCode() == 401 || e.errorCode() == 404) {
          throw new StartupException("the Bot API at " + settings.apiUrl() + " refused the token (" + e.errorCode()
              + "); check " + Settings.ENV_TOKEN);
        }
        log.warn("Telegram Bot API at {} is unreachable ({}); retrying in {} s", settings.apiUrl(), e.getMessage(),
            backoff.toSeconds());
        if (closingSignal.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
          return null;
        }
        backoff = min(backoff.multipliedBy(2), options.maxStartupBackoff());
      }
    }
    return null;
  }

  /** The command menu in both languages and as the default; a refusal is logged and the bot carries on. */
  private void registerMenu(BotApi botApi, CommandRegistry registry) {
    for (String code : new String[] {null, "vi", "en"}) {
      Lang lang = code == null ? Lang.VI : Lang.fromCode(code).orElseThrow();
      List<BotCommand> menu = new ArrayList<>();
      for (Command c : registry.all()) {
        if (c.inMenu()) {
          String description = TelegramText.truncatePlain(messages.get(lang, c.helpKey()), 256);
          menu.add(new BotCommand(c.name(), description));
        }
      }
      SetMyCommands.SetMyCommandsBuilder<?, ?> set = SetMyCommands.builder().commands(menu);
      if (code != null) {
        set.languageCode(code);
      }
      try {
        botApi.call(set.build());
      } catch (BotApiException e) {
        log.warn("setMyCommands ({}) refused: {}; carrying on without a command menu",
            code == null ? "default" : code, e.getMessage());
      }
    }
  }

  private GetUpdates nextGetUpdates() {
    long offset = ledger.nextOffset();
    GetUpdates.GetUpdatesBuilder b = GetUpdates.builder().limit(POLL_LIMIT).timeout(options.pollTimeoutSeconds())
        .allowedUpdates(ALLOWED_UPDATES);
    if (offset > 0) {
      b.offset((int) offset);
    }
    return b.build();
  }

  /**
   * Called on the poller thread with each batch. It must never throw (an exception here ends the
   * library's polling for good), so it only hands updates to the chat lanes.
   */
  private void consume(List<Update> updates, ChatLanes lanes, UpdateRouter router, FloodControl flood) {
    try {
      for (Update u : updates) {
        long id = u.getUpdateId();
        if (!ledger.take(id)) {
          log.debug("update {} already handled, skipped", id);
          if (runtime.isProcessed(id)) {
            journal.forget(id); // processed just before a crash removed its journal file
          }
          continue;
        }
        if (journal.record(u)) {
          ledger.release(id);
        }
        long lane = laneOf(u);
        if (lane != 0) {
          blocked.wrote(lane); // a chat that blocked the bot and writes again gets messages again
        }
        Supplier<CompletionStage<Void>> task = flood.screen(u, botUsername).orElse(() -> handleOne(u, router));
        Optional<ReplyContext.Target> target = ReplyContext.of(u);
        observed.updateStarted();
        lanes.submit(lane, () -> gate.on(id, () -> replies.on(target, () -> guarded(u, task)))
            .whenComplete((ok, failure) -> {
              observed.updateFinished();
              finish(id);
            }));
      }
      // Updates that still hold the offset are offered again by the next poll at once; waiting a moment
      // for them keeps the poller from spinning.
      if (ledger.holdsOffset()) {
        ledger.awaitIdle(IDLE_WAIT_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      log.error("cannot dispatch a batch of {} updates", updates.size(), e);
    }
  }

  private CompletionStage<Void> handleOne(Update u, UpdateRouter router) {
    return router.handle(u, botUsername);
  }

  private static CompletionStage<Void> guarded(Update u, Supplier<CompletionStage<Void>> task) {
    try {
      return task.get();
    } catch (RuntimeException | Error e) {
      // the router catches everything itself; this only keeps the ledger right if it ever does not
      log.error("update {} failed outside the router", u.getUpdateId(), e);
      return CompletableFuture.completedFuture(null);
    }
  }

  /** Reports updates in flight, failed Bot API calls and questions to {@code o} (the operators' metrics). */
  public void observe(TelegramObserver o) {
    observer = java.util.Objects.requireNonNull(o);
  }

  /** Where this bot asks (and logs) its questions; listen to it for the questions' metrics. */
  Questions questions() {
    return questions;
  }

  /** Records the update, then frees its place in the window: the record must come first (see DeliveryWindow). */
  private void finish(long updateId) {
    try {
      ledger.done(updateId);
      journal.forget(updateId);
    } catch (RuntimeException e) {
      log.error("update {}: cannot record it as processed", updateId, e);
    } finally {
      gate.leave(updateId);
    }
  }

  private static long laneOf(Update u) {
    if (u.hasMessage()) {
      return u.getMessage().getChatId();
    }
    if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
      return u.getCallbackQuery().getMessage().getChatId();
    }
    return 0;
  }

  /** The bot's username from getMe; empty before start. */
  String botUsername() {
    return botUsername;
  }

  boolean isPolling() {
    return started && !closing.get();
  }

  /** Stops polling, lets updates in flight finish (a few seconds at most), closes threads and clients. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    closingSignal.countDown();
    detachAdvisers.run();
    long t0 = System.nanoTime();
    if (tools != null) {
      tools.close();
    }
    try {
      if (polling != null) {
        polling.close(); // first, so that the cancelled getUpdates below reads as a stop, not a failure
      }
      if (pollHttp != null) {
        pollHttp.dispatcher().cancelAll(); // ends the getUpdates call held open by the server
      }
      if (ledger != null) {
        try {
          if (!ledger.awaitIdle(options.drainOnStop().toMillis())) {
            log.warn("{} updates still in flight at shutdown; Telegram will offer them again", ledger.inFlight());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        confirmHandled();
      }
      for (ExecutorService e : executors) {
        e.shutdownNow();
      }
      for (ExecutorService e : executors) {
        try {
          e.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      }
      for (OkHttpClient c : new OkHttpClient[] {sendHttp, pollHttp}) {
        if (c != null) {
          c.dispatcher().cancelAll();
          c.connectionPool().evictAll();
        }
      }
      if (ownQuestions) {
        questions.close();
      }
      log.info("Telegram bot stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    } finally {
      stopped.countDown();
      removeHook();
    }
  }

  /** Tells Telegram, with one short getUpdates, that the handled updates need not come again. */
  private void confirmHandled() {
    long offset = ledger.nextOffset();
    if (offset <= 0 || client == null) {
      return;
    }
    try {
      client.executeAsync(GetUpdates.builder().offset((int) offset).limit(1).timeout(0).build())
          .get(1, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.debug("final offset confirmation failed: {}", e.toString());
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void closeFromHook() {
    log.info("shutdown requested");
    shutdownHook = null; // the JVM is already running it
    close();
  }

  private void removeHook() {
    Thread hook = shutdownHook;
    if (hook != null && Thread.currentThread() != hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down already
      }
    }
  }

  private <E extends ExecutorService> E own(E executor) {
    synchronized (executors) {
      executors.add(executor);
    }
    return executor;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private ScheduledExecutorService ownScheduled(ScheduledExecutorService executor) {
    return own(executor);
  }
}
