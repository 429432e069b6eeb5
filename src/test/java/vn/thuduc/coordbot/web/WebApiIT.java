package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.metrics.Metrics;

/** The web API's contracts (DESIGN.md "Web contract") and every bad input, over the real dataset. */
class WebApiIT {
  @TempDir
  static Path dir;
  static Coordbot app;
  static Metrics metrics;
  static WebChannel web;
  static HttpClient http = HttpClient.newHttpClient();
  static ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    Settings base = TestDatasets.settingsIn(dir);
    Settings s = Settings.of(Map.of(Settings.ENV_INDEX_DIR, base.indexDir().toString(),
        Settings.ENV_DATA_DIR, base.dataDir().toString()),
        Map.of("telegram.flood.burst", "10", "telegram.flood.per.minute", "20", "web.trusted.proxies", "127.0.0.1"));
    app = Coordbot.open(s, Clock.systemUTC());
    metrics = new Metrics();
    web = WebChannel.start(app, metrics, "127.0.0.1", 0, 16);
  }

  @AfterAll
  static void stop() {
    web.close();
    metrics.close();
    app.close();
  }

  static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      typed |= headers[i].equals("Content-Type");
    }
    if (!typed) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Each test its own client address (X-Forwarded-For from a local proxy) so flood limits stay apart. */
  static String[] client(String name) {
    return new String[] {"X-Forwarded-For", "10.0.0." + Math.abs(name.hashCode() % 250), "Cookie",
        "cb_sid=" + (name + "aaaaaaaaaaaaaaaaaaaaaa").substring(0, 22)};
  }

  @Test
  void answersWithTheJsonlFieldsPlusHtml() throws Exception {
    HttpResponse<String> r = post("/api/ask", "{\"question\": \"kcx linh trung bn lao dong\"}", client("fields"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode o = json.readTree(r.body());
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("question", "answered", "answer", "intent", "sources", "millis", "query",
        "conversation", "html");
    assertThat(o.get("answered").asBoolean()).isTrue();
    assertThat(o.get("answer").asText()).contains("38.807");
    assertThat(o.get("html").asText()).contains("38.807");
    assertThat(o.get("conversation").isNull()).isTrue();
    assertThat(o.get("sources").isArray()).isTrue();
    assertThat(o.get("millis").isNumber()).isTrue();
  }

  @Test
  void followsUpInsideTheNamedConversation() throws Exception {
    post("/api/ask", "{\"question\": \"kcx linh trung bn lao dong\", \"conversation\": \"t1\"}", client("conv"));
    JsonNode o = json.readTree(post("/api/ask", "{\"question\": \"còn Linh Trung 2?\", \"conversation\": \"t1\"}",
        client("conv")).body());
    assertThat(o.get("conversation").asText()).isEqualTo("t1");
    assertThat(o.get("answer").asText()).contains("25.312");
  }

  @Test
  void followsUpInsideTheBrowserSession() throws Exception {
    post("/api/ask", "{\"question\": \"kcx linh trung bn lao dong\"}", client("sess"));
    JsonNode o = json.readTree(post("/api/ask", "{\"question\": \"còn Linh Trung 2?\"}", client("sess")).body());
    assertThat(o.get("answer").asText()).contains("25.312");
  }

  @Test
  void aWorkersProblemAndChitChatOnThePageWithoutALanguageCookieAnswerInTheLanguageTypedAndKeepTheZone()
      throws Exception {
    post("/api/ask", "{\"question\": \"cat lai bn cong nhan\"}", client("worker"));
    JsonNode problem = json.readTree(post("/api/ask", "{\"question\": \"e muon nghi viec ma cty ko cho\"}",
        client("worker")).body());
    assertThat(problem.get("query").asText()).isEqualTo("advice(resign)");
    assertThat(problem.get("answer").asText()).contains("nghỉ việc mà công ty không cho")
        .doesNotContain("cho nghỉ việc như vậy");
    JsonNode human = json.readTree(post("/api/ask", "{\"question\": \"are u a bot\"}", client("worker")).body());
    assertThat(human.get("answer").asText()).contains("not a person");
    JsonNode intro = json.readTree(post("/api/ask", "{\"question\": \"toi la can bo cong doan\"}", client("worker"))
        .body());
    assertThat(intro.get("query").asText()).isEqualTo("chat(intro)");
    assertThat(intro.get("html").asText()).contains("lang=\"vi\"");
    JsonNode next = json.readTree(post("/api/ask", "{\"question\": \"con doanh nghiep?\"}", client("worker")).body());
    assertThat(next.get("answer").asText()).contains("KCN Cát Lái có 97 doanh nghiệp");
  }

  @Test
  void escapesWhatTheUserTypedInTheHtml() throws Exception {
    JsonNode o = json.readTree(post("/api/ask", "{\"question\": \"<script>alert(1)</script> KCN Tân Bình\"}",
        client("xss")).body());
    assertThat(o.get("html").asText()).doesNotContain("<script");
  }

  @Test
  void refusesABodyOver16KbWith413() throws Exception {
    HttpResponse<String> r = post("/api/ask", "{\"question\": \"" + "a".repeat(17_000) + "\"}", client("big"));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json.readTree(r.body()).get("error").asText()).isEqualTo("too_large");
  }

  @Test
  void refusesBrokenJsonWith400AndAJsonError() throws Exception {
    for (String body : new String[] {"{bad", "", "[1,2]", "\"text\"", "null"}) {
      HttpResponse<String> r = post("/api/ask", body, client("json"));
      assertThat(r.statusCode()).as(body).isEqualTo(400);
      assertThat(json.readTree(r.body()).get("error").asText()).isEqualTo("bad_json");
    }
    HttpResponse<String> r = post("/api/ask", "{\"question\": 5}", client("json"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json.readTree(r.body()).get("error").asText()).isEqualTo("no_question");
  }

  @Test
  void refusesTrailingGarbageDuplicateKeysAndWrongTypesWith400() throws Exception {
    for (String body : new String[] {"{\"question\":\"SHTP\"} xyz", "{\"question\":\"a\",\"question\":\"b\"}",
        "{\"question\":\"SHTP\"}{}"}) {
      HttpResponse<String> r = post("/api/ask", body, client("strict"));
      assertThat(r.statusCode()).as(body).isEqualTo(400);
      assertThat(json.readTree(r.body()).get("error").asText()).isEqualTo("bad_json");
    }
    HttpResponse<String> r = post("/api/ask", "{\"question\":\"SHTP\", \"conversation\": 5}", client("strict"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json.readTree(r.body()).get("message").asText()).contains("conversation");
  }

  @Test
  void thePageFormPostedWithoutJavaScriptIsAnsweredAsAPage() throws Exception {
    HttpResponse<String> r = post("/api/ask", "question=kcx+linh+trung+bn+lao+%C4%91%E1%BB%99ng", concat(client("nojs"),
        "Content-Type", "application/x-www-form-urlencoded"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body()).contains("kcx linh trung bn lao động").contains("38.807").contains("<form id=\"ask\"")
        .doesNotContain("bad_json");
    HttpResponse<String> empty = post("/api/ask", "question=+", concat(client("nojs"),
        "Content-Type", "application/x-www-form-urlencoded"));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("<form id=\"ask\"");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void cutsAQuestionOver2000Characters() throws Exception {
    JsonNode o = json.readTree(post("/api/ask", "{\"question\": \"" + "lao động ".repeat(400) + "\"}",
        client("long")).body());
    assertThat(o.get("question").asText()).hasSize(AskApi.MAX_QUESTION);
  }

  @Test
  void limitsAFloodingSessionPolitelyAndOthersStillGetAnswers() throws Exception {
    int limited = 0;
    for (int i = 0; i < 15; i++) {
      HttpResponse<String> r = post("/api/ask", "{\"question\": \"kcx linh trung\"}", client("flood"));
      if (r.statusCode() == 429) {
        limited++;
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(r.body()).get("message").asText()).contains("giây");
      }
    }
    assertThat(limited).isGreaterThanOrEqualTo(4);
    assertThat(post("/api/ask", "{\"question\": \"kcx linh trung\"}", client("other")).statusCode()).isEqualTo(200);
  }

  @Test
  void answersUnknownPathsWith404AndOtherMethodsWith405() throws Exception {
    assertThat(get("/nope").statusCode()).isEqualTo(404);
    assertThat(get("/api/nope").statusCode()).isEqualTo(404);
    HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/api/ask"))
        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
    HttpResponse<String> del = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/"))
        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(del.statusCode()).isEqualTo(405);
  }

  @Test
  void servesTheStatsAsJsonAndAsTheExportCsvWithBom() throws Exception {
    JsonNode s = json.readTree(get("/api/stats").body());
    assertThat(s.get("total").get("enterprises").asLong()).isEqualTo(328);
    assertThat(s.get("total").get("workers").asLong()).isEqualTo(126_694);
    assertThat(s.get("zones")).hasSize(5);
    HttpResponse<byte[]> csv = get("/api/stats.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    byte[] b = csv.body();
    assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(b).isEqualTo(new vn.thuduc.coordbot.export.StatsCsv().render(app.data().dataset().orElseThrow(),
        vn.thuduc.coordbot.lang.Lang.VI));
  }

  @Test
  void drawsTheChartInEitherLanguage() throws Exception {
    for (String lang : new String[] {"vi", "en"}) {
      HttpResponse<byte[]> r = get("/api/chart.png?lang=" + lang);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
      assertThat(new byte[] {r.body()[1], r.body()[2], r.body()[3]}).isEqualTo("PNG".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(get("/api/chart.png?lang=fr").statusCode()).isEqualTo(400);
  }

  @Test
  void reportsHealthAndPrometheusMetrics() throws Exception {
    JsonNode h = json.readTree(get("/healthz").body());
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("dataset_version").asLong()).isEqualTo(app.engine().datasetVersion());
    post("/api/ask", "{\"question\": \"kcx linh trung bn lao dong\"}", client("metrics"));
    String m = new String(get("/metrics").body(), StandardCharsets.UTF_8);
    assertThat(m).contains("coordbot_questions_total{", "channel=\"web\"", "coordbot_answer_latency_seconds_bucket",
        "coordbot_dataset_version", "coordbot_tickets_open", "coordbot_telegram_updates_in_flight",
        "coordbot_jvm_memory_used_bytes");
    assertThat(m.lines().filter(l -> !l.startsWith("#") && !l.isBlank()))
        .allMatch(l -> l.startsWith("coordbot_"));
  }

  @Test
  void storesAThumbsUpOnAnAnswerOfTheSameSession() throws Exception {
    JsonNode o = json.readTree(post("/api/ask", "{\"question\": \"kcx linh trung bn lao dong\"}", client("vote")).body());
    String id = o.get("html").asText().replaceAll("(?s).*data-feedback=\"([0-9a-f]+)\".*", "$1");
    HttpResponse<String> other = post("/api/feedback", "{\"id\": \"" + id + "\", \"vote\": \"up\"}", client("thief"));
    assertThat(other.statusCode()).isEqualTo(400);
    HttpResponse<String> r = post("/api/feedback", "{\"id\": \"" + id + "\", \"vote\": \"up\"}", client("vote"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(app.feedback().worst(50)).noneMatch(i -> i.kind() == vn.thuduc.coordbot.feedback.FeedbackStore.Kind.DISLIKED
        && i.question().equals("kcx linh trung bn lao dong"));
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
    for (String path : new String[] {"/", "/embed", "/dashboard", "/dashboard?lang=en"}) {
      HttpResponse<byte[]> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
      String html = new String(r.body(), StandardCharsets.UTF_8);
      assertThat(html.replaceAll("<script src=\"/static/[a-z]+\\.js\"></script>", "")).doesNotContain("<script");
      assertThat(html).doesNotContain("http://", "https://");
    }
    String en = new String(get("/dashboard?lang=en").body(), StandardCharsets.UTF_8);
    assertThat(en).contains("38,807", "126,694");
    String vi = new String(get("/dashboard").body(), StandardCharsets.UTF_8);
    assertThat(vi).contains("38.807", "126.694", "51,21%");
  }
}
