package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;

/**
 * Exactly-once answers across SIGKILL: the packaged bot is killed twice mid-stream while the fake
 * Bot API keeps offering (and sometimes re-offering) updates; each restart runs over the same index
 * directory. Every update must be answered, and at most {@code telegram.delivery.window} per kill
 * twice (the updates caught between their reply and their record, which the delivery window bounds).
 */
class CrashRecoveryIT {
  private static final int WINDOW = 16;
  static final String FAST = "telegram.rate.global.per.second=1000\ntelegram.rate.chat.burst=10\n"
      + "telegram.delivery.window=" + WINDOW + "\n";
  private static final int UPDATES = 1200;
  private static final long FIRST_CHAT = 300_000;

  @TempDir
  Path work;

  @Test
  void everyUpdateIsAnsweredOnceAcrossTwoSigkillsAndRestarts() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      api.redeliverEvery(4);
      for (int i = 0; i < UPDATES; i++) {
        api.offer(Updates.text(20_000_000L + i, FIRST_CHAT + i, "vi", "KCX Linh Trung có bao nhiêu lao động?"));
      }
      Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url());
      int kills = 0;
      for (int killAt : new int[] {300, 700}) {
        try (BotProcess bot = BotProcess.start(work, FAST, env, "telegram")) {
          api.awaitSent(sent -> answeredChats(sent) >= killAt, Duration.ofSeconds(90));
          bot.kill();
          kills++;
        }
      }
      Duration stop;
      try (BotProcess bot = BotProcess.start(work, FAST, env, "telegram")) {
        api.awaitSent(sent -> answeredChats(sent) >= UPDATES, Duration.ofSeconds(120));
        stop = bot.terminate(Duration.ofSeconds(10));
      }

      Map<Long, Long> perChat = api.sent().stream().filter(s -> s.method().equals("sendmessage"))
          .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
      long lost = 0;
      long twice = 0;
      for (int i = 0; i < UPDATES; i++) {
        long n = perChat.getOrDefault(FIRST_CHAT + i, 0L);
        lost += n == 0 ? 1 : 0;
        twice += n > 1 ? 1 : 0;
      }
      System.out.printf("[figures] exactly-once under SIGKILL: %d updates, %d kills, %d re-offered after"
          + " confirmation, %d lost, %d answered twice, SIGTERM exit in %d ms%n", UPDATES, kills, api.redelivered(),
          lost, twice, stop.toMillis());
      assertThat(lost).as("updates never answered").isZero();
      assertThat(twice).as("updates answered twice (at most the window per kill)")
          .isLessThanOrEqualTo((long) kills * WINDOW);
      assertThat(perChat.values()).allMatch(n -> n <= 2);
    }
  }

  static long answeredChats(List<FakeBotApi.Call> sent) {
    return sent.stream().filter(s -> s.method().equals("sendmessage")).map(FakeBotApi.Call::chatId)
        .collect(Collectors.toMap(Function.identity(), c -> 1, (a, b) -> a)).size();
  }
}
