package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.web.WebChannel;

/**
 * The legal-advice ticket from the web page, end to end in one process as {@code serve} runs it: a
 * worker in a browser opens a ticket, the advisers get it in their Telegram group, answer it there by
 * a reply, and the worker reads the answer on the page with the same browser (another browser sees
 * nothing); follow-up, close and vote from the page reach the group. Without the bot the page says
 * the advisers cannot be reached and offers no ticket.
 */
class WebTicketIT {
  static final long GROUP = AdviceDeskIT.GROUP;
  static final long ADVISER = AdviceDeskIT.ADVISER_A;
  static final String WORKER_COOKIE = "cb_sid=webworkerAAAAAAAAAAAAA".substring(0, 29);
  static final String STRANGER_COOKIE = "cb_sid=strangerBBBBBBBBBBBBBBB".substring(0, 29);

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong updateIds = new AtomicLong(80_000_000L);

  @Test
  void aWebWorkerOpensATicketTheAdvisersAnswerInTheGroupAndTheWorkerReadsItOnThePage() throws Exception {
    try (AdviceDeskIT.Bot bot = AdviceDeskIT.Bot.start(dir); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(bot.app(), metrics, "127.0.0.1", 0, 8)) {
      FakeBotApi api = bot.api();
      int port = web.port();

      // a personal problem on the page is answered and offers an adviser
      JsonNode asked = post(port, "/api/ask", "{\"question\": \"cty no luong 2 thang roi phai lam sao\"}", WORKER_COOKIE);
      assertThat(asked.path("html").asText()).contains("data-adviser=\"1\"");
      assertThat(get(port, "/api/advice", WORKER_COOKIE).path("available").asBoolean()).isTrue();

      // the worker sends it to the advisers: a ticket number comes back, the group gets the post
      String open = "{\"question\": \"Công ty nợ lương 2 tháng, em ở KCX Linh Trung, phải làm sao?\","
          + " \"request\": \"r1\"}";
      HttpResponse<String> opened = send(port, "/api/advice", open, WORKER_COOKIE);
      assertThat(opened.statusCode()).isEqualTo(201);
      long ticket = json.readTree(opened.body()).path("ticket").asLong();
      assertThat(json.readTree(opened.body()).path("message").asText()).contains("#" + ticket).contains("24");
      FakeBotApi.Call postCall = api.awaitReplies(GROUP, 1).get(0);
      assertThat(postCall.text()).contains("#" + ticket).contains("nợ lương").contains("web");
      int postId = api.awaitMessageIds(GROUP, 1).get(0);

      // the same request again (a double tap, a retry) changes nothing
      HttpResponse<String> again = send(port, "/api/advice", open, WORKER_COOKIE);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(json.readTree(again.body()).path("ticket").asLong()).isEqualTo(ticket);

      // an adviser answers by a reply in the group; nothing is sent to a chat for the web worker
      awaitLinked(bot, postId);
      api.offer(groupReply(ADVISER, postId, "Bạn hãy giữ bảng lương và liên hệ công đoàn. <b>Miễn phí.</b>"));
      JsonNode mine = awaitAnswer(port, ticket);
      assertThat(mine.path("state").asText()).isEqualTo("answered");
      assertThat(mine.path("messages").get(0).path("from").asText()).isEqualTo("you");
      assertThat(mine.path("messages").get(1).path("from").asText()).isEqualTo("adviser");
      assertThat(mine.path("messages").get(1).path("text").asText())
          .isEqualTo("Bạn hãy giữ bảng lương và liên hệ công đoàn. <b>Miễn phí.</b>");
      assertThat(api.calls()).noneMatch(c -> c.params().path("chat_id").asLong() == 0
          && c.method().startsWith("send"));

      // another browser sees none of it and cannot act on it
      assertThat(get(port, "/api/advice", STRANGER_COOKIE).path("tickets")).isEmpty();
      HttpResponse<String> stranger = send(port, "/api/advice/followup",
          "{\"ticket\": " + ticket + ", \"message\": \"xem trộm\"}", STRANGER_COOKIE);
      assertThat(stranger.statusCode()).isEqualTo(404);

      // the worker adds to it: the group gets it as a reply to the ticket's message
      HttpResponse<String> more = send(port, "/api/advice/followup",
          "{\"ticket\": " + ticket + ", \"message\": \"Em chưa ký hợp đồng thì sao?\", \"request\": \"f1\"}",
          WORKER_COOKIE);
      assertThat(more.statusCode()).isEqualTo(200);
      FakeBotApi.Call followUp = lastTo(api, "chưa ký hợp đồng");
      assertThat(followUp.params().path("reply_parameters").path("message_id").asInt()).isEqualTo(postId);

      // the worker closes it and says it helped; a closed ticket takes no more messages
      assertThat(send(port, "/api/advice/close", "{\"ticket\": " + ticket + "}", WORKER_COOKIE).statusCode())
          .isEqualTo(200);
      lastTo(api, "tự đóng");
      assertThat(send(port, "/api/advice/vote", "{\"ticket\": " + ticket + ", \"vote\": \"up\"}", WORKER_COOKIE)
          .statusCode()).isEqualTo(200);
      assertThat(bot.app().advice().ticket(ticket).orElseThrow().helpful()).contains(true);
      assertThat(send(port, "/api/advice/followup", "{\"ticket\": " + ticket + ", \"message\": \"còn nữa\"}",
          WORKER_COOKIE).statusCode()).isEqualTo(409);
      JsonNode closed = get(port, "/api/advice", WORKER_COOKIE).path("tickets").get(0);
      assertThat(closed.path("state").asText()).isEqualTo("closed");
      assertThat(closed.path("vote").asText()).isEqualTo("up");
    }
  }

  @Test
  void twoCookiesThatEarlierVersionsMixedUpAreTwoWorkers() throws Exception {
    // both cookies made the same 63-bit number before: the second browser listed and added to the first's tickets
    String first = "cb_sid=AaAAAAAAAAAAAAAAAAAAAA";
    String second = "cb_sid=BBAAAAAAAAAAAAAAAAAAAA";
    try (AdviceDeskIT.Bot bot = AdviceDeskIT.Bot.start(dir); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(bot.app(), metrics, "127.0.0.1", 0, 8)) {
      int port = web.port();
      HttpResponse<String> opened = send(port, "/api/advice", "{\"question\": \"Công ty nợ lương tôi\"}", first);
      assertThat(opened.statusCode()).isEqualTo(201);
      long ticket = json.readTree(opened.body()).path("ticket").asLong();
      assertThat(get(port, "/api/advice", first).path("tickets")).hasSize(1);
      assertThat(get(port, "/api/advice", second).path("tickets")).isEmpty();
      assertThat(send(port, "/api/advice/followup", "{\"ticket\": " + ticket + ", \"message\": \"xem\"}", second)
          .statusCode()).isEqualTo(404);
      assertThat(bot.app().advice().ticket(ticket).orElseThrow().worker().orElseThrow().id())
          .matches("[0-9a-f]{64}").doesNotContain("AaAAAA");
    }
  }

  @Test
  void badTicketRequestsGetClearAnswersAndChangeNothing() throws Exception {
    try (AdviceDeskIT.Bot bot = AdviceDeskIT.Bot.start(dir); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(bot.app(), metrics, "127.0.0.1", 0, 8)) {
      int port = web.port();
      HttpResponse<String> empty = send(port, "/api/advice", "{\"question\": \"   \"}", WORKER_COOKIE);
      assertThat(empty.statusCode()).isEqualTo(400);
      assertThat(json.readTree(empty.body()).path("message").asText()).isNotBlank();
      assertThat(send(port, "/api/advice/close", "{\"ticket\": \"x\"}", WORKER_COOKIE).statusCode()).isEqualTo(400);
      assertThat(send(port, "/api/advice/close", "{\"ticket\": 987654}", WORKER_COOKIE).statusCode()).isEqualTo(404);
      assertThat(send(port, "/api/advice", "{not json", WORKER_COOKIE).statusCode()).isEqualTo(400);
      assertThat(bot.app().advice().all()).isEmpty();
      assertThat(bot.api().calls()).noneMatch(c -> c.params().path("chat_id").asLong() == GROUP);
    }
  }

  @Test
  void withoutTheBotThePageOffersNoTicketAndSaysWhy() throws Exception {
    try (AdviceDeskIT.Bot bot = AdviceDeskIT.Bot.start(dir); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(bot.app(), metrics, "127.0.0.1", 0, 8)) {
      bot.service().close(); // the advisers' channel stops
      int port = web.port();
      assertThat(get(port, "/api/advice", WORKER_COOKIE).path("available").asBoolean()).isFalse();
      JsonNode asked = post(port, "/api/ask", "{\"question\": \"cty no luong phai lam sao\"}", WORKER_COOKIE);
      assertThat(asked.path("html").asText()).doesNotContain("data-adviser");
      HttpResponse<String> r = send(port, "/api/advice", "{\"question\": \"nợ lương\"}", WORKER_COOKIE);
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(json.readTree(r.body()).path("message").asText()).contains("cán bộ tư vấn");
      assertThat(bot.app().advice().all()).isEmpty();
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private JsonNode awaitAnswer(int port, long ticket) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      for (JsonNode t : get(port, "/api/advice", WORKER_COOKIE).path("tickets")) {
        if (t.path("ticket").asLong() == ticket && t.path("messages").size() >= 2) {
          return t;
        }
      }
      assertThat(System.nanoTime()).as("the adviser's answer reaches the page").isLessThan(deadline);
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }

  private static void awaitLinked(AdviceDeskIT.Bot bot, int messageId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (bot.app().advice().byMessage(GROUP, messageId).isEmpty()) {
      assertThat(System.nanoTime()).as("post linked to its ticket").isLessThan(deadline);
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
    }
  }

  private static FakeBotApi.Call lastTo(FakeBotApi api, String containing) throws InterruptedException {
    List<FakeBotApi.Call> calls = api.await(cs -> FakeBotApi.replies(cs, GROUP).stream()
        .anyMatch(c -> c.text().contains(containing)), Duration.ofSeconds(15));
    return FakeBotApi.replies(calls, GROUP).stream().filter(c -> c.text().contains(containing)).reduce((a, b) -> b)
        .orElseThrow();
  }

  private ObjectNode groupReply(long user, int to, String text) {
    ObjectNode u = Updates.message(updateIds.incrementAndGet(), user, GROUP, "supergroup", "vi", text);
    ObjectNode r = ((ObjectNode) u.get("message")).putObject("reply_to_message");
    r.put("message_id", to);
    r.put("date", 1_700_000_000);
    r.putObject("chat").put("id", GROUP).put("type", "supergroup");
    r.putObject("from").put("id", 777).put("is_bot", true).put("first_name", "Coord")
        .put("username", FakeBotApi.BOT_USERNAME);
    r.put("text", "…");
    return u;
  }

  private JsonNode post(int port, String path, String body, String cookie) throws Exception {
    return json.readTree(send(port, path, body, cookie).body());
  }

  private HttpResponse<String> send(int port, String path, String body, String cookie) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .header("Content-Type", "application/json").header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode get(int port, String path, String cookie) throws Exception {
    return json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
  }
}
