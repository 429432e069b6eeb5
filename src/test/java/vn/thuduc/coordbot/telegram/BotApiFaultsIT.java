package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.chatstate.ChatState;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.telegram.transport.BotApi;

/**
 * Every Bot API fault Telegram or a proxy in front of it produces, on getUpdates, sendMessage and
 * sendPhoto, against one running bot: the answer still arrives exactly once, the poller keeps
 * polling, and 429 waits exactly {@code retry_after} (recorded by the sleeper, not slept).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BotApiFaultsIT {
  @TempDir
  static Path dir;

  private FakeBotApi api;
  private Database db;
  private TelegramService bot;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final AtomicLong nextUpdate = new AtomicLong(900_000);
  private final AtomicLong nextChat = new AtomicLong(50_000);
  private static final List<String> SUMMARY = new CopyOnWriteArrayList<>();

  @BeforeAll
  void start() throws Exception {
    api = new FakeBotApi();
    db = Database.open(dir);
    RuntimeStore runtime = new RuntimeStore(db, Clock.systemUTC());
    Settings settings = Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url()));
    TelegramService.Options options = new TelegramService.Options(1,
        new BotApi.Policy(5, Duration.ofSeconds(1), Duration.ofMillis(20), Duration.ofMillis(80),
            Duration.ofSeconds(30)),
        waits::add, Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(10));
    bot = new TelegramService(new StandardCommands(), settings, new FakeEngine(), ChatState.of(runtime),
        actor -> new ReloadReport(1, true, 0, 0, 0, List.of(), 1, 1), Clock.systemUTC(), options);
    bot.start();
  }

  @AfterAll
  void stop() {
    bot.close();
    api.close();
    db.close();
    System.out.println("[figures] Bot API faults survived: " + SUMMARY.size() + " cases: " + SUMMARY);
  }

  static Stream<Arguments> faults() {
    List<Arguments> out = new ArrayList<>();
    for (String method : List.of("getUpdates", "sendMessage", "sendPhoto")) {
      int retryAfter = switch (method) {
        case "getUpdates" -> 5;
        case "sendMessage" -> 7;
        default -> 6;
      };
      out.add(Arguments.of(method, FakeBotApi.Fault.tooManyRequests(retryAfter), 1));
      out.add(Arguments.of(method, FakeBotApi.Fault.status(500), 2));
      out.add(Arguments.of(method, FakeBotApi.Fault.status(502), 1));
      out.add(Arguments.of(method, FakeBotApi.Fault.status(503), 2));
      out.add(Arguments.of(method, FakeBotApi.Fault.html(502), 1));
      out.add(Arguments.of(method, FakeBotApi.Fault.empty(), 1));
      out.add(Arguments.of(method, FakeBotApi.Fault.noOk(), 1));
      out.add(Arguments.of(method, FakeBotApi.Fault.drop(), 1));
      out.add(Arguments.of(method, FakeBotApi.Fault.stall(method.equals("getUpdates") ? 3500 : 2000), 1));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1} x{2}")
  @MethodSource("faults")
  void theAnswerArrivesExactlyOnceAndPollingGoesOn(String method, FakeBotApi.Fault fault, int times)
      throws Exception {
    long chat = nextChat.incrementAndGet();
    boolean photo = method.equals("sendPhoto");
    int applied = api.faultsApplied().size();
    int waitsBefore = waits.size();
    api.fault(method, fault, times);
    if (method.equals("getUpdates")) {
      // the poll held open now answers normally; the faults hit the polls after it, then the update comes
      api.awaitFaultsApplied(applied + times, Duration.ofSeconds(30));
    }
    api.offer(Updates.text(nextUpdate.incrementAndGet(), chat, "vi", photo ? "/stats" : "KCX Linh Trung?"));

    String expectedMethod = photo ? "sendphoto" : "sendmessage";
    api.awaitSent(sent -> sent.stream().anyMatch(s -> s.chatId() == chat && s.method().equals(expectedMethod)),
        Duration.ofSeconds(20));
    assertThat(api.faultsApplied().size() - applied).as("faults applied").isEqualTo(times);
    assertThat(api.sentTo(chat).stream().filter(s -> s.method().equals(expectedMethod)))
        .as("delivered once").hasSize(1);
    if (fault.code() == 429) {
      assertThat(waits.subList(waitsBefore, waits.size())).contains(Duration.ofSeconds(
          method.equals("getUpdates") ? 5 : method.equals("sendMessage") ? 7 : 6));
    }

    // the poller is still alive: a later update from someone else is answered too
    long other = nextChat.incrementAndGet();
    api.offer(Updates.text(nextUpdate.incrementAndGet(), other, "vi", "KCX Linh Trung?"));
    api.awaitSent(sent -> sent.stream().anyMatch(s -> s.chatId() == other), Duration.ofSeconds(20));
    assertThat(bot.isPolling()).isTrue();
    SUMMARY.add(method + "/" + fault);
  }
}
