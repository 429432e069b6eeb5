package vn.thuduc.coordbot.telegram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.chatstate.ChatState;
import vn.thuduc.coordbot.preferences.LanguageChoice;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.dataset.DataService;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.telegram.inbox.BlockedChats;
import vn.thuduc.coordbot.telegram.inbox.ChatLanes;
import vn.thuduc.coordbot.telegram.inbox.DeliveryWindow;
import vn.thuduc.coordbot.chat.FloodGate;
import vn.thuduc.coordbot.telegram.inbox.UpdateJournal;
import vn.thuduc.coordbot.telegram.inbox.UpdateLedger;
import vn.thuduc.coordbot.telegram.transport.BotApi;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.FileDownloader;
import vn.thuduc.coordbot.telegram.transport.LongPoller;
import vn.thuduc.coordbot.telegram.transport.NoDelaySockets;
import vn.thuduc.coordbot.telegram.transport.OutgoingLimiter;
import vn.thuduc.coordbot.telegram.transport.RetryAfterInterceptor;

/**
 * The Telegram bot: long polling with TelegramBots 9.x against {@code TELEGRAM_API_URL}, each update
 * handled on the adapter's own named workers (in order per chat), replies sent with retries. Start it
 * with {@link #runUntilShutdown()}; SIGTERM stops it within a few seconds.
 * Its length is the lifecycle in one place: clients, threads and stores are started in order and
 * stopped in reverse; each batch of updates is the {@link UpdateDispatch}'s, the menu the
 * {@link CommandMenu}'s.
 */
public final class TelegramService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramService.class);
  private static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "inline_query");
  private static final int POLL_LIMIT = 100;
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
  private final ChatState state;
  private final DataReloader reloader;
  private final Clock clock;
  private final Options options;
  private final Optional<BotFeatures> parts;
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
  private final Handlers.Factory commands;
  private volatile Handlers handlers;
  private Thread shutdownHook;

  /**
   * The bot over the program's parts. {@code reloader} is {@code DataService::reload}; {@code clock}
   * times uptime and the runtime records.
   */
  public TelegramService(Handlers.Factory commands, Settings settings, AnswerEngine engine, ChatState state,
      DataReloader reloader, Clock clock) {
    this(commands, settings, engine, state, reloader, clock, Options.defaults());
  }

  /**
   * The bot with every feature: the data tools of {@code features}, the legal-advice tickets of
   * {@code advice} (active when an advisers' group is set), the program's question log
   * {@code questions}. The composition root builds the parts.
   */
  public TelegramService(Handlers.Factory commands, Settings settings, AnswerEngine engine, ChatState state,
      DataReloader reloader, Clock clock, BotFeatures features, vn.thuduc.coordbot.advice.AdviceService advice,
      Questions questions) {
    this(commands, settings, engine, state, reloader, clock, Options.defaults(), Optional.of(features),
        Optional.of(advice),
        questions);
  }

  TelegramService(Handlers.Factory commands, Settings settings, AnswerEngine engine, ChatState state,
      DataReloader reloader, Clock clock, Options options) {
    this(commands, settings, engine, state, reloader, clock, options, Optional.empty());
  }

  TelegramService(Handlers.Factory commands, Settings settings, AnswerEngine engine, ChatState state,
      DataReloader reloader, Clock clock, Options options, Optional<BotFeatures> parts) {
    this(commands, settings, engine, state, reloader, clock, options, parts, Optional.empty());
  }

  TelegramService(Handlers.Factory commands, Settings settings, AnswerEngine engine, ChatState state,
      DataReloader reloader, Clock clock, Options options, Optional<BotFeatures> parts,
      Optional<vn.thuduc.coordbot.advice.AdviceService> advice) {
    this(commands, settings, engine, state, reloader, clock, options, parts, advice, null);
  }

  /**
   * With {@code advice}: the legal-advice tickets (active when an advisers' group is set); with
   * {@code questions} (null: its own over {@code engine}) the question log and metrics of the program.
   */
  TelegramService(Handlers.Factory commands, Settings settings, AnswerEngine engine, ChatState state,
      DataReloader reloader, Clock clock, Options options, Optional<BotFeatures> parts,
      Optional<vn.thuduc.coordbot.advice.AdviceService> advice,
      Questions questions) {
    this.commands = commands;
    this.advice = advice;
    this.ownQuestions = questions == null;
    this.questions = ownQuestions ? state.questionsOver(engine) : questions;
    this.parts = parts;
    this.settings = settings;
    this.engine = engine;
    this.state = state;
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
    blocked = new BlockedChats(state.refusing());
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

    ledger = new UpdateLedger(state.processed());
    journal = new UpdateJournal(settings.indexDir().resolve("telegram-inbox"));
    // a worker waits for the Bot API while it sends: one thread per place in the window keeps that many
    // sends in flight, on top of the threads that work out answers
    int threads = settings.telegramWorkers() + settings.deliveryWindow();
    ExecutorService workers = own(new ThreadPoolExecutor(threads, threads,
        0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new NamedThreads("tg-worker")));
    Languages languages = new Languages(new LanguageChoice(state.languages(), engine));
    BotContext context = new BotContext(settings, questions, state.audit(), reloader, clock, startedAt, messages, replier,
        languages, ledger, new FileDownloader(botApi, sendHttp, api, token), parts, advice, owned);
    handlers = commands.build(context);
    UpdateRouter router = new UpdateRouter(handlers, languages, messages, replier, state.audit(), settings);
    ChatLanes lanes = new ChatLanes(workers);
    FloodControl flood = new FloodControl(new FloodGate<>(settings.floodBurst(), settings.floodPerMinute(), System::nanoTime), replier, languages, messages);
    UpdateDispatch dispatch = new UpdateDispatch(state.processed(), ledger, journal, blocked, gate, replies, observed, lanes,
        router, flood, botUsername);
    CommandMenu.register(botApi, handlers.registry(), messages);

    long last = state.processed().last();
    if (last > PRUNE_KEEP) {
      state.processed().forgetBelow(last - PRUNE_KEEP);
    }
    List<Update> left = journal.pending();
    if (!left.isEmpty()) {
      log.info("replaying {} updates taken but not finished before the last stop", left.size());
      dispatch.consume(left);
    }
    Duration deadline = Duration.ofSeconds(options.pollTimeoutSeconds()).plus(options.pollReadSlack())
        .plusSeconds(5);
    HttpUrl endpoint = new HttpUrl.Builder().scheme(url.getSchema()).host(url.getHost()).port(port)
        .addPathSegment("bot" + token).addPathSegment("getUpdates").build();
    polling = new LongPoller(pollHttp, endpoint, botApi, this::nextGetUpdates,
        dispatch::consume, this::fatal,
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

  private GetUpdates nextGetUpdates() {
    long offset = ledger.nextOffset();
    GetUpdates.GetUpdatesBuilder b = GetUpdates.builder().limit(POLL_LIMIT).timeout(options.pollTimeoutSeconds())
        .allowedUpdates(ALLOWED_UPDATES);
    if (offset > 0) {
      b.offset((int) offset);
    }
    return b.build();
  }

  /** Reports updates in flight, failed Bot API calls and questions to {@code o} (the operators' metrics). */
  public void observe(TelegramObserver o) {
    observer = java.util.Objects.requireNonNull(o);
  }

  /** Where this bot asks (and logs) its questions; listen to it for the questions' metrics. */
  Questions questions() {
    return questions;
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
    long t0 = System.nanoTime();
    if (handlers != null) {
      handlers.close();
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

  private final BotContext.Threads owned = new BotContext.Threads() {
    @Override
    public ExecutorService single(String name) {
      return own(Executors.newSingleThreadExecutor(new NamedThreads(name)));
    }

    @Override
    public ScheduledExecutorService scheduled(String name) {
      return ownScheduled(Executors.newSingleThreadScheduledExecutor(new NamedThreads(name)));
    }
  };

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
