package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.chatstate.ChatState;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.telegram.transport.BotApi;

/**
 * A Bot API that offers confirmed updates again (on every 3rd poll and after each restart), and
 * three bot instances in turn over the same index directory: each update is answered once.
 */
class RedeliveryIT {
  private static final int PER_INSTANCE = 150;

  @TempDir
  Path dir;

  @Test
  void updatesOfferedAgainAreSkippedWithinARunAndByANewInstanceOverTheSameDirectory() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      api.redeliverEvery(3);
      Settings settings = Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url(),
          Settings.ENV_INDEX_DIR, dir.toString()), Map.of("telegram.rate.global.per.second", "1000"));
      int offered = 0;
      for (int instance = 0; instance < 3; instance++) {
        try (Database db = Database.open(dir)) {
          TelegramService bot = new TelegramService(new StandardCommands(), settings, new FakeEngine(), ChatState.of(new RuntimeStore(db, Clock.systemUTC())),
              actor -> new ReloadReport(1, true, 0, 0, 0, List.of(), 1, 1), Clock.systemUTC(),
              new TelegramService.Options(1, BotApi.Policy.defaults(), d -> { }, Duration.ofMillis(50),
                  Duration.ofSeconds(5)));
          try {
            bot.start();
            for (int i = 0; i < PER_INSTANCE; i++, offered++) {
              api.offer(Updates.text(70_000_000L + offered, 500_000 + offered, "vi", "KCX Linh Trung?"));
            }
            int target = offered;
            api.awaitSent(sent -> chats(sent) >= target, Duration.ofSeconds(60));
          } finally {
            bot.close();
          }
        }
      }
      Map<Long, Long> perChat = api.sent().stream()
          .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
      System.out.printf("[figures] redelivery: %d updates over 3 instances, %d offered again, %d answered twice%n",
          offered, api.redelivered(), perChat.values().stream().filter(n -> n > 1).count());
      assertThat(api.redelivered()).isGreaterThan(PER_INSTANCE);
      assertThat(perChat).hasSize(offered);
      assertThat(perChat.values()).allMatch(n -> n == 1);
    }
  }

  private static long chats(List<FakeBotApi.Call> sent) {
    return sent.stream().map(FakeBotApi.Call::chatId).distinct().count();
  }
}
