package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;

/** The packaged bot: one serving process per index directory, and an unusable directory named in one line. */
class ServingLockIT {
  @TempDir
  Path work;

  @Test
  void aSecondBotOnTheSameIndexDirectoryExitsWith2NamingTheDirectoryAndThePid() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url());
      try (BotProcess first = BotProcess.start(work, "", env, "telegram")) {
        api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("getupdates")), Duration.ofSeconds(90));
        try (BotProcess second = BotProcess.start(work, "", env, "telegram")) {
          assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
          assertThat(second.process().exitValue()).isEqualTo(2);
          assertThat(second.stderr()).contains(work.resolve("index").toString())
              .contains("pid " + first.process().pid()).doesNotContain("Exception");
        }
        Map<String, String> web = new java.util.HashMap<>(env);
        web.put("COORDBOT_WEB_PORT", "0");
        for (String other : new String[] {"web", "serve"}) {
          try (BotProcess second = BotProcess.start(work, "", web, other)) {
            assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.process().exitValue()).as(other + " beside a running bot").isEqualTo(2);
            assertThat(second.stderr()).contains(work.resolve("index").toString())
                .contains("pid " + first.process().pid()).doesNotContain("Exception");
          }
        }
        for (String[] args : new String[][] {{"reload"}, {"ask", "KCX Linh Trung có bao nhiêu lao động?"}}) {
          try (BotProcess beside = BotProcess.start(work, "", env, args)) { // do not take the lock
            assertThat(beside.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(beside.process().exitValue()).as(args[0] + " beside a running bot").isZero();
          }
        }
        assertThat(first.process().isAlive()).isTrue();
        first.terminate(Duration.ofSeconds(10));
        assertThat(first.stderr()).doesNotContain(" ERROR ", "Exception");
      }
    }
  }

  @Test
  void anIndexDirectoryThatIsAFileIsOneLineNamingTheVariableAndExit2() throws Exception {
    Path file = Files.writeString(work.resolve("not-a-dir"), "x");
    Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", "http://127.0.0.1:9",
        "COORDBOT_INDEX_DIR", file.toString());
    try (BotProcess bot = BotProcess.start(work, "", env, "telegram")) {
      assertThat(bot.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(bot.process().exitValue()).isEqualTo(2);
      assertThat(bot.stderr()).contains("COORDBOT_INDEX_DIR").doesNotContain("Exception");
      System.out.println("[figures] unusable index dir, stderr:\n" + bot.stderr());
    }
  }
}
