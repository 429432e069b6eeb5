package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.chatstate.ChatState;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.telegram.transport.BotApi;

/** Incoming flood control and outgoing rate limits with the default settings, on real time. */
class FloodControlIT {
  private static final long FLOODER = 61_001;
  private static final long CALM = 61_002;

  @TempDir
  Path dir;

  @Test
  void aFloodOfTwoHundredGetsOneNoticeWhileAnotherUserIsAnsweredPromptly() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); Database db = Database.open(dir)) {
      Settings settings = Settings.load(Path.of("config", "coordbot.properties"),
          Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url()));
      TelegramService bot = new TelegramService(new StandardCommands(), settings, new FakeEngine(), ChatState.of(new RuntimeStore(db, Clock.systemUTC())),
          actor -> new ReloadReport(1, true, 0, 0, 0, List.of(), 1, 1), Clock.systemUTC(),
          new TelegramService.Options(1, BotApi.Policy.defaults(), d -> Thread.sleep(d.toMillis()),
              Duration.ofMillis(50), Duration.ofSeconds(5)));
      try {
        bot.start();
        for (int i = 0; i < 200; i++) {
          api.offer(Updates.text(3_000_000L + i, FLOODER, "vi", "KCX Linh Trung " + i));
        }
        long t0 = System.nanoTime();
        api.offer(Updates.text(3_000_500L, CALM, "vi", "KCX Linh Trung có bao nhiêu lao động?"));
        api.awaitSent(sent -> sent.stream().anyMatch(s -> s.chatId() == CALM), Duration.ofSeconds(10));
        long calmMillis = (System.nanoTime() - t0) / 1_000_000;

        List<FakeBotApi.Call> toFlooder = api.awaitSent(sent -> sent.stream()
            .anyMatch(s -> s.chatId() == FLOODER && s.text().contains("quá nhanh")), Duration.ofSeconds(20))
            .stream().filter(s -> s.chatId() == FLOODER).toList();
        // the burst (10) is answered at 1 message/s per chat after its own burst of 3: all out within ~10 s
        List<FakeBotApi.Call> all = api.awaitSent(sent -> sent.stream().filter(s -> s.chatId() == FLOODER).count() >= 11,
            Duration.ofSeconds(20)).stream().filter(s -> s.chatId() == FLOODER).toList();
        long notices = all.stream().filter(s -> s.text().contains("quá nhanh")).count();
        System.out.printf("[figures] flood: 200 messages from one user -> %d answers + %d notice; another user"
            + " answered in %d ms%n", all.size() - notices, notices, calmMillis);
        assertThat(calmMillis).as("the other user's wait").isLessThan(3000);
        assertThat(notices).isEqualTo(1);
        assertThat(all.size() - notices).isEqualTo(10);
        assertThat(toFlooder).isNotEmpty();
        for (int i = 1; i < all.size(); i++) {
          long gapMillis = (all.get(i).atNanos() - all.get(Math.max(0, i - 3)).atNanos()) / 1_000_000;
          if (i >= 3) {
            assertThat(gapMillis).as("4 messages to one chat span at least 1 s (burst 3, then 1/s)")
                .isGreaterThanOrEqualTo(900);
          }
        }
      } finally {
        bot.close();
      }
    }
  }
}
