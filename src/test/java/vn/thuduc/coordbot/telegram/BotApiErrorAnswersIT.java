package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.chatstate.ChatState;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.telegram.transport.BotApi;
import vn.thuduc.coordbot.telegram.transport.LongPoller;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * The Bot API's error answers as Telegram gives them in the field, each against the fake Bot API:
 * what the user gets, what the log says (once), and that polling goes on or stops as it should.
 */
class BotApiErrorAnswersIT {
  private static final long LAN = 2001;

  @TempDir
  Path dir;

  private FakeBotApi api;
  private Database db;
  private RuntimeStore runtime;
  private TelegramService service;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private long nextUpdate = 800_000;

  @BeforeEach
  void startBot() throws Exception {
    // logging first, on this thread: the database opens on a thread of its own, and a logger asked for while that
    // thread starts SLF4J would be SLF4J's stand-in, not logback's
    logs.start();
    root().addAppender(logs);
    poller().setLevel(Level.INFO);
    api = new FakeBotApi();
    db = Database.open(dir);
    runtime = new RuntimeStore(db, Clock.systemUTC());
    service = newService(Duration.ofSeconds(15));
    service.start();
  }

  private static Logger poller() {
    return (Logger) LoggerFactory.getLogger(LongPoller.class);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private TelegramService newService(Duration pollSlack) {
    Settings settings = Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url(),
        Settings.ENV_INDEX_DIR, dir.toString()));
    TelegramService.Options options = new TelegramService.Options(1,
        new BotApi.Policy(4, Duration.ofSeconds(5), Duration.ofMillis(10), Duration.ofMillis(40),
            Duration.ofSeconds(30)),
        d -> { }, Duration.ofMillis(50), Duration.ofSeconds(5), pollSlack, Duration.ofSeconds(30));
    return new TelegramService(new StandardCommands(), settings, new FakeEngine(), ChatState.of(runtime),
        actor -> new ReloadReport(1, true, 0, 0, 0, List.of(), 1, 1), Clock.systemUTC(), options);
  }

  @AfterEach
  void stopBot() {
    service.close();
    root().detachAppender(logs);
    poller().setLevel(null);
    api.close();
    db.close();
  }

  private long send(String text) {
    long id = nextUpdate++;
    api.offer(Updates.text(id, LAN, "vi", text));
    return id;
  }

  private List<ILoggingEvent> logged(Level level, String part) {
    return events().stream().filter(e -> e.getLevel() == level)
        .filter(e -> e.getFormattedMessage().contains(part)).toList();
  }

  /** What was logged so far: the appender appends under its own lock, from the bot's threads. */
  private List<ILoggingEvent> events() {
    synchronized (logs) {
      return List.copyOf(logs.list);
    }
  }

  private List<ILoggingEvent> errorsAndTraces() {
    return events().stream()
        .filter(e -> e.getLevel() == Level.ERROR || e.getThrowableProxy() != null).toList();
  }

  private void awaitProcessed(long id) throws InterruptedException {
    api.await(cs -> runtime.isProcessed(id), Duration.ofSeconds(15));
  }

  @Test
  void anAnswerWhoseHtmlTelegramCannotParseIsSentAgainAsPlainText() throws Exception {
    api.fail("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse"
        + " entities: Unsupported start tag \\\"b\\\" at byte offset 3\"}");
    send("Linh Trung?");
    List<FakeBotApi.Call> replies = api.awaitReplies(LAN, 2);
    assertThat(replies.get(0).params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    FakeBotApi.Call plain = replies.get(1);
    assertThat(plain.params().has("parse_mode")).isFalse();
    assertThat(plain.text()).isEqualTo(TelegramText.render(replies.get(0).text())).contains("38.807")
        .doesNotContain("<b>", "&amp;");
    assertThat(logged(Level.WARN, "sent again as plain text")).hasSize(1);
    assertThat(errorsAndTraces()).isEmpty();
  }

  @Test
  void aChatThatBlockedTheBotIsOneWarnWithoutRetryOrApologyAndIsMarkedUntilItWritesAgain() throws Exception {
    api.fail("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by"
        + " the user\"}");
    long id = send("Linh Trung?");
    awaitProcessed(id);
    assertThat(api.calls("sendMessage")).hasSize(1); // no retry, no apology
    assertThat(runtime.blockedChats()).containsExactly(LAN);
    assertThat(logged(Level.WARN, "refuses messages")).hasSize(1);
    assertThat(errorsAndTraces()).isEmpty();

    send("Linh Trung?"); // the user unblocked the bot and writes again
    assertThat(api.awaitReplies(LAN, 2).get(1).text()).contains("38.807");
    assertThat(runtime.blockedChats()).isEmpty();
  }

  @Test
  void anActiveWebhookIsDeletedKeepingPendingUpdatesAndPollingGoesOn() throws Exception {
    api.fail("getUpdates", 409, "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: can't use getUpdates"
        + " method while webhook is active; use deleteWebhook to delete the webhook first\"}");
    send("Linh Trung?");
    assertThat(api.awaitReplies(LAN, 1).get(0).text()).contains("38.807");
    // the long poll in flight may carry the update before a later poll meets the 409, and the fake records the
    // deleteWebhook call before the poller has its answer: wait for the poller's line, not for the call
    api.await(cs -> !logged(Level.INFO, "deleted it, pending updates kept").isEmpty(), Duration.ofSeconds(15));
    List<FakeBotApi.Call> deletes = api.calls("deleteWebhook");
    assertThat(deletes).hasSize(1);
    assertThat(deletes.get(0).params().path("drop_pending_updates").asBoolean(false)).isFalse();
    assertThat(logged(Level.INFO, "deleted it, pending updates kept")).hasSize(1);
    assertThat(errorsAndTraces()).isEmpty();
  }

  @Test
  void anotherInstancePollingIsOneWarnWithTelegramsWordsAndABackOff() throws Exception {
    for (int i = 0; i < 3; i++) {
      api.fail("getUpdates", 409, "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other"
          + " getUpdates request; make sure that only one bot instance is running\"}");
    }
    send("Linh Trung?");
    assertThat(api.awaitReplies(LAN, 1).get(0).text()).contains("38.807");
    // the long poll in flight may carry the update before a later poll meets the conflicts
    api.await(cs -> !logged(Level.WARN, "another instance polls with this token").isEmpty(), Duration.ofSeconds(15));
    List<ILoggingEvent> warns = logged(Level.WARN, "another instance polls with this token");
    assertThat(warns).hasSize(1);
    assertThat(warns.get(0).getFormattedMessage()).contains("terminated by other getUpdates request");
    assertThat(errorsAndTraces()).isEmpty();
  }

  @Test
  void threeUnauthorizedPollsAfterAGoodStartEndTheBotWithExitCode2AndOneLine() throws Exception {
    service.close();
    service = newService(Duration.ofSeconds(15));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(service::runUntilShutdown);
    api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("getupdates")), Duration.ofSeconds(15));
    for (int i = 0; i < 3; i++) {
      api.fail("getUpdates", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    }
    assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(2);
    List<ILoggingEvent> errors = errorsAndTraces();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getFormattedMessage()).contains(LongPoller.TOKEN_REVOKED);
    assertThat(errors.get(0).getThrowableProxy()).isNull();
  }

  @Test
  void pollingGoesOnAfterANullResultAndAMissingResult() throws Exception {
    api.fail("getUpdates", 200, "{\"ok\":true,\"result\":null}");
    api.fail("getUpdates", 200, "{\"ok\":true}");
    send("Linh Trung?");
    assertThat(api.awaitReplies(LAN, 1).get(0).text()).contains("38.807");
    // the long poll in flight may carry the update before the next polls meet the two faults
    api.await(cs -> !logged(Level.WARN, "without a result list").isEmpty(), Duration.ofSeconds(15));
    assertThat(logged(Level.WARN, "without a result list")).hasSize(1);
    assertThat(errorsAndTraces()).isEmpty();
  }

  @Test
  void pollingGoesOnAfterAnExceptionInsideTheLibrary() throws Exception {
    api.fail("getUpdates", 200, "{\"message\":\"a proxy answered, no ok field\"}"); // NPE in the library
    api.fail("getUpdates", 200, "{\"ok\":true,\"result\":[{\"update_id\":\"not a number\"}]}");
    send("Linh Trung?");
    assertThat(api.awaitReplies(LAN, 1).get(0).text()).contains("38.807");
    api.awaitFaultsApplied(2, Duration.ofSeconds(15)); // both polls met their fault, not only the one in flight
    assertThat(errorsAndTraces()).isEmpty();
  }

  @Test
  void aHungGetUpdatesIsGivenUpAtItsDeadlineAndPollingGoesOn() throws Exception {
    service.close();
    service = newService(Duration.ofSeconds(1));
    service.start();
    api.fail("getUpdates", FakeBotApi.STALL, "60000");
    long t0 = System.nanoTime();
    send("Linh Trung?");
    assertThat(api.awaitReplies(LAN, 1).get(0).text()).contains("38.807");
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(10);
    api.await(cs -> !logged(Level.WARN, "no answer within").isEmpty(), Duration.ofSeconds(15));
  }

  @Test
  void aRoutineStopLogsNoErrorAndNoTrace() throws Exception {
    send("Linh Trung?");
    api.awaitReplies(LAN, 1);
    service.close(); // what SIGTERM runs, with a getUpdates held open by the server
    assertThat(errorsAndTraces()).isEmpty();
  }
}
