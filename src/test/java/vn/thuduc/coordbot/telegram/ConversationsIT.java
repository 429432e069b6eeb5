package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;

/**
 * Follow-ups on Telegram through the fake Bot API and the real engine: a conversation is one user in
 * one chat, so two people in one group keep their own frames; /new clears it; a follow-up without a
 * frame gets a clarifying question whose choices are buttons that ask them.
 */
class ConversationsIT {
  private static final long LAN = 2001;
  private static final long MINH = 2002;
  private static final long GROUP = -100_777;
  private static final String BOT = "@" + FakeBotApi.BOT_USERNAME;

  @TempDir
  Path dir;

  private RealBot real;
  private FakeBotApi api;
  private long nextUpdate = 8_000_000;

  @BeforeEach
  void start() throws Exception {
    real = RealBot.start(dir, 9001, false);
    api = real.api();
  }

  @AfterEach
  void stop() {
    real.close();
  }

  private String inGroup(long user, String text, int replies) throws InterruptedException {
    api.offer(Updates.message(nextUpdate++, user, GROUP, "supergroup", "vi", BOT + " " + text));
    List<FakeBotApi.Call> rs = api.awaitReplies(GROUP, replies);
    return TelegramText.render(rs.get(replies - 1).text());
  }

  @Test
  void twoUsersInOneGroupKeepSeparateFrames() throws Exception {
    assertThat(inGroup(LAN, "KCX Linh Trung 2 có bao nhiêu lao động?", 1)).contains("Linh Trung 2");
    assertThat(inGroup(MINH, "KCN Cát Lái có bao nhiêu lao động?", 2)).contains("Cát Lái");
    String lan = inGroup(LAN, "và số doanh nghiệp?", 3);
    String minh = inGroup(MINH, "và số doanh nghiệp?", 4);
    assertThat(lan).as("Lan's follow-up builds on Lan's question").contains("Linh Trung 2").doesNotContain("Cát Lái");
    assertThat(minh).as("Minh's follow-up builds on Minh's question").contains("Cát Lái")
        .doesNotContain("Linh Trung 2");
  }

  @Test
  void newClearsTheFrameAndTheClarifyingChoicesAreButtonsThatAsk() throws Exception {
    api.offer(Updates.text(nextUpdate++, LAN, "vi", "KCX Linh Trung 2 có bao nhiêu lao động?"));
    api.awaitReplies(LAN, 1);
    api.offer(Updates.text(nextUpdate++, LAN, "vi", "/new"));
    assertThat(TelegramText.render(api.awaitReplies(LAN, 2).get(1).text())).contains("bắt đầu lại");
    api.offer(Updates.text(nextUpdate++, LAN, "vi", "và số doanh nghiệp?"));
    FakeBotApi.Call clarify = api.awaitReplies(LAN, 3).get(2);
    assertThat(TelegramText.render(clarify.text())).contains("khu nào").doesNotContain("328");
    List<String> buttons = clarify.params().path("reply_markup").path("inline_keyboard").findValuesAsText("text");
    List<String> data = clarify.params().path("reply_markup").path("inline_keyboard")
        .findValuesAsText("callback_data");
    assertThat(buttons).anyMatch(b -> b.contains("Linh Trung 2"));
    int i = 0;
    while (!buttons.get(i).contains("Linh Trung 2")) {
      i++;
    }
    api.offer(Updates.press(nextUpdate++, LAN, "vi", clarify.params().path("message_id").asInt(1), data.get(i)));
    String answer = TelegramText.render(api.awaitReplies(LAN, 4).get(3).text());
    assertThat(answer).contains("Linh Trung 2").contains("30").doesNotContain("328");
  }
}
