package vn.thuduc.coordbot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.bench.FakeZaloApi;
import vn.thuduc.coordbot.bench.ZaloWebhooks;
import vn.thuduc.coordbot.telegram.BotProcess;

/**
 * Zalo end to end: the packaged bot's {@code serve} gets signed webhook events and answers through the
 * fake Zalo API, with the advisers' group on the fake Bot API: questions in both languages, follow-ups,
 * refused signatures, a repeated msg_id, two users at once, buttons, a chart, a ticket round trip with
 * a long answer split, the free-message window, an expired access token, a SIGKILL between the
 * acknowledgement and the answer, and a refused refresh token.
 */
class ZaloEndToEndIT {
  private static final long GROUP = -1001234567890L;
  private static final long ADVISER = 7001;
  private static final String WORKER = "2468000000000000001";
  private static final String OTHER = "2468000000000000002";
  private static final String PROPS = "telegram.rate.global.per.second=1000\ntelegram.rate.chat.burst=20\n"
      + "telegram.flood.burst=100\n";
  private static final Pattern TICKET = Pattern.compile("#(\\d+)");

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong updateIds = new AtomicLong(90_000_000L);

  @Test
  void aWorkerTalksToTheBotOnZaloAndReachesAnAdviser() throws Exception {
    int port = freePort();
    try (FakeZaloApi zalo = new FakeZaloApi(); FakeBotApi telegram = new FakeBotApi()) {
      Map<String, String> env = env(zalo, telegram, port);
      ZaloWebhooks hooks = new ZaloWebhooks("http://127.0.0.1:" + port, FakeZaloApi.APP_ID, FakeZaloApi.OA_SECRET);
      try (BotProcess bot = BotProcess.start(dir, PROPS, env, "serve")) {
        awaitHealthy(port, bot);

        // unsigned and wrongly signed events are refused and do nothing
        String hello = hooks.text(WORKER, "KCX Linh Trung có bao nhiêu lao động?");
        assertThat(hooks.post(hello, null).statusCode()).isEqualTo(401);
        assertThat(hooks.post(hello, "mac=" + "0".repeat(64)).statusCode()).isEqualTo(401);
        assertThat(hooks.post(hello, hooks.sign(hello.replace("Linh Trung", "Cát Lái"))).statusCode()).isEqualTo(401);

        // a follow is welcomed; a question is answered in the user's conversation, and the follow-up builds on it
        assertThat(hooks.post(hooks.event("follow", WORKER, null, null)).statusCode()).isEqualTo(200);
        assertThat(zalo.awaitTo(WORKER, 1).get(0).text()).contains("Xin chào");
        assertThat(hooks.post(hello).statusCode()).isEqualTo(200);
        assertThat(zalo.awaitTo(WORKER, 2).get(1).text()).contains("38.807");
        assertThat(hooks.post(hello).statusCode()).isEqualTo(200); // Zalo sends the same msg_id again
        hooks.post(hooks.text(WORKER, "còn Linh Trung 2?"));
        assertThat(zalo.awaitTo(WORKER, 3).get(2).text()).contains("Linh Trung 2").contains("25.312");
        assertThat(zalo.sentTo(WORKER)).hasSize(3).filteredOn(s -> s.text().contains("38.807")).hasSize(1);
        assertThat(zalo.refreshes()).isEqualTo(1); // the first refresh token, once

        // English, and two users' events interleaved: each gets their own answers, in the order their events
        // came, also when Zalo sends an earlier msg_id again after later ones (answered once, in its place)
        String otherFirst = hooks.text(OTHER, "How many workers does Linh Trung EPZ have?");
        hooks.post(otherFirst);
        hooks.post(hooks.text(WORKER, "/lang en"));
        hooks.post(hooks.text(OTHER, "and Linh Trung 2?"));
        assertThat(hooks.post(otherFirst).body()).contains("duplicate");
        hooks.post(hooks.text(WORKER, "How many enterprises does Cat Lai have?"));
        hooks.post(hooks.text(OTHER, "and Binh Chieu?"));
        List<FakeZaloApi.Sent> other = zalo.awaitTo(OTHER, 3);
        assertThat(other.get(0).text()).contains("38,807");
        assertThat(other.get(1).text()).contains("25,312");
        assertThat(other.get(2).text()).containsAnyOf("1,448", "1.448").doesNotContain("38,807");
        List<FakeZaloApi.Sent> worker = zalo.awaitTo(WORKER, 5);
        assertThat(worker.get(3).text()).contains("English");
        assertThat(worker.get(4).text()).containsIgnoringCase("Cat Lai");
        hooks.post(hooks.text(WORKER, "/lang vi"));
        zalo.awaitTo(WORKER, 6);

        // other events are acknowledged: a sticker gets a note, a "seen" nothing
        hooks.post(hooks.event("user_send_sticker", WORKER, null, "st-1"));
        assertThat(zalo.awaitTo(WORKER, 7).get(6).text()).contains("chữ");
        assertThat(hooks.post(hooks.event("user_seen_message", WORKER, null, null)).statusCode()).isEqualTo(200);

        // a signed event with a field out of bounds (a 5,000-character user id, a 200-character msg_id) is
        // refused with 400 and changes nothing: not kept, not answered, its user not counted
        String huge = "9".repeat(5000);
        assertThat(hooks.post(hooks.text(huge, "KCX Linh Trung có bao nhiêu lao động?")).statusCode()).isEqualTo(400);
        assertThat(hooks.post(hooks.event("user_send_text", WORKER, "hi", "m".repeat(200))).statusCode())
            .isEqualTo(400);
        assertThat(zalo.sentTo(huge)).isEmpty();
        assertThat(zalo.sentTo(WORKER)).hasSize(7);

        // a ranking comes with its chart, uploaded and sent as an image
        hooks.post(hooks.text(WORKER, "so sánh số lao động các khu"));
        List<FakeZaloApi.Sent> chart = zalo.awaitTo(WORKER, 9);
        assertThat(chart.get(7).text()).contains("53.000");
        assertThat(chart.get(8).isImage()).isTrue();
        assertThat(zalo.uploads()).isEqualTo(1);

        // a personal problem offers an adviser as a button; the worker opens a ticket
        hooks.post(hooks.text(WORKER, "cty no luong 2 thang roi phai lam sao"));
        assertThat(zalo.awaitTo(WORKER, 10).get(9).buttons()).contains("Hỏi cán bộ tư vấn");
        hooks.post(hooks.text(WORKER, "/tuvan Em làm ở KCX Linh Trung, công ty nợ lương 2 tháng, em phải làm sao?"));
        List<FakeZaloApi.Sent> opened = zalo.awaitTo(WORKER, 12);
        assertThat(opened.get(10).text()).contains("miễn phí");
        long ticket = number(opened.get(11).text());
        FakeBotApi.Call post = telegram.awaitReplies(GROUP, 1).get(0);
        assertThat(post.text()).contains("#" + ticket).contains("nợ lương").doesNotContain(WORKER);

        // the adviser's long answer reaches the worker on Zalo, split at sentence ends under 2,000 characters
        String longAnswer = "Bạn có thể khiếu nại tới công đoàn cơ sở và giữ bảng lương. ".repeat(70);
        telegram.offer(group("/reply " + ticket + " " + longAnswer));
        List<FakeZaloApi.Sent> answered = zalo.await(all -> all.stream().filter(s -> s.userId().equals(WORKER))
            .anyMatch(s -> s.buttons().contains("Đóng phiếu #" + ticket)), Duration.ofSeconds(30)).stream()
            .filter(s -> s.userId().equals(WORKER)).skip(12).toList();
        assertThat(answered).hasSizeGreaterThanOrEqualTo(3)
            .allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(2000));
        assertThat(answered.get(0).text()).contains("#" + ticket).doesNotContain("<b>");
        assertThat(answered.get(answered.size() - 2).text()).endsWith("bảng lương.");
        assertThat(answered.get(answered.size() - 1).buttons()).contains("Đóng phiếu #" + ticket);
        int seen = zalo.sentTo(WORKER).size();

        // the worker adds to it: the group gets it; then closes it and rates the help
        hooks.post(hooks.text(WORKER, "/hoithem " + ticket + " Em chưa ký hợp đồng thì sao ạ?"));
        assertThat(zalo.awaitTo(WORKER, seen + 1).get(seen).text()).contains("#" + ticket);
        awaitGroup(telegram, "chưa ký hợp đồng");
        hooks.post(hooks.text(WORKER, "/dong " + ticket));
        FakeZaloApi.Sent closed = zalo.awaitTo(WORKER, seen + 2).get(seen + 1);
        assertThat(closed.text()).contains("đã đóng");
        assertThat(closed.buttons()).containsExactly("👍 Có ích", "👎 Chưa có ích");
        awaitGroup(telegram, "tự đóng");
        hooks.post(hooks.text(WORKER, "/danhgia " + ticket + " tot"));
        assertThat(zalo.awaitTo(WORKER, seen + 3).get(seen + 2).text()).contains("Cảm ơn");

        // outside the free-message window: the adviser's later answer is refused, and the group is told
        hooks.post(hooks.text(OTHER, "/tuvan Tôi bị sa thải không báo trước"));
        long second = number(zalo.awaitTo(OTHER, 5).get(4).text());
        zalo.unreachable(OTHER, -230);
        telegram.offer(group("/reply " + second + " Bạn liên hệ công đoàn nhé."));
        assertThat(awaitGroup(telegram, "Zalo không chuyển được").text()).contains("#" + second).contains("-230");

        // an expired access token: refreshed once, the send tried again
        zalo.expireAccessToken();
        int before = zalo.sentTo(WORKER).size();
        hooks.post(hooks.text(WORKER, "KCN Cát Lái có bao nhiêu doanh nghiệp?"));
        assertThat(zalo.awaitTo(WORKER, before + 1).get(before).text()).contains("Cát Lái");
        assertThat(zalo.refreshes()).isEqualTo(2);
        assertThat(zalo.refusedCodes()).contains("-216");
        assertThat(get(port, "/metrics")).contains("coordbot_zalo_api_errors_total{code=\"-216\"}");

        // a SIGKILL after the acknowledgement and before the answer: the answer comes after the restart
        zalo.hold();
        assertThat(hooks.post(hooks.text(WORKER, "KCN Bình Chiểu có bao nhiêu lao động?")).statusCode()).isEqualTo(200);
        bot.kill();
      }
      zalo.release();
      int before = zalo.sentTo(WORKER).size();
      try (BotProcess bot = BotProcess.start(dir, PROPS, env, "serve")) {
        awaitHealthy(port, bot);
        // the answer to the question in flight (the earlier ranking also names 1.448: not counted)
        Predicate<FakeZaloApi.Sent> answer = s -> s.text().startsWith("KCN Bình Chiểu có 1.448");
        List<FakeZaloApi.Sent> after = zalo.await(all -> all.stream().anyMatch(answer), Duration.ofSeconds(60));
        assertThat(after.stream().filter(answer)).hasSizeBetween(1, 2);
        assertThat(zalo.sentTo(WORKER).size()).isGreaterThanOrEqualTo(before);

        // Zalo refuses the refresh token: an alert for the operator, no loop of refused calls
        zalo.refuseRefresh();
        zalo.expireAccessToken();
        hooks.post(hooks.text(WORKER, "KCX Linh Trung có bao nhiêu doanh nghiệp?"));
        awaitBody(port, "/healthz", "degraded");
        assertThat(get(port, "/metrics")).contains("coordbot_zalo_token_refused 1.0");
        LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        assertThat(zalo.refusedCodes().stream().filter("invalid_grant"::equals)).hasSize(1);
        assertThat(bot.stderr()).contains("refresh token").doesNotContain(FakeZaloApi.APP_SECRET)
            .doesNotContain(FakeZaloApi.OA_SECRET).doesNotContain("access-");
        bot.terminate(Duration.ofSeconds(15));
      }
    }
  }

  @Test
  void aMissingSecretStopsStartUpWithOneLineNamingIt() throws Exception {
    try (FakeZaloApi zalo = new FakeZaloApi(); FakeBotApi telegram = new FakeBotApi()) {
      Map<String, String> env = env(zalo, telegram, freePort());
      env.remove("ZALO_APP_SECRET");
      try (BotProcess bot = BotProcess.start(dir, PROPS, env, "serve")) {
        assertThat(bot.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(bot.process().exitValue()).isNotZero();
        assertThat(bot.stderr().strip().lines().filter(l -> l.contains("ZALO_APP_SECRET"))).hasSize(1);
        assertThat(bot.stderr()).doesNotContain(FakeZaloApi.OA_SECRET).doesNotContain("Exception");
      }
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private Map<String, String> env(FakeZaloApi zalo, FakeBotApi telegram, int port) {
    Map<String, String> env = new HashMap<>();
    env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
    env.put("TELEGRAM_API_URL", telegram.url());
    env.put("COORDBOT_ADVISER_CHAT_ID", String.valueOf(GROUP));
    env.put("COORDBOT_WEB_PORT", String.valueOf(port));
    env.put("ZALO_APP_ID", FakeZaloApi.APP_ID);
    env.put("ZALO_OA_SECRET", FakeZaloApi.OA_SECRET);
    env.put("ZALO_APP_SECRET", FakeZaloApi.APP_SECRET);
    env.put("ZALO_REFRESH_TOKEN", FakeZaloApi.FIRST_REFRESH);
    env.put("ZALO_API_URL", zalo.url());
    env.put("ZALO_OAUTH_URL", zalo.url());
    return env;
  }

  private ObjectNode group(String text) {
    long id = updateIds.incrementAndGet();
    ObjectNode u = json.createObjectNode().put("update_id", id);
    ObjectNode m = u.putObject("message").put("message_id", (int) (id % 100_000)).put("date", 1_700_000_000);
    m.putObject("from").put("id", ADVISER).put("is_bot", false).put("first_name", "A").put("language_code", "vi");
    m.putObject("chat").put("id", GROUP).put("type", "supergroup").put("title", "Advisers");
    m.put("text", text);
    int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
    m.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
    return u;
  }

  private static FakeBotApi.Call awaitGroup(FakeBotApi api, String containing) throws InterruptedException {
    List<FakeBotApi.Call> calls = api.await(cs -> FakeBotApi.replies(cs, GROUP).stream()
        .anyMatch(c -> c.text().contains(containing)), Duration.ofSeconds(30));
    return FakeBotApi.replies(calls, GROUP).stream().filter(c -> c.text().contains(containing)).reduce((a, b) -> b)
        .orElseThrow();
  }

  private String get(int port, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private void awaitHealthy(int port, BotProcess bot) throws Exception {
    awaitBody(port, "/healthz", "\"ok\"");
  }

  private void awaitBody(int port, String path, String containing) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        last = get(port, path);
        if (last.contains(containing)) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    throw new AssertionError(path + " never contained " + containing + "; last: " + last);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static long number(String text) {
    Matcher m = TICKET.matcher(text);
    assertThat(m.find()).as("a ticket number in: " + text).isTrue();
    return Long.parseLong(m.group(1));
  }
}
