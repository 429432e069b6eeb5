package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.web.WebChannel;

/**
 * Web tickets on the open internet: a worker is answered at once while the advisers' group (about 20
 * messages a minute) gets the posts from the outbox; one session cannot open tickets without end; a
 * question the group cannot take in one message is refused with the limit; request ids and ticket
 * numbers from a hostile page change nothing that is not the session's.
 */
class WebTicketLimitsIT {
  static final long GROUP = AdviceDeskIT.GROUP;

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private static String cookie(int i) {
    return "cb_sid=" + String.format("flood%017d", i);
  }

  @Test
  void twentyTicketsAtOnceAreEachAnsweredAtOnceAndTheGroupGetsThemFromTheOutbox() throws Exception {
    try (AdviceDeskIT.Bot bot = AdviceDeskIT.Bot.start(dir); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(bot.app(), metrics, "127.0.0.1", 0, 8)) {
      List<CompletableFuture<Long>> millis = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String body = "{\"question\": \"Công ty nợ lương tháng " + i + ", phải làm sao?\"}";
        long t0 = System.nanoTime();
        millis.add(http.sendAsync(request(web.port(), "/api/advice", body, cookie(i)),
            HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
              assertThat(r.statusCode()).isEqualTo(201);
              return (System.nanoTime() - t0) / 1_000_000;
            }));
      }
      for (CompletableFuture<Long> m : millis) {
        assertThat(m.get()).as("ms to answer one ticket").isLessThan(5_000);
      }
      assertThat(get(web.port(), "/healthz").statusCode()).isEqualTo(200);
      assertThat(bot.api().awaitReplies(GROUP, 1)).isNotEmpty(); // the outbox sends, at the group's pace
      assertThat(bot.app().advice().all()).hasSize(20);
    }
  }

  @Test
  void oneSessionOpensAFewTicketsAnHourThenIsToldToWait() throws Exception {
    try (AdviceDeskIT.Bot bot = AdviceDeskIT.Bot.start(dir); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(bot.app(), metrics, "127.0.0.1", 0, 8)) {
      int opened = 0;
      HttpResponse<String> last = null;
      for (int i = 0; i < 8; i++) {
        last = send(web.port(), "/api/advice", "{\"question\": \"Câu hỏi số " + i + " về hợp đồng\"}", cookie(1));
        if (last.statusCode() == 201) {
          opened++;
        }
      }
      assertThat(opened).isEqualTo(5);
      assertThat(last.statusCode()).isEqualTo(429);
      assertThat(last.headers().firstValue("Retry-After")).isPresent();
      assertThat(json.readTree(last.body()).path("error").asText()).isEqualTo("too_many_tickets");
      assertThat(json.readTree(last.body()).path("message").asText()).contains("phút");
    }
  }

  @Test
  void aQuestionLongerThanOneGroupMessageIsRefusedWithTheLimitAndThePageSaysIt() throws Exception {
    try (AdviceDeskIT.Bot bot = AdviceDeskIT.Bot.start(dir); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(bot.app(), metrics, "127.0.0.1", 0, 8)) {
      HttpResponse<String> r = send(web.port(), "/api/advice", "{\"question\": \"" + "nợ lương ".repeat(400) + "\"}",
          cookie(2));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(json.readTree(r.body()).path("message").asText()).contains("3000");
      assertThat(bot.app().advice().all()).isEmpty();
      String page = get(web.port(), "/").body();
      assertThat(page).contains("data-max=\"3000\"").contains("3000 ký tự");
    }
  }

  @Test
  void requestIdsAndTicketNumbersFromAHostilePageActOnlyOnTheSessionsOwnTickets() throws Exception {
    try (AdviceDeskIT.Bot bot = AdviceDeskIT.Bot.start(dir); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(bot.app(), metrics, "127.0.0.1", 0, 8)) {
      int port = web.port();
      long mine = json.readTree(send(port, "/api/advice", "{\"question\": \"của tôi\"}", cookie(3)).body())
          .path("ticket").asLong();
      long theirs = json.readTree(send(port, "/api/advice", "{\"question\": \"của người khác\"}", cookie(4)).body())
          .path("ticket").asLong();
      String f = "{\"ticket\": %d, \"message\": \"thêm\", \"request\": \"same\"}";
      assertThat(send(port, "/api/advice/followup", f.formatted(mine), cookie(3)).statusCode()).isEqualTo(200);
      assertThat(send(port, "/api/advice/followup", f.formatted(theirs), cookie(3)).statusCode()).isEqualTo(404);
      assertThat(send(port, "/api/advice/followup", f.formatted(987_654), cookie(3)).statusCode()).isEqualTo(404);
      assertThat(send(port, "/api/advice/close", "{\"ticket\": " + mine + ".9}", cookie(3)).statusCode())
          .isEqualTo(400);
      HttpResponse<String> early = send(port, "/api/advice/vote", "{\"ticket\": " + mine + ", \"vote\": \"up\"}",
          cookie(3));
      assertThat(early.statusCode()).isEqualTo(409);
      assertThat(json.readTree(early.body()).path("error").asText()).isEqualTo("still_open");
      assertThat(send(port, "/api/advice/close", "{\"ticket\": " + mine + "}", cookie(3)).statusCode()).isEqualTo(200);
      assertThat(send(port, "/api/advice/close", "{\"ticket\": " + mine + "}", cookie(3)).statusCode()).isEqualTo(409);
      assertThat(send(port, "/api/advice", "{\"question\": \"x\"} trailing", cookie(3)).statusCode()).isEqualTo(400);
      assertThat(bot.app().advice().ticket(theirs).orElseThrow().isClosed()).isFalse();
    }
  }

  private static HttpRequest request(int port, String path, String body, String cookie) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .header("Content-Type", "application/json").header("Cookie", cookie).build();
  }

  private HttpResponse<String> send(int port, String path, String body, String cookie) throws Exception {
    return http.send(request(port, path, body, cookie), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
