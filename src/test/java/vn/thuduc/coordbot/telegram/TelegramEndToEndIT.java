package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * The real answer engine over the real dataset ({@code config/data}, copied so a test may break it)
 * behind the adapter, driven through a fake Bot API server as the public acceptance scenario does.
 */
class TelegramEndToEndIT {
  private static final long LAN = 1001;
  private static final long MINH = 1002;
  private static final long JOHN = 1003;
  private static final long ADMIN = 9001;

  @TempDir
  Path dir;

  private RealBot real;
  private Path data;
  private FakeBotApi api;
  private Coordbot app;
  private TelegramService bot;
  private long nextUpdate = 7_000_000;

  @BeforeEach
  void start() throws Exception {
    real = RealBot.start(dir, ADMIN, false);
    data = real.data();
    api = real.api();
    app = real.app();
    bot = real.bot();
  }

  @AfterEach
  void stop() {
    real.close();
  }

  private void command(long user, String lang, String text) {
    api.offer(Updates.text(nextUpdate++, user, lang, text));
  }

  private String shown(long chat, int n) throws InterruptedException {
    StringBuilder sb = new StringBuilder();
    for (FakeBotApi.Call c : api.awaitReplies(chat, n)) {
      sb.append(TelegramText.render(c.text())).append('\n');
    }
    return sb.toString();
  }

  @Test
  void walksThroughThePublicTourWithTheRealEngine() throws Exception {
    command(LAN, "vi", "/start");
    assertThat(shown(LAN, 1)).containsIgnoringCase("khu");
    command(LAN, "vi", "/help");
    assertThat(shown(LAN, 2)).contains("/zones").contains("/stats");

    command(LAN, "vi", "Khu chế xuất Linh Trung có bao nhiêu lao động?");
    String linhTrung = TelegramText.render(api.awaitReplies(LAN, 3).get(2).text());
    assertThat(linhTrung).contains("38.807").doesNotContain("25.312");

    command(LAN, "vi", "khu cong nghe cao co bao nhieu doanh nghiep");
    assertThat(TelegramText.render(api.awaitReplies(LAN, 4).get(3).text())).contains("162");

    command(LAN, "vi", "/zones");
    FakeBotApi.Call zones = api.awaitReplies(LAN, 5).get(4);
    assertThat(zones.params().path("reply_markup").toString()).contains("z:linh-trung-2").contains("Bình Chiểu")
        .contains("Cát Lái");
    api.offer(Updates.press(nextUpdate++, LAN, "vi", 1004, "z:linh-trung-2"));
    api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("editmessagetext")), Duration.ofSeconds(10));
    assertThat(api.calls("answerCallbackQuery")).hasSize(1);
    assertThat(TelegramText.render(api.calls("editMessageText").get(0).text())).contains("25.312");

    command(LAN, "vi", "/stats");
    List<FakeBotApi.Call> all = api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("sendphoto")),
        Duration.ofSeconds(15));
    String stats = all.stream().filter(c -> c.method().equals("sendmessage")).map(FakeBotApi.Call::text)
        .reduce("", String::concat);
    assertThat(stats).contains("328").contains("126.694");
    FakeBotApi.Call photo = api.calls("sendPhoto").get(0);
    assertThat(ImageIO.read(new ByteArrayInputStream(photo.file())).getWidth()).isEqualTo(ChartRenderer.WIDTH);
    assertThat(photo.text().length()).isLessThanOrEqualTo(1024);
  }

  @Test
  void answersEnglishQuestionsInEnglish() throws Exception {
    command(JOHN, "en", "How many workers are in Binh Chieu industrial park?");
    assertThat(shown(JOHN, 1)).contains("1,448").contains("workers");
  }

  @Test
  void langSwitchesTheLanguageOfTheRealAnswers() throws Exception {
    command(LAN, "vi", "/lang en");
    shown(LAN, 1);
    command(LAN, "vi", "Khu chế xuất Linh Trung có bao nhiêu lao động?");
    assertThat(TelegramText.render(api.awaitReplies(LAN, 2).get(1).text())).contains("38,807").contains("workers");
  }

  @Test
  void onlyAdminsMayReloadAndTheAdminSeesWhatChanged() throws Exception {
    command(MINH, "vi", "/reload");
    assertThat(shown(MINH, 1)).contains("không có quyền").doesNotContain("Đã tải lại");

    Files.writeString(data.resolve("zone_stats.csv"), Files.readString(data.resolve("zone_stats.csv"))
        .replace("linh-trung-2,2024-03-08,30,25312", "linh-trung-2,2024-03-08,30,25400")
        .replace("linh-trung-1,2024-03-08,31,38807", "linh-trung-1,2024-03-08,31,38719")); // totals unchanged
    command(ADMIN, "vi", "/reload");
    String reply = shown(ADMIN, 1);
    assertThat(reply).contains("Đã tải lại").contains("5 khu").contains("25400");
    api.offer(Updates.press(nextUpdate++, LAN, "vi", 1, "z:linh-trung-2"));
    api.await(cs -> FakeBotApi.replies(cs, LAN).size() >= 1, Duration.ofSeconds(10));
    assertThat(TelegramText.render(FakeBotApi.replies(api.calls(), LAN).get(0).text())).contains("25.400");
  }

  @Test
  void aReloadOfBrokenDataNamesTheLineAndTheOldDataKeepsServing() throws Exception {
    Files.writeString(data.resolve("zone_stats.csv"), "linh-trung-2,2024-03-08,thirty,25312,thanhuy-2024-03-08\n",
        StandardOpenOption.APPEND);
    command(ADMIN, "en", "/reload");
    assertThat(shown(ADMIN, 1)).containsPattern("zone_stats\\.csv:\\d+:").contains("still being served");
    command(LAN, "vi", "Khu chế xuất Linh Trung có bao nhiêu lao động?");
    assertThat(shown(LAN, 1)).contains("38.807");
  }

  @Test
  void aFiveThousandCharacterQuestionIsAnsweredWithinTheMessageLimit() throws Exception {
    String q = "Khu chế xuất Linh Trung có bao nhiêu lao động? ".repeat(120).substring(0, 5000);
    command(LAN, "vi", q);
    List<FakeBotApi.Call> replies = api.awaitReplies(LAN, 1);
    assertThat(replies).allSatisfy(c -> assertThat(TelegramText.render(c.text()).length())
        .isLessThanOrEqualTo(4096));
  }

  @Test
  void theSameUpdateOfferedTwiceIsAnsweredOnce() throws Exception {
    long id = nextUpdate++;
    api.offer(Updates.text(id, LAN, "vi", "/about"));
    api.offer(Updates.text(id, LAN, "vi", "/about"));
    command(LAN, "vi", "/help");
    api.awaitReplies(LAN, 2);
    assertThat(FakeBotApi.replies(api.calls(), LAN)).hasSize(2);
  }
}
