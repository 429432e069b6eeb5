package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;

/**
 * The packaged bot as a child process: SIGTERM during a slow send finishes (or hands back) the update
 * and exits within 10 s with SQLite and Lucene closed; a known token never reaches stderr, the log
 * file or {@code /status}, whether the API is unreachable, failing, or refuses the token.
 */
class ShutdownAndSecretsIT {
  private static final String SECRET = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);
  private static final long ADMIN = 9001;

  @TempDir
  Path work;

  @Test
  void sigtermDuringASlowSendFinishesTheUpdateClosesTheStoresAndExitsWithinTenSeconds() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url());
      Duration exit;
      try (BotProcess bot = BotProcess.start(work, "", env, "telegram")) {
        api.awaitCalls("getUpdates", 0, Duration.ofSeconds(60));
        api.fault("sendMessage", FakeBotApi.Fault.stall(3000), 1);
        api.offer(Updates.text(50_000_001L, 7001, "vi", "KCX Linh Trung có bao nhiêu lao động?"));
        api.awaitFaultsApplied(1, Duration.ofSeconds(20)); // the reply is on its way and stuck
        exit = bot.terminate(Duration.ofSeconds(10));
      }
      String log = Files.readString(work.resolve("index/coordbot.log"), StandardCharsets.UTF_8);
      assertThat(log).contains("shutdown requested").contains("Telegram bot stopped")
          .contains("closed the index and the database");
      assertThat(work.resolve("index/lucene/write.lock")).satisfiesAnyOf(
          p -> assertThat(p).doesNotExist(), p -> assertThat(p).exists()); // the lock file may stay; the lock not
      long deliveredBeforeExit = api.sentTo(7001).size();

      // a restart neither loses the update (if it was handed back) nor answers it again
      try (BotProcess again = BotProcess.start(work, "", env, "telegram")) {
        int polls = api.callCount("getUpdates");
        api.awaitSent(sent -> sent.stream().anyMatch(s -> s.chatId() == 7001), Duration.ofSeconds(60));
        api.awaitCalls("getUpdates", polls + 2, Duration.ofSeconds(60));
        again.terminate(Duration.ofSeconds(10));
      }
      System.out.printf("[figures] SIGTERM during a stalled send: exit in %d ms, reply delivered %s%n",
          exit.toMillis(), deliveredBeforeExit == 1 ? "before exit" : "after restart (handed back)");
      assertThat(exit).isLessThan(Duration.ofSeconds(10));
      assertThat(api.sentTo(7001)).hasSize(1);
    }
  }

  @Test
  void theTokenNeverShowsInLogsWhenTheApiIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
        "TELEGRAM_API_URL", "http://127.0.0.1:" + closedPort);
    String stderr;
    try (BotProcess bot = BotProcess.start(work, "", env, "telegram")) {
      awaitLog(bot, "unreachable", Duration.ofSeconds(60));
      awaitLog(bot, "retrying in 2 s", Duration.ofSeconds(60)); // at least two failed tries
      bot.terminate(Duration.ofSeconds(10));
      stderr = bot.stderr();
    }
    assertNoToken(stderr);
  }

  @Test
  void theTokenNeverShowsInLogsOrStatusWhenTheApiFailsOrRefusesIt() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      api.fault("getUpdates", FakeBotApi.Fault.html(502), 2);
      api.fault("sendMessage", FakeBotApi.Fault.status(500), 6); // the answer and the apology both give up
      Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url(),
          "COORDBOT_ADMIN_IDS", String.valueOf(ADMIN));
      String stderr;
      try (BotProcess bot = BotProcess.start(work, "", env, "telegram")) {
        api.offer(Updates.text(60_000_001L, 7002, "vi", "KCX Linh Trung?"));
        api.awaitFaultsApplied(8, Duration.ofSeconds(60));
        api.offer(Updates.text(60_000_002L, ADMIN, "vi", "/status"));
        api.awaitSent(sent -> sent.stream().anyMatch(s -> s.chatId() == ADMIN), Duration.ofSeconds(30));
        bot.terminate(Duration.ofSeconds(10));
        stderr = bot.stderr();
      }
      assertThat(api.sentTo(ADMIN)).allSatisfy(s -> assertThat(s.text()).doesNotContain(SECRET));
      assertNoToken(stderr);

      // a token the API refuses: the bot stops with a message naming the setting, not the token
      Path other = work.resolve("refused");
      try (BotProcess bot = BotProcess.start(other, "", Map.of("TELEGRAM_BOT_TOKEN", "1:" + SECRET + "x",
          "TELEGRAM_API_URL", api.url()), "telegram")) {
        assertThat(bot.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bot.process().exitValue()).isEqualTo(2);
        assertThat(bot.stderr()).contains("TELEGRAM_BOT_TOKEN").doesNotContain(SECRET);
        assertThat(Files.readString(other.resolve("index/coordbot.log"))).doesNotContain(SECRET);
      }
    }
  }

  private void assertNoToken(String stderr) throws Exception {
    assertThat(stderr).as("stderr").isNotBlank().doesNotContain(SECRET).doesNotContain(FakeBotApi.TOKEN);
    try (Stream<Path> logs = Files.list(work.resolve("index"))) {
      for (Path f : logs.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
        assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(f.toString()).doesNotContain(SECRET);
      }
    }
    System.out.printf("[figures] token search: %d chars of stderr and the log file, 0 hits%n", stderr.length());
  }

  private static void awaitLog(BotProcess bot, String text, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!bot.stderr().contains(text)) {
      if (System.nanoTime() > deadline || !bot.process().isAlive()) {
        throw new AssertionError("'" + text + "' not logged; stderr:\n" + bot.stderr());
      }
      bot.process().waitFor(100, TimeUnit.MILLISECONDS);
    }
  }
}
