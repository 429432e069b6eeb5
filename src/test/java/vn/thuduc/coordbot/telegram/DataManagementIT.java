package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.export.StatsCsv;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * Data management and officials' tools end to end: the real engine over a copy of the dataset, the
 * adapter with its data tools, driven through the fake Bot API (uploads, buttons, documents, inline).
 */
class DataManagementIT {
  private static final long LAN = 1001;
  private static final long MINH = 1002;
  private static final long JOHN = 1003;
  private static final long ADMIN = 9001;
  private static final String CAT_LAI_2025 = "cat-lai,2025-01-01,99,8200,thanhuy-2024-03-08\n";
  private static final String LT2_2025 = "linh-trung-2,2025-01-01,31,26000,thanhuy-2024-03-08\n";
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String LT2_OLD = "linh-trung-2,2024-03-08,30,25312";
  private static final String LT2_NEW = "linh-trung-2,2024-03-08,30,25400";
  private static final String LT1_OLD = "linh-trung-1,2024-03-08,31,38807";
  private static final String LT1_NEW = "linh-trung-1,2024-03-08,31,38719"; // keeps the stated total
  private static final String LT2_QUESTION = "Khu chế xuất Linh Trung 2 có bao nhiêu lao động?";

  @TempDir
  Path dir;

  private RealBot real;
  private Path data;
  private FakeBotApi api;
  private Coordbot app;
  private TelegramService bot;
  private long nextUpdate = 8_000_000;

  @BeforeEach
  void start() throws Exception {
    real = RealBot.start(dir, ADMIN, true);
    data = real.data();
    api = real.api();
    app = real.app();
    bot = real.bot();
  }

  @AfterEach
  void stop() {
    real.close();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private void say(long user, String lang, String text) {
    api.offer(Updates.text(nextUpdate++, user, lang, text));
  }

  private void upload(long user, String fileName, byte[] content) {
    String id = api.upload(content);
    api.offer(Updates.document(nextUpdate++, user, "vi", id, fileName, content.length, null));
  }

  private void press(long user, int messageId, String data) {
    api.offer(Updates.press(nextUpdate++, user, "vi", messageId, data));
  }

  /** The n-th (1-based) message, edit or document the bot sent to {@code chat}, once there is one. */
  private FakeBotApi.Call reply(long chat, int n) throws InterruptedException {
    return api.awaitReplies(chat, n).get(n - 1);
  }

  private static String shown(FakeBotApi.Call c) {
    return TelegramText.render(c.text());
  }

  private static String keyboard(FakeBotApi.Call c) {
    return c.params().path("reply_markup").toString();
  }

  private static String buttonData(FakeBotApi.Call c, String prefix) {
    for (JsonNode row : c.params().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode b : row) {
        if (b.path("callback_data").asText().startsWith(prefix)) {
          return b.path("callback_data").asText();
        }
      }
    }
    throw new AssertionError("no button " + prefix + "… in " + keyboard(c));
  }


  private int sentId(FakeBotApi.Call c) {
    // the fake gives message ids in send order starting at 1000
    List<FakeBotApi.Call> sends = api.calls().stream().filter(x -> x.method().equals("sendmessage")
        || x.method().equals("sendphoto") || x.method().equals("senddocument")).toList();
    return 1000 + sends.indexOf(c);
  }

  private List<FakeBotApi.Call> await(Predicate<List<FakeBotApi.Call>> p) throws InterruptedException {
    return api.await(p, WAIT);
  }

  private String zoneStats() throws IOException {
    return Files.readString(data.resolve("zone_stats.csv"));
  }

  private String ask(long user, String question, int n) throws InterruptedException {
    say(user, "vi", question);
    return shown(reply(user, n));
  }

  /** Both Linh Trung zones change and the stated total stays right. */
  private static String swapLinhTrung(String csv) {
    return csv.replace(LT2_OLD, LT2_NEW).replace(LT1_OLD, LT1_NEW);
  }

  /** Uploads an edited zone_stats.csv as the admin, applies it, and returns the admin's reply count. */
  private int importStats(java.util.function.UnaryOperator<String> edit, int repliesSoFar) throws Exception {
    upload(ADMIN, "zone_stats.csv", edit.apply(zoneStats()).getBytes(StandardCharsets.UTF_8));
    FakeBotApi.Call preview = reply(ADMIN, repliesSoFar + 1);
    press(ADMIN, sentId(preview), buttonData(preview, "imp:a:"));
    FakeBotApi.Call done = reply(ADMIN, repliesSoFar + 2);
    assertThat(shown(done)).contains("Đã nhập thành phiên bản");
    return repliesSoFar + 2;
  }

  // ---- import ---------------------------------------------------------------------------------

  @Test
  void anUploadShowsADryRunDiffAndApplyChangesTheAnswers() throws Exception {
    upload(ADMIN, "zone_stats.csv", zoneStats().replace(LT2_OLD, LT2_NEW).replace(LT1_OLD, LT1_NEW)
        .getBytes(StandardCharsets.UTF_8));
    FakeBotApi.Call preview = reply(ADMIN, 1);
    assertThat(shown(preview)).contains("Chạy thử").contains("sửa 2")
        .contains("workers 25312 → 25400").contains("workers 38807 → 38719");
    assertThat(keyboard(preview)).contains("imp:a:").contains("imp:c:");
    assertThat(zoneStats()).contains(LT2_OLD); // a dry run changes nothing
    assertThat(ask(LAN, LT2_QUESTION, 1)).contains("25.312");

    press(ADMIN, sentId(preview), buttonData(preview, "imp:a:"));
    FakeBotApi.Call applied = reply(ADMIN, 2);
    assertThat(applied.method()).isEqualTo("editmessagetext");
    assertThat(shown(applied)).contains("phiên bản dữ liệu 2");
    assertThat(api.calls("answerCallbackQuery")).hasSize(1);
    assertThat(zoneStats()).contains(LT2_NEW).contains(LT1_NEW);
    assertThat(ask(LAN, LT2_QUESTION, 2)).contains("25.400");
    assertThat(app.data().versions()).hasSize(2);
    try (Stream<Path> left = Files.list(data)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aBadUploadIsRejectedWithFileAndLineAndChangesNothing() throws Exception {
    String before = zoneStats();
    upload(ADMIN, "zone_stats.csv", (before + "binh-chieu,2025-01-01,many,1500,thanhuy-2024-03-08\n")
        .getBytes(StandardCharsets.UTF_8));
    FakeBotApi.Call reply = reply(ADMIN, 1);
    assertThat(shown(reply)).containsPattern("zone_stats\\.csv:7:").contains("Không có gì thay đổi");
    assertThat(keyboard(reply)).doesNotContain("imp:");
    assertThat(zoneStats()).isEqualTo(before);
    assertThat(app.engine().datasetVersion()).isEqualTo(1);

    upload(ADMIN, "notes.bin", "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(shown(reply(ADMIN, 2))).contains("notes.bin:0: not a dataset file");
    // a text file is a meeting record: without a date of the event it is refused, saying what to give
    upload(ADMIN, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(shown(reply(ADMIN, 3))).contains("notes.txt").contains("no event date");
    assertThat(app.engine().datasetVersion()).isEqualTo(1);
  }

  @Test
  void aZipOfTheWholeDatasetIsImportedAndAZipWithATraversalPathIsRejected() throws Exception {
    byte[] evil = zip(Map.of("../../evil/zone_stats.csv", zoneStats().getBytes(StandardCharsets.UTF_8)));
    upload(ADMIN, "data.zip", evil);
    assertThat(shown(reply(ADMIN, 1))).contains("unsafe path");

    Map<String, byte[]> all = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        all.put("data/" + f.getFileName(), Files.readAllBytes(f));
      }
    }
    all.put("data/zone_stats.csv", zoneStats().replace(LT2_OLD, LT2_NEW).replace(LT1_OLD, LT1_NEW)
        .getBytes(StandardCharsets.UTF_8));
    upload(ADMIN, "dataset.zip", zip(all));
    FakeBotApi.Call preview = reply(ADMIN, 2);
    assertThat(shown(preview)).contains("sửa 2");
    press(ADMIN, sentId(preview), buttonData(preview, "imp:a:"));
    assertThat(shown(reply(ADMIN, 3))).contains("phiên bản dữ liệu 2");
    assertThat(ask(LAN, LT2_QUESTION, 1)).contains("25.400");
  }

  @Test
  void aNonAdminWhoUploadsIsRefusedPolitelyAndAudited() throws Exception {
    upload(MINH, "zone_stats.csv", zoneStats().replace(LT2_OLD, LT2_NEW).getBytes(StandardCharsets.UTF_8));
    assertThat(shown(reply(MINH, 1))).contains("chỉ quản trị viên");
    assertThat(api.calls("getFile")).isEmpty();
    assertThat(app.runtime().auditLog(5)).anySatisfy(a -> {
      assertThat(a.userId()).isEqualTo(MINH);
      assertThat(a.action()).isEqualTo("import");
      assertThat(a.allowed()).isFalse();
    });
  }

  @Test
  void cancelLeavesTheDataAsItWas() throws Exception {
    upload(ADMIN, "zone_stats.csv", zoneStats().replace(LT2_OLD, LT2_NEW).replace(LT1_OLD, LT1_NEW)
        .getBytes(StandardCharsets.UTF_8));
    FakeBotApi.Call preview = reply(ADMIN, 1);
    press(ADMIN, sentId(preview), buttonData(preview, "imp:c:"));
    assertThat(shown(reply(ADMIN, 2))).contains("Đã hủy");
    assertThat(zoneStats()).contains(LT2_OLD);
    press(ADMIN, sentId(preview), buttonData(preview, "imp:a:")); // a stale Apply
    assertThat(shown(reply(ADMIN, 3))).contains("hết hạn");
    assertThat(app.engine().datasetVersion()).isEqualTo(1);
  }

  // ---- history --------------------------------------------------------------------------------

  @Test
  void rollbackRestoresTheOldAnswerAsANewVersion() throws Exception {
    int n = importStats(DataManagementIT::swapLinhTrung, 0);
    n = importStats(csv -> csv + LT2_2025, n);
    assertThat(ask(LAN, LT2_QUESTION, 1)).contains("26.000");

    say(ADMIN, "vi", "/versions");
    assertThat(shown(reply(ADMIN, ++n))).contains("<b>3</b>".replace("<b>", "").replace("</b>", ""))
        .contains("đang dùng").contains("telegram:9001");
    say(ADMIN, "vi", "/rollback 1");
    assertThat(shown(reply(ADMIN, ++n))).contains("Đã khôi phục phiên bản 1 thành phiên bản 4");
    assertThat(ask(LAN, LT2_QUESTION, 2)).contains("25.312");
    assertThat(zoneStats()).contains(LT2_OLD).contains(LT1_OLD);

    say(ADMIN, "vi", "/rollback 99");
    assertThat(shown(reply(ADMIN, ++n))).contains("no such version");
    say(MINH, "vi", "/rollback 1");
    assertThat(shown(reply(MINH, 1))).contains("không có quyền");
  }

  // ---- subscriptions --------------------------------------------------------------------------

  @Test
  void aSubscriberGetsExactlyOneNoticePerChangeOfWhatTheyFollow() throws Exception {
    say(LAN, "vi", "/subscribe linh trung 2");
    assertThat(shown(reply(LAN, 1))).contains("Linh Trung 2");
    say(LAN, "vi", "/subscribe tất cả"); // follows the zone and everything: still one notice per change
    reply(LAN, 2);
    say(JOHN, "vi", "/subscribe kcx linh trung 2");
    assertThat(shown(reply(JOHN, 1))).contains("Linh Trung 2");
    say(MINH, "vi", "/subscribe bình chiểu");
    assertThat(shown(reply(MINH, 1))).contains("Bình Chiểu");

    int n = importStats(DataManagementIT::swapLinhTrung, 0);
    assertThat(shown(reply(LAN, 3))).contains("phiên bản 2").contains("25.312 → 25.400").contains("38.807 → 38.719");
    assertThat(shown(reply(JOHN, 2))).contains("phiên bản 2").contains("25.312 → 25.400");

    n = importStats(csv -> csv + CAT_LAI_2025, n); // only Cát Lái: LAN follows everything, JOHN and MINH do not
    assertThat(shown(reply(LAN, 4))).contains("phiên bản 3").contains("Cát Lái").contains("8.200");
    importStats(csv -> csv + LT2_2025, n);
    // notices go out from one thread, version by version, chat by chat (ids ascending): once JOHN (the
    // highest id) has the notice of version 4, nothing about versions 2 to 4 is still on its way
    assertThat(shown(reply(JOHN, 3))).contains("phiên bản 4").contains("26.000");
    assertThat(shown(reply(LAN, 5))).contains("phiên bản 4");
    assertThat(FakeBotApi.replies(api.calls(), LAN)).hasSize(5);
    assertThat(FakeBotApi.replies(api.calls(), JOHN)).hasSize(3);
    assertThat(FakeBotApi.replies(api.calls(), MINH)).hasSize(1); // Bình Chiểu never changed
  }

  @Test
  void unsubscribeStopsTheNotices() throws Exception {
    say(LAN, "vi", "/subscribe");
    FakeBotApi.Call pick = reply(LAN, 1);
    assertThat(keyboard(pick)).contains("sub:linh-trung-2").contains("sub:*");
    press(LAN, sentId(pick), "sub:linh-trung-2");
    assertThat(shown(reply(LAN, 2))).contains("Linh Trung 2");
    say(LAN, "vi", "/unsubscribe");
    assertThat(shown(reply(LAN, 3))).contains("Đã ngừng");

    importStats(DataManagementIT::swapLinhTrung, 0);
    say(LAN, "vi", "/help");
    reply(LAN, 4);
    assertThat(FakeBotApi.replies(api.calls(), LAN)).hasSize(4);
  }

  // ---- feedback -------------------------------------------------------------------------------

  @Test
  void factualAnswersCarryVoteButtonsAndAdminsSeeTheWorstWithTheUnanswered() throws Exception {
    say(LAN, "vi", LT2_QUESTION);
    FakeBotApi.Call answer = reply(LAN, 1);
    String down = buttonData(answer, "fb:");
    assertThat(down.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    assertThat(down).matches("fb:\\d+:u");
    press(LAN, sentId(answer), down.replace(":u", ":d"));
    await(cs -> cs.stream().anyMatch(c -> c.method().equals("answercallbackquery")));
    assertThat(api.calls("answerCallbackQuery").get(0).params().path("text").asText()).contains("Cảm ơn");

    say(LAN, "vi", "Giá vàng hôm nay bao nhiêu?");
    FakeBotApi.Call unknown = reply(LAN, 2);
    assertThat(keyboard(unknown)).doesNotContain("fb:");
    say(MINH, "vi", "Giá vàng hôm nay bao nhiêu?");
    reply(MINH, 1);
    say(LAN, "vi", "/zones");
    assertThat(keyboard(reply(LAN, 3))).contains("z:").doesNotContain("fb:");

    say(ADMIN, "vi", "/feedback");
    String report = shown(reply(ADMIN, 1));
    assertThat(report).contains("👎 " + LT2_QUESTION).contains("❓ Giá vàng hôm nay bao nhiêu?");
    assertThat(report.indexOf("Giá vàng")).isLessThan(report.indexOf(LT2_QUESTION)); // asked twice, disliked once
  }

  // ---- export ---------------------------------------------------------------------------------

  @Test
  void exportSendsTheStatisticsAsAUtf8CsvWithBomAndStatsOffersIt() throws Exception {
    say(LAN, "vi", "/export");
    FakeBotApi.Call doc = reply(LAN, 1);
    assertThat(doc.method()).isEqualTo("senddocument");
    assertThat(Arrays.copyOf(doc.file(), 3)).isEqualTo(StatsCsv.BOM);
    List<String> rows = new String(doc.file(), 3, doc.file().length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0)).startsWith("Mã khu,Khu,Số liệu tại ngày");
    assertThat(rows).contains("linh-trung-1,Khu chế xuất Linh Trung,2024-03-08,31,38807,9.45,30.63,,,Thanhuytphcm.vn");
    assertThat(rows.get(6)).isEqualTo("total,Tổng cộng,2024-03-08,328,126694,100.00,100.00,0.64,51.21,Thanhuytphcm.vn");

    say(LAN, "vi", "/stats");
    List<FakeBotApi.Call> all = await(cs -> FakeBotApi.replies(cs, LAN).size() >= 3);
    FakeBotApi.Call stats = FakeBotApi.replies(all, LAN).get(1);
    assertThat(keyboard(stats)).contains("\"exp\"").contains("fb:");
    press(LAN, sentId(stats), "exp");
    await(cs -> cs.stream().filter(c -> c.method().equals("senddocument")).count() == 2);
    assertThat(api.calls("answerCallbackQuery")).hasSize(1);
  }

  // ---- inline ---------------------------------------------------------------------------------

  @Test
  void anInlineQueryIsAnsweredWithAnEscapedArticle() throws Exception {
    api.offer(Updates.inline(nextUpdate++, LAN, "vi", "KCX Linh Trung có bao nhiêu lao động?"));
    List<FakeBotApi.Call> calls = await(cs -> cs.stream().anyMatch(c -> c.method().equals("answerinlinequery")));
    JsonNode p = calls.stream().filter(c -> c.method().equals("answerinlinequery")).findFirst().orElseThrow()
        .params();
    assertThat(p.path("inline_query_id").asText()).startsWith("iq");
    JsonNode article = p.path("results").get(0);
    assertThat(article.path("type").asText()).isEqualTo("article");
    assertThat(article.path("input_message_content").path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    assertThat(article.path("input_message_content").path("message_text").asText()).contains("38.807");
    assertThat(article.path("id").asText().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
