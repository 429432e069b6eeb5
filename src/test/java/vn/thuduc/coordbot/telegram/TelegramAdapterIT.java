package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.chatstate.ChatState;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.telegram.transport.BotApi;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/** The adapter against a fake Bot API server and a canned engine: commands, buttons, limits, faults. */
class TelegramAdapterIT {
  private static final long LAN = 1001;
  private static final long JOHN = 1003;
  private static final long ADMIN = 9001;

  @TempDir
  Path dir;

  private FakeBotApi api;
  private Database db;
  private RuntimeStore runtime;
  private final FakeEngine engine = new FakeEngine();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private volatile DataException reloadFailure;
  private TelegramService service;
  private long nextUpdate = 500_000;

  @BeforeEach
  void startBot() throws Exception {
    api = new FakeBotApi();
    db = Database.open(dir);
    runtime = new RuntimeStore(db, Clock.systemUTC());
    service = newService();
    service.start();
  }

  private TelegramService newService() {
    Settings settings = Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url(),
        Settings.ENV_ADMIN_IDS, String.valueOf(ADMIN)));
    TelegramService.Options options = new TelegramService.Options(1,
        new BotApi.Policy(4, Duration.ofSeconds(5), Duration.ofMillis(10), Duration.ofMillis(40),
            Duration.ofSeconds(30)),
        waits::add, Duration.ofMillis(50), Duration.ofSeconds(5));
    return new TelegramService(new StandardCommands(), settings, engine, ChatState.of(runtime), this::reload, Clock.systemUTC(), options);
  }

  private ReloadReport reload(String actor) throws DataException {
    if (reloadFailure != null) {
      throw reloadFailure;
    }
    engine.version++;
    return new ReloadReport(engine.version, false, 1, 2, 0, List.of("zone_stats.csv: linh-trung workers 38807 → 38900"),
        42, 321);
  }

  @AfterEach
  void stopBot() throws Exception {
    service.close();
    api.close();
    db.close();
  }

  private long send(long user, String lang, String text) {
    long id = nextUpdate++;
    api.offer(Updates.text(id, user, lang, text));
    return id;
  }

  private String repliesText(long chat, int n) throws InterruptedException {
    StringBuilder sb = new StringBuilder();
    for (FakeBotApi.Call c : api.awaitReplies(chat, n)) {
      sb.append(TelegramText.render(c.text())).append('\n');
    }
    return sb.toString();
  }

  @Test
  void startWelcomesInTheUsersLanguageWithAKeyboardOfTopics() throws Exception {
    send(LAN, "vi", "/start");
    FakeBotApi.Call reply = api.awaitReplies(LAN, 1).get(0);
    assertThat(reply.text()).contains("Xin chào").contains("/zones");
    assertThat(reply.params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    assertThat(reply.params().path("reply_markup").path("inline_keyboard").toString())
        .contains("t:stats").contains("t:zones");
  }

  @Test
  void helpListsZonesAndStatsButNotAdminCommandsToOrdinaryUsers() throws Exception {
    send(LAN, "vi", "/help");
    String text = repliesText(LAN, 1);
    assertThat(text).contains("/zones").contains("/stats").contains("/lang").doesNotContain("/reload");
  }

  @Test
  void helpShowsAdminCommandsToAdmins() throws Exception {
    send(ADMIN, "vi", "/help");
    assertThat(repliesText(ADMIN, 1)).contains("/reload").contains("/status").contains("/unanswered");
  }

  @Test
  void plainTextIsAQuestionForTheEngineWithTypingShown() throws Exception {
    send(LAN, "vi", "Khu chế xuất Linh Trung có bao nhiêu lao động?");
    assertThat(repliesText(LAN, 1)).contains("38.807");
    assertThat(api.calls("sendChatAction")).anySatisfy(c -> assertThat(c.params().path("action").asText())
        .isEqualTo("typing"));
  }

  @Test
  void englishUserGetsEnglishFromLanguageCode() throws Exception {
    send(JOHN, "en", "How many workers are in Linh Trung?");
    assertThat(repliesText(JOHN, 1)).contains("38,807 workers");
  }

  @Test
  void withoutLanguageCodeTheQuestionsLanguageDecides() throws Exception {
    send(1500, null, "How many workers are in Linh Trung?");
    assertThat(repliesText(1500, 1)).contains("workers");
  }

  @Test
  void zonesShowsAButtonPerZoneWithShortIdsAndAPressShowsTheCard() throws Exception {
    send(LAN, "vi", "/zones");
    FakeBotApi.Call list = api.awaitReplies(LAN, 1).get(0);
    String keyboard = list.params().path("reply_markup").path("inline_keyboard").toString();
    assertThat(keyboard).contains("z:linh-trung-2").contains("KCN Bình Chiểu").contains("z:shtp");
    list.params().path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b ->
        assertThat(b.path("callback_data").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .hasSizeLessThanOrEqualTo(64)));

    api.offer(Updates.press(nextUpdate++, LAN, "vi", 1000, "z:linh-trung-2"));
    api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("editmessagetext")), Duration.ofSeconds(10));
    assertThat(api.calls("answerCallbackQuery")).hasSize(1);
    FakeBotApi.Call edit = api.calls("editMessageText").get(0);
    assertThat(edit.text()).contains("25.312");
    assertThat(edit.params().path("message_id").asInt()).isEqualTo(1000);
    assertThat(edit.params().path("reply_markup").toString()).contains("z:binh-chieu");
  }

  @Test
  void pressingTheSameZoneTwiceIsNoErrorAndBothPressesAreAnswered() throws Exception {
    send(LAN, "vi", "/zones");
    api.awaitReplies(LAN, 1);
    api.offer(Updates.press(nextUpdate++, LAN, "vi", 1000, "z:linh-trung-2"));
    api.offer(Updates.press(nextUpdate++, LAN, "vi", 1000, "z:linh-trung-2"));
    api.await(cs -> cs.stream().filter(c -> c.method().equals("answercallbackquery")).count() == 2
        && cs.stream().filter(c -> c.method().equals("editmessagetext")).count() == 2, Duration.ofSeconds(10));
    assertThat(api.calls("sendMessage")).hasSize(1); // no apology after "message is not modified"
  }

  @Test
  void aStaleOrUnknownButtonIsStillAnswered() throws Exception {
    api.offer(Updates.press(nextUpdate++, LAN, "vi", 4242, "x:gone"));
    api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("answercallbackquery")), Duration.ofSeconds(10));
    assertThat(api.calls("answerCallbackQuery").get(0).params().path("text").asText()).contains("/zones");
  }

  @Test
  void aPressOnAMessageThatIsGoneSendsTheCardAsANewMessage() throws Exception {
    api.offer(Updates.press(nextUpdate++, LAN, "vi", 4242, "z:linh-trung-2"));
    List<FakeBotApi.Call> replies = api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("sendmessage")),
        Duration.ofSeconds(10));
    assertThat(replies.stream().filter(c -> c.method().equals("sendmessage")).findFirst().orElseThrow().text())
        .contains("25.312");
    assertThat(api.calls("answerCallbackQuery")).hasSize(1);
  }

  @Test
  void statsSendsTheTableWithTotalsAndAPngBarChart() throws Exception {
    send(LAN, "vi", "/stats");
    List<FakeBotApi.Call> replies = api.awaitReplies(LAN, 2);
    assertThat(replies.get(0).method()).isEqualTo("sendmessage");
    assertThat(replies.get(0).text()).contains("328").contains("126.694");
    FakeBotApi.Call photo = replies.get(1);
    assertThat(photo.method()).isEqualTo("sendphoto");
    assertThat(photo.text().length()).isLessThanOrEqualTo(1024);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.file()));
    // drawn for a phone: as wide as the renderer draws, as tall as the chart needs
    assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
    assertThat(image.getHeight()).isBetween(300, 2000);
  }

  @Test
  void chartSendsOnlyThePhoto() throws Exception {
    send(LAN, "vi", "/chart");
    List<FakeBotApi.Call> replies = api.awaitReplies(LAN, 1);
    assertThat(replies.get(0).method()).isEqualTo("sendphoto");
    assertThat(ImageIO.read(new ByteArrayInputStream(replies.get(0).file()))).isNotNull();
  }

  @ParameterizedTest
  @CsvSource({"/meeting,meeting", "/awards,awards", "/law,law", "/about,about"})
  void topicCommandsAnswerFromTheEngine(String command, String topic) throws Exception {
    send(LAN, "vi", command);
    assertThat(repliesText(LAN, 1)).contains("Chủ đề " + topic);
  }

  @Test
  void zoneWithANameAsksTheEngineAndWithoutOneShowsTheZones() throws Exception {
    send(LAN, "vi", "/zone linh trung");
    assertThat(repliesText(LAN, 1)).contains("38.807");
    send(LAN, "vi", "/zone");
    assertThat(api.awaitReplies(LAN, 2).get(1).params().path("reply_markup").toString()).contains("z:cat-lai");
  }

  @Test
  void searchEscapesWhatTheUserTypedAndNeedsText() throws Exception {
    send(LAN, "vi", "/search <b>đình công</b>");
    FakeBotApi.Call reply = api.awaitReplies(LAN, 1).get(0);
    assertThat(reply.text()).contains("&lt;&lt;b&gt;đình công&lt;/b&gt;&gt;");
    send(LAN, "vi", "/search");
    assertThat(TelegramText.render(api.awaitReplies(LAN, 2).get(1).text())).contains("/search");
  }

  @Test
  void langSwitchesTheReplyLanguageAndIsRemembered() throws Exception {
    send(LAN, "vi", "/lang en");
    assertThat(repliesText(LAN, 1)).contains("English");
    assertThat(runtime.userLang(vn.thuduc.coordbot.identity.Identity.telegram(LAN))).contains("en");
    send(LAN, "vi", "Linh Trung?");
    assertThat(TelegramText.render(api.awaitReplies(LAN, 2).get(1).text())).contains("workers");
    send(LAN, "vi", "/lang vi");
    send(LAN, "vi", "Linh Trung?");
    assertThat(TelegramText.render(api.awaitReplies(LAN, 4).get(3).text())).contains("lao động");
  }

  @Test
  void langWithoutArgumentOffersBothLanguages() throws Exception {
    send(LAN, "vi", "/lang");
    assertThat(api.awaitReplies(LAN, 1).get(0).params().path("reply_markup").toString())
        .contains("l:vi").contains("l:en");
  }

  @Test
  void reloadByANonAdminIsRefusedPolitelyAndAudited() throws Exception {
    send(1002, "vi", "/reload");
    String text = repliesText(1002, 1);
    assertThat(text).contains("không có quyền").doesNotContain("Đã tải lại");
    assertThat(engine.version).isEqualTo(1);
    assertThat(runtime.auditLog(5)).anySatisfy(a -> {
      assertThat(a.userId()).isEqualTo(1002);
      assertThat(a.action()).isEqualTo("reload");
      assertThat(a.allowed()).isFalse();
    });
  }

  @Test
  void reloadByAnAdminReportsVersionZonesAndChanges() throws Exception {
    send(ADMIN, "vi", "/reload");
    String text = repliesText(ADMIN, 1);
    assertThat(text).contains("Đã tải lại").contains("phiên bản 2").contains("5 khu").contains("Thêm 1, sửa 2, xóa 0")
        .contains("38807 → 38900");
    assertThat(runtime.auditLog(5)).anySatisfy(a -> assertThat(a.allowed()).isTrue());
  }

  @Test
  void reloadOfBadDataNamesFileAndLineAndKeepsTheOldData() throws Exception {
    reloadFailure = new DataException("zone_stats.csv", 4, "workers is not a number: 'abc'");
    send(ADMIN, "en", "/reload");
    String text = repliesText(ADMIN, 1);
    assertThat(text).contains("zone_stats.csv:4: workers is not a number").contains("old data (version 1)");
  }

  @Test
  void otherUsersAreAnsweredWhileAReloadRuns() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    service.close();
    service = new TelegramService(new StandardCommands(), Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL,
        api.url(), Settings.ENV_ADMIN_IDS, String.valueOf(ADMIN))), engine, ChatState.of(runtime), actor -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new ReloadReport(1, true, 0, 0, 0, List.of(), 42, 5);
        }, Clock.systemUTC(), new TelegramService.Options(1, BotApi.Policy.defaults(), waits::add,
            Duration.ofMillis(50), Duration.ofSeconds(5)));
    service.start();
    send(ADMIN, "vi", "/reload");
    send(LAN, "vi", "Linh Trung?");
    assertThat(repliesText(LAN, 1)).contains("38.807");
    release.countDown();
    assertThat(repliesText(ADMIN, 1)).contains("không đổi");
  }

  @Test
  void statusAndUnansweredAreForAdminsAndNeverShowTheToken() throws Exception {
    send(LAN, "vi", "something the engine does not know");
    repliesText(LAN, 1);
    send(ADMIN, "vi", "/status");
    String status = repliesText(ADMIN, 1);
    assertThat(status).contains("Phiên bản dữ liệu: 1").contains("1 chưa trả lời được")
        .doesNotContain(FakeBotApi.TOKEN).doesNotContain("TEST-token");
    send(ADMIN, "vi", "/unanswered");
    assertThat(TelegramText.render(api.awaitReplies(ADMIN, 2).get(1).text()))
        .contains("something the engine does not know");
    send(LAN, "vi", "/status");
    assertThat(TelegramText.render(api.awaitReplies(LAN, 2).get(1).text())).contains("không có quyền");
  }

  @Test
  void aLongAnswerIsSplitIntoMessagesOfAtMost4096Characters() throws Exception {
    send(LAN, "vi", FakeEngine.LONG);
    List<FakeBotApi.Call> replies = api.awaitReplies(LAN, 2);
    api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("sendmessage") && c.text().contains("Dòng 9")),
        Duration.ofSeconds(5));
    for (FakeBotApi.Call c : replies) {
      assertThat(TelegramText.render(c.text()).length()).isLessThanOrEqualTo(4096);
    }
    assertThat(replies.get(0).text()).contains("&lt;38.807&gt;").contains("&amp;");
  }

  @Test
  void aFiveThousandCharacterQuestionGetsAnAnswer() throws Exception {
    String q = "Khu chế xuất Linh Trung có bao nhiêu lao động? ".repeat(120).substring(0, 5000);
    send(LAN, "vi", q);
    assertThat(repliesText(LAN, 1)).contains("38.807");
  }

  @Test
  void aDuplicateUpdateIsAnsweredOnceEvenAfterARestart() throws Exception {
    long id = send(LAN, "vi", "Linh Trung?");
    api.offer(Updates.text(id, LAN, "vi", "Linh Trung?"));
    api.awaitReplies(LAN, 1);
    api.await(cs -> api.confirmedBelow() > id, Duration.ofSeconds(10));
    assertThat(runtime.isProcessed(id)).isTrue();

    service.close();
    api.offer(Updates.text(id, LAN, "vi", "Linh Trung?")); // Telegram offers it again after a restart
    service = newService();
    service.start();
    send(LAN, "vi", "/help");
    api.awaitReplies(LAN, 2);
    assertThat(FakeBotApi.replies(api.calls(), LAN)).hasSize(2);
  }

  @Test
  void aSendRefusedWith429IsRetriedAfterRetryAfter() throws Exception {
    api.fail429("sendMessage", 3);
    send(LAN, "vi", "Linh Trung?");
    assertThat(repliesText(LAN, 2)).contains("38.807");
    assertThat(waits).contains(Duration.ofSeconds(3));
  }

  @Test
  void sendsAreRetriedAfter5xxAndAnswersWithoutOk() throws Exception {
    api.fail("sendMessage", 502, "<html><body>Bad Gateway</body></html>");
    api.fail("sendMessage", 500, "{\"error\":\"no ok field\"}");
    api.fail("sendMessage", 503, "{\"ok\":false,\"error_code\":503,\"description\":\"Service Unavailable\"}");
    send(LAN, "vi", "Linh Trung?");
    assertThat(repliesText(LAN, 4)).contains("38.807");
  }

  @Test
  void pollingSurvivesGetUpdatesErrors() throws Exception {
    api.fail("getUpdates", 502, "<html>Bad Gateway</html>");
    api.fail("getUpdates", 500, "{\"message\":\"no ok\"}");
    send(LAN, "vi", "Linh Trung?");
    assertThat(repliesText(LAN, 1)).contains("38.807");
  }

  @Test
  void anEngineFailureGetsAnApologyAndTheBotCarriesOn() throws Exception {
    send(LAN, "vi", FakeEngine.BOOM);
    assertThat(repliesText(LAN, 1)).contains("Xin lỗi");
    send(LAN, "vi", "Linh Trung?");
    assertThat(TelegramText.render(api.awaitReplies(LAN, 2).get(1).text())).contains("38.807");
  }

  @Test
  void inGroupsOnlyCommandsAndMentionsAreAnswered() throws Exception {
    long group = -5000;
    api.offer(Updates.message(nextUpdate++, LAN, group, "group", "vi", "Linh Trung chit chat"));
    api.offer(Updates.message(nextUpdate++, LAN, group, "group", "vi", "/help@some_other_bot"));
    api.offer(Updates.message(nextUpdate++, LAN, group, "group", "vi", "/unknowncmd"));
    api.offer(Updates.message(nextUpdate++, LAN, group, "group", "vi",
        "@" + FakeBotApi.BOT_USERNAME + " Linh Trung có bao nhiêu lao động?"));
    api.offer(Updates.message(nextUpdate++, LAN, group, "group", "vi", "/stats@" + FakeBotApi.BOT_USERNAME));
    List<FakeBotApi.Call> replies = api.awaitReplies(group, 3);
    assertThat(replies).hasSize(3);
    assertThat(TelegramText.render(replies.get(0).text())).contains("38.807");
    assertThat(replies.get(1).text()).contains("126.694");
    assertThat(replies.get(2).method()).isEqualTo("sendphoto");
  }

  @Test
  void anUnknownCommandInAPrivateChatPointsToHelp() throws Exception {
    send(LAN, "vi", "/frobnicate");
    assertThat(repliesText(LAN, 1)).contains("/frobnicate").contains("/help");
  }

  @Test
  void theCommandMenuIsRegisteredInBothLanguagesAndAsDefault() throws Exception {
    List<FakeBotApi.Call> menus = api.calls("setMyCommands");
    assertThat(menus).hasSize(3);
    assertThat(menus).extracting(c -> c.params().path("language_code").asText("")).containsExactlyInAnyOrder(
        "", "vi", "en");
    assertThat(menus.get(0).params().path("commands").toString()).contains("\"zones\"").doesNotContain("reload");
  }

  @Test
  void aRefusedCommandMenuDoesNotStopTheBot() throws Exception {
    service.close();
    api.refuseSetMyCommands();
    service = newService();
    service.start();
    send(LAN, "vi", "Linh Trung?");
    assertThat(repliesText(LAN, 1)).contains("38.807");
  }

  @Test
  void repliesInOneChatKeepTheirOrder() throws Exception {
    for (int i = 0; i < 10; i++) {
      send(LAN, "vi", i % 2 == 0 ? "/about" : "Linh Trung?");
    }
    List<FakeBotApi.Call> replies = api.awaitReplies(LAN, 10);
    for (int i = 0; i < 10; i++) {
      assertThat(TelegramText.render(replies.get(i).text())).contains(i % 2 == 0 ? "Chủ đề about" : "38.807");
    }
  }

  @Test
  void withoutATokenTheServiceExplainsAndExitsWithCode2() {
    TelegramService noToken = new TelegramService(new StandardCommands(), Settings.of(Map.of(Settings.ENV_ADMIN_IDS, "9001")), engine, ChatState.of(runtime), this::reload,
        Clock.systemUTC());
    assertThat(noToken.runUntilShutdown()).isEqualTo(2);
  }
}
