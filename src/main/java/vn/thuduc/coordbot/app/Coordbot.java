package vn.thuduc.coordbot.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Contacts;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.CoordAnswerEngine;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.answer.topic.HelpDesk;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.config.StartTrace;
import vn.thuduc.coordbot.data.Contact;
import vn.thuduc.coordbot.config.ZaloSettings;
import vn.thuduc.coordbot.credentials.TokenVault;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.dataset.DataService;
import vn.thuduc.coordbot.dataset.DatasetStore;
import vn.thuduc.coordbot.dataset.ImportDrafts;
import vn.thuduc.coordbot.export.StatsExport;
import vn.thuduc.coordbot.feedback.FeedbackStore;
import vn.thuduc.coordbot.feedback.Ratings;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.inbound.EventInbox;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.preferences.LanguageChoice;
import vn.thuduc.coordbot.chatstate.ChatState;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.subscriptions.SubscriptionService;
import vn.thuduc.coordbot.subscriptions.SubscriptionStore;
import vn.thuduc.coordbot.telegram.BotFeatures;
import vn.thuduc.coordbot.telegram.TelegramService;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.zalo.ZaloChannel;

/**
 * The composition root: opens SQLite and the Lucene index in the index directory, builds the
 * stores, the answer engine, the data service and the channel-free services (subscriptions, ratings,
 * export, advice) with constructors, hands them to the channels, and closes them in reverse.
 */
public final class Coordbot implements AutoCloseable {
  /** Set up when first used, not when {@link #open} is called: logging starts while the database opens. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(Coordbot.class);
  }

  private final Settings settings;
  private final Clock clock;
  private final Instant startedAt;
  private final Database database;
  private final PassageIndex index;
  private final RuntimeStore runtime;
  private final ChatState chatState;
  private final CoordAnswerEngine engine;
  private final DataService data;
  private final FeedbackStore feedback;
  private volatile BotFeatures features;
  private final AdviceService advice;
  private final Questions questions;
  private final AtomicBoolean closed = new AtomicBoolean();
  private ScheduledExecutorService watcher;

  private Coordbot(Settings settings, Clock clock, Database database, PassageIndex index) {
    this.settings = settings;
    this.clock = clock;
    this.startedAt = clock.instant();
    this.database = database;
    this.index = index;
    // what needs no database first: the database opens meanwhile (see Database), and the runtime
    // store reads its salt from it
    this.advice = new AdviceService(database, clock, Duration.ofHours(settings.adviceRemindHours()),
        Duration.ofDays(settings.adviceRetentionDays()));
    Contacts contacts = new Contacts(settings.dataDir());
    this.engine = new CoordAnswerEngine(index, clock,
        new Conversations(clock, settings.conversationTtl(), settings.conversationMax()),
        new Supplier<HelpDesk>() { // a class, not a lambda: made at every start of ask (see performance.md)
          @Override
          public HelpDesk get() {
            return new HelpDesk(advice.advisers().isPresent(),
                contacts.serving(List.of()).stream().map(Contact::describe).toList());
          }
        });
    this.runtime = new RuntimeStore(database, clock);
    this.chatState = ChatState.of(runtime);
    this.data = new DataService(settings.dataDir(), new DatasetStore(database, clock), index, engine, clock,
        Optional.of(settings.indexDir().resolve("data-files.stamp")));
    this.feedback = new FeedbackStore(database, runtime, clock);
    this.questions = new Questions(engine, runtime);
  }

  /** Opens everything and brings the data up to date (importing or re-indexing when needed). */
  public static Coordbot open(Settings settings, Clock clock) throws DataException {
    return open(settings, clock, true);
  }

  /**
   * Opens everything serving the stored dataset as it is, changed files not imported: for the
   * {@code reload} command, which imports them itself and reports what changed.
   */
  public static Coordbot openForReload(Settings settings, Clock clock) throws DataException {
    return open(settings, clock, false);
  }

  private static Coordbot open(Settings settings, Clock clock, boolean importChanged) throws DataException {
    Database db = Database.open(settings.indexDir());
    PassageIndex index = null;
    try {
      index = PassageIndex.open(settings.indexDir().resolve("lucene"));
      StartTrace.mark("database opening, index open");
      Coordbot app = new Coordbot(settings, clock, db, index);
      StartTrace.mark("parts made");
      app.data.start(importChanged);
      StartTrace.mark("data started");
      return app;
    } catch (DataException | RuntimeException e) {
      closeQuietly(index);
      db.close();
      throw e;
    }
  }

  public Settings settings() {
    return settings;
  }

  public Clock clock() {
    return clock;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public AnswerEngine engine() {
    return engine;
  }

  /** Asking on a user's behalf: the engine with timing, metrics and the question log around it. */
  public Questions questions() {
    return questions;
  }

  public RuntimeStore runtime() {
    return runtime;
  }

  /** The state services of the chat channels (processed updates, refusing chats, languages, audit). */
  public ChatState chatState() {
    return chatState;
  }

  public DataService data() {
    return data;
  }

  public FeedbackStore feedback() {
    return feedback;
  }

  /** The channel-free services the bot offers beyond answers: import, versions, subscriptions, ratings, export. */
  public BotFeatures features() {
    // made when a channel first asks: the export's CSV mapper loads Jackson's object mapping, which a
    // one-question ask does not need
    BotFeatures f = features;
    if (f == null) {
      synchronized (this) {
        if (features == null) {
          features = new BotFeatures(data, new ImportDrafts(data, clock),
              new SubscriptionService(new SubscriptionStore(database, clock), engine), new Ratings(feedback),
              new StatsExport(data::dataset, clock));
        }
        f = features;
      }
    }
    return f;
  }

  /** The Telegram bot over this app's parts; close it before the app. */
  public TelegramService telegram() {
    return new TelegramService(new StandardCommands(), settings, engine, chatState, data::reload, clock, features(),
        advice, questions);
  }

  /**
   * The Zalo OA channel over this app's parts (its inbox and tokens in this database); started, and
   * closed by the caller before the app.
   */
  public ZaloChannel zalo(ZaloSettings zalo, Metrics metrics) {
    ZaloChannel.Parts parts = new ZaloChannel.Parts(questions, new LanguageChoice(chatState.languages(), engine), advice,
        new EventInbox(database, Channel.ZALO, clock, Duration.ofDays(2)),
        new TokenVault(database, Channel.ZALO, clock, zalo.refreshToken()), metrics, clock,
        settings.adviceExpectedHours(), settings.floodBurst(), settings.floodPerMinute());
    return new ZaloChannel(zalo, parts).start();
  }

  /** Legal-advice tickets (used when an advisers' group is set). */
  public AdviceService advice() {
    return advice;
  }

  /**
   * Checks every {@code period} whether another process (a {@code coordbot reload} on the server)
   * imported a newer dataset version, and serves it. For long-running channels (the Telegram bot).
   */
  public synchronized void watchStore(Duration period) {
    if (watcher != null) {
      return;
    }
    watcher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "coordbot-store-watch");
      t.setDaemon(true);
      return t;
    });
    watcher.scheduleWithFixedDelay(() -> {
      try {
        data.syncWithStore();
      } catch (RuntimeException e) {
        Log.LOG.warn("checking the store for a newer dataset failed: {}", e.toString());
      }
    }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Closes the index and the database; a second call does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (watcher != null) {
        watcher.shutdownNow();
        try {
          watcher.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      questions.close();
      StartTrace.mark("question log closed");
      closeQuietly(index);
      database.close();
      StartTrace.mark("database closed");
      Log.LOG.info("closed the index and the database");
    }
  }

  private static void closeQuietly(PassageIndex index) {
    if (index == null) {
      return;
    }
    try {
      index.close();
    } catch (IOException e) {
      Log.LOG.warn("closing the index failed: {}", e.getMessage());
    }
  }
}
