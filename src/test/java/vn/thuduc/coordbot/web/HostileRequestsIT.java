package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuduc.coordbot.web.RawClient.readAll;
import static vn.thuduc.coordbot.web.RawClient.send;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * Requests that are not what a browser sends, written byte by byte as an attacker would: other
 * methods, ambiguous framing, hostile JSON and query strings, paths that climb out, oversized heads,
 * pipelining. Each gets a clear answer (a 4xx with the API's JSON error, never Jetty's HTML page or
 * a 500), changes nothing, and leaves no stack trace or ERROR in the log.
 */
class HostileRequestsIT {
  private static final String CLOSE = "Host: x\r\nConnection: close\r\n";

  @TempDir
  static Path dir;
  static Coordbot app;
  static Metrics metrics;
  static WebChannel web;
  static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
  private final RawClient raw = new RawClient(web.port());

  @BeforeAll
  static void start() throws Exception {
    // logging first, on this thread: the start opens the database on a thread of its own, and a logger asked for
    // while that thread starts SLF4J would be SLF4J's stand-in, not logback's
    LOGS.start();
    root().addAppender(LOGS);
    Settings base = TestDatasets.settingsIn(dir);
    Settings s = Settings.of(Map.of(Settings.ENV_INDEX_DIR, base.indexDir().toString(),
        Settings.ENV_DATA_DIR, base.dataDir().toString()), Map.of("web.body.seconds", "3"));
    app = Coordbot.open(s, Clock.systemUTC());
    metrics = new Metrics();
    web = WebChannel.start(app, metrics, "127.0.0.1", 0, 8);
  }

  @AfterAll
  static void stop() {
    root().detachAppender(LOGS);
    web.close();
    metrics.close();
    app.close();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @AfterEach
  void noTraceAndNoErrorWasLogged() throws IOException {
    raw.close();
    List<ILoggingEvent> events;
    synchronized (LOGS) { // the appender appends under its own lock, from the server's threads
      events = List.copyOf(LOGS.list);
      LOGS.list.clear();
    }
    assertThat(events).as("log events")
        .noneMatch(e -> e.getThrowableProxy() != null || e.getLevel().isGreaterOrEqual(Level.ERROR));
  }

  private String ask(String head, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    return raw.exchange("127.0.0.1", "POST /api/ask HTTP/1.1\r\n" + CLOSE + "Content-Type: application/json\r\n" + head
        + "Content-Length: " + b.length + "\r\n\r\n" + body);
  }

  private static String body(String response) {
    int i = response.indexOf("\r\n\r\n");
    return i < 0 ? "" : response.substring(i + 4);
  }

  /** A refusal as the API gives it: the status, the JSON error, no HTML page. */
  private static void assertJsonError(String response, int status, String error) {
    assertThat(response).startsWith("HTTP/1.1 " + status).containsIgnoringCase("Content-Type: application/json");
    assertThat(body(response)).contains("\"error\":\"" + error + "\"").doesNotContain("<html");
  }

  @Test
  void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
    for (String path : new String[] {"/", "/healthz", "/api/stats", "/static/style.css"}) {
      String r = raw.exchange("127.0.0.1", "HEAD " + path + " HTTP/1.1\r\n" + CLOSE + "\r\n");
      assertThat(r).as(path).startsWith("HTTP/1.1 200").containsPattern("Content-Length: [1-9]");
      assertThat(body(r)).as(path).isEmpty();
    }
  }

  @Test
  void optionsSaysWhatAPathTakesAndGrantsNoOtherOrigin() throws Exception {
    String r = raw.exchange("127.0.0.1", "OPTIONS /api/ask HTTP/1.1\r\n" + CLOSE + "Origin: http://evil.example\r\n"
        + "Access-Control-Request-Method: POST\r\n\r\n");
    assertThat(r).startsWith("HTTP/1.1 204").contains("Allow: POST, OPTIONS").doesNotContain("Access-Control");
  }

  @Test
  void traceAndUnknownMethodsAreRefusedWith405NamingWhatThePathTakes() throws Exception {
    String trace = raw.exchange("127.0.0.1", "TRACE / HTTP/1.1\r\n" + CLOSE + "X-Secret: s3cret\r\n\r\n");
    assertJsonError(trace, 405, "method_not_allowed");
    assertThat(trace).contains("Allow: GET, HEAD, OPTIONS").doesNotContain("s3cret");
    assertJsonError(raw.exchange("127.0.0.1", "BREW / HTTP/1.1\r\n" + CLOSE + "\r\n"), 405, "method_not_allowed");
    String get = raw.exchange("127.0.0.1", "GET /api/ask HTTP/1.1\r\n" + CLOSE + "\r\n");
    assertJsonError(get, 405, "method_not_allowed");
    assertThat(get).contains("Allow: POST, OPTIONS");
    assertThat(raw.request("127.0.0.1", "PUT", "/api/ask", "{}")).startsWith("HTTP/1.1 405");
  }

  @Test
  void anAbsoluteFormUriIsServedByItsPathAndAForeignAuthorityIsRefused() throws Exception {
    assertThat(raw.exchange("127.0.0.1", "GET http://x/healthz HTTP/1.1\r\n" + CLOSE + "\r\n"))
        .startsWith("HTTP/1.1 200").contains("\"ok\"");
    assertJsonError(raw.exchange("127.0.0.1", "GET http://evil.example/healthz HTTP/1.1\r\n" + CLOSE + "\r\n"),
        400, "bad_request");
  }

  @Test
  void expectContinueGetsA100ThenTheAnswerAndAnOversizedBodyIsRefusedBeforeItIsSent() throws Exception {
    String body = "{\"question\": \"kcx linh trung bn lao dong\"}";
    Socket s = raw.connect("127.0.0.1");
    send(s, "POST /api/ask HTTP/1.1\r\n" + CLOSE + "Content-Type: application/json\r\nExpect: 100-continue\r\n"
        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n");
    byte[] interim = new byte[25];
    int n = s.getInputStream().readNBytes(interim, 0, interim.length);
    assertThat(new String(interim, 0, n, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 100");
    send(s, body);
    assertThat(readAll(s)).contains("HTTP/1.1 200").contains("38.807");

    String big = raw.exchange("127.0.0.1", "POST /api/ask HTTP/1.1\r\n" + CLOSE + "Content-Type: application/json\r\n"
        + "Expect: 100-continue\r\nContent-Length: 200000\r\n\r\n");
    assertJsonError(big, 413, "too_large");
    assertThat(big).doesNotContain("100 Continue");
  }

  @Test
  void ambiguousFramingIsRefusedAsAJsonError() throws Exception {
    String q = "{\"question\":\"x\"}";
    assertJsonError(ask("Content-Length: 5\r\n", q), 400, "bad_request"); // two different lengths
    assertJsonError(ask("Content-Length: 16\r\n", q), 400, "bad_request"); // the same length twice
    String chunked = "POST /api/ask HTTP/1.1\r\n" + CLOSE + "Content-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n";
    assertJsonError(raw.exchange("127.0.0.1", chunked + "Content-Length: 4\r\n\r\n10\r\n" + q + "\r\n0\r\n\r\n"), 400,
        "bad_request");
    assertJsonError(raw.exchange("127.0.0.1", chunked + "\r\nzz\r\n" + q + "\r\n0\r\n\r\n"), 400, "bad_request");
    assertJsonError(raw.exchange("127.0.0.1", chunked + "\r\nFFFFFFFFFFFFFFFFFFFF\r\n" + q + "\r\n0\r\n\r\n"), 400,
        "bad_request");
    assertJsonError(raw.exchange("127.0.0.1", chunked + "\r\n5\r\n" + q + "\r\n0\r\n\r\n"), 400, "bad_request");
  }

  @Test
  void aQueryStringThatCannotBeDecodedIsA400NotASilentlyMissingParameter() throws Exception {
    assertJsonError(raw.exchange("127.0.0.1", "GET /api/stats?asof=%G1 HTTP/1.1\r\n" + CLOSE + "\r\n"), 400,
        "bad_query");
    assertJsonError(raw.exchange("127.0.0.1", "GET /api/stats?asof=%FF%FE HTTP/1.1\r\n" + CLOSE + "\r\n"), 400,
        "bad_date");
    assertThat(raw.exchange("127.0.0.1", "GET /?lang=%C3%28 HTTP/1.1\r\n" + CLOSE + "\r\n")).startsWith("HTTP/1.1 200");
  }

  @Test
  void hostileJsonIsA400AndAnswersNothing() throws Exception {
    byte[] badUtf8 = "{\"question\":\"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertJsonError(raw.exchange("127.0.0.1", concat("POST /api/ask HTTP/1.1\r\n" + CLOSE
        + "Content-Type: application/json\r\nContent-Length: " + badUtf8.length + "\r\n\r\n", badUtf8)), 400,
        "bad_json");
    assertJsonError(ask("", "{\"question\":" + "[".repeat(8000) + "}"), 400, "bad_json");
    assertJsonError(ask("", "{\"question\":\"a\",\"conversation\":1e999999}"), 400, "bad_field");
    assertJsonError(ask("", "{\"question\":\"a\",\"question\":\"b\"}"), 400, "bad_json");
    assertJsonError(ask("", "{\"question\":\"a\",\"conversation\":1" + "0".repeat(5000) + "}"), 400, "bad_json");
    assertThat(ask("", "{\"question\":\"a\",\"lang\":[1]}")).startsWith("HTTP/1.1 400").contains("bad_field");
  }

  @Test
  void pathsThatClimbOutOfStaticAndChartsFindNothing() throws Exception {
    for (String path : new String[] {"/static/../../pom.xml", "/static/%2e%2e%2f%2e%2e%2fpom.xml",
        "/static/..%2f..%2fpom.xml", "/api/charts/..%2f..%2fetc%2fpasswd", "/api/charts/%2e%2e/%2e%2e/etc/passwd",
        "/static/..\\..\\pom.xml", "/static/style.css%00.js", "//static//style.css/../../../pom.xml"}) {
      String r = raw.exchange("127.0.0.1", "GET " + path + " HTTP/1.1\r\n" + CLOSE + "\r\n");
      assertThat(r).as(path).matches("(?s)HTTP/1\\.1 4(00|04) .*").doesNotContain("<project").doesNotContain("root:");
      assertThat(body(r)).as(path).contains("\"error\"");
    }
  }

  @Test
  void aLongQueryStringOrTooManyCookiesIsRefusedAndAFewHundredCookiesStillWork() throws Exception {
    assertJsonError(raw.exchange("127.0.0.1", "GET /?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n" + CLOSE + "\r\n"), 414,
        "uri_too_long");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1200; i++) {
      many.append("c").append(i).append("=v; ");
    }
    assertJsonError(raw.exchange("127.0.0.1", "GET / HTTP/1.1\r\n" + CLOSE + "Cookie: " + many + "\r\n\r\n"), 431,
        "headers_too_large");
    StringBuilder some = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      some.append("c").append(i).append("=v; ");
    }
    assertThat(raw.exchange("127.0.0.1", "GET /api/advice HTTP/1.1\r\n" + CLOSE + "Cookie: " + some
        + "cb_sid=AAAAAAAAAAAAAAAAAAAAAA\r\n\r\n")).startsWith("HTTP/1.1 200").doesNotContain("Set-Cookie: cb_sid");
  }

  @Test
  void anInvalidSessionHeaderGetsAFreshSessionNotAnError() throws Exception {
    String r = ask("X-Session: ../../<script>\r\n", "{\"question\":\"kcx linh trung bn lao dong\"}");
    assertThat(r).startsWith("HTTP/1.1 200").contains("Set-Cookie: cb_sid=").doesNotContain("<script>");
  }

  @Test
  void http10WithoutHostIsAnsweredAndHttp11WithoutHostIsRefused() throws Exception {
    assertThat(raw.exchange("127.0.0.1", "GET /healthz HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 200");
    assertJsonError(raw.exchange("127.0.0.1", "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n"), 400,
        "bad_request");
    assertJsonError(raw.exchange("127.0.0.1", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000"), 400, "bad_request");
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() throws Exception {
    String q = "{\"question\":\"kcx linh trung bn lao dong\"}";
    String r = raw.exchange("127.0.0.1", "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
        + "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
        + q.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + q
        + "GET /api/stats?asof=1 HTTP/1.1\r\n" + CLOSE + "\r\n");
    int health = r.indexOf("\"status\":\"ok\"");
    int answer = r.indexOf("38.807");
    int refused = r.indexOf("\"error\":\"bad_date\"");
    assertThat(health).isPositive();
    assertThat(answer).isGreaterThan(health);
    assertThat(refused).isGreaterThan(answer);
  }

  @Test
  void aContentTypeWithACharsetTheServerDoesNotKnowIsA415NotA500() throws Exception {
    // issue 21 (attack): Javalin decodes parameters with the request's charset, and an unknown one was a 500 and an
    // ERROR line
    String q = "{\"question\":\"kcx linh trung bn lao dong\"}";
    assertJsonError(raw.exchange("127.0.0.1", "POST /api/ask?lang=en HTTP/1.1\r\n" + CLOSE
        + "Content-Type: application/json; charset=foo-bar\r\nContent-Length: " + q.length() + "\r\n\r\n" + q), 415,
        "bad_charset");
    assertJsonError(raw.exchange("127.0.0.1", "POST /api/ask HTTP/1.1\r\n" + CLOSE
        + "Content-Type: application/x-www-form-urlencoded; charset=\"\u00e9?\"\r\nContent-Length: 10\r\n\r\nquestion=x"),
        415, "bad_charset");
    assertThat(raw.exchange("127.0.0.1", "GET /healthz HTTP/1.1\r\n" + CLOSE + "Content-Type: text/plain; charset=x\r\n\r\n"))
        .startsWith("HTTP/1.1 415");
    assertThat(ask("", q)).startsWith("HTTP/1.1 200").contains("38.807");
  }

  @Test
  void aPostThatTheBrowserSaysComesFromAnotherSitesPageIsRefusedWith403() throws Exception {
    // issue 21 (attack): a page on any site could make its visitors' browsers ask questions and open legal-advice
    // tickets (a form post, or a fetch with a text/plain body, needs no CORS preflight)
    String q = "{\"question\":\"kcx linh trung bn lao dong\"}";
    assertJsonError(ask("Sec-Fetch-Site: cross-site\r\n", q), 403, "cross_site");
    String ticket = "{\"question\":\"help\"}";
    assertJsonError(raw.exchange("127.0.0.1", "POST /api/advice HTTP/1.1\r\n" + CLOSE + "Content-Type: text/plain\r\n"
        + "Sec-Fetch-Site: cross-site\r\nContent-Length: " + ticket.length() + "\r\n\r\n" + ticket), 403, "cross_site");
    assertThat(ask("Sec-Fetch-Site: same-origin\r\n", q)).startsWith("HTTP/1.1 200").contains("38.807");
    assertThat(raw.exchange("127.0.0.1", "GET /embed HTTP/1.1\r\n" + CLOSE + "Sec-Fetch-Site: cross-site\r\n\r\n"))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void aRequestLineOfAnotherHttpVersionIsA400NotAnInternalError() throws Exception {
    // issue 21 (attack): Jetty's 505 came out as {"error": "internal"}, "something went wrong while answering"
    for (String line : new String[] {"GET /healthz HTTP/1.2\r\n" + CLOSE + "\r\n", "GET /healthz HTTP/9.9\r\n\r\n",
        "GET /\r\n"}) {
      String r = raw.exchange("127.0.0.1", line);
      assertJsonError(r, 400, "bad_request");
      assertThat(body(r)).as(line).contains("HTTP version");
    }
  }

  @Test
  void aCompressedBodyIsRefusedWith415NotReadAsItsCodedBytes() throws Exception {
    // issue 21 (attack): a body said to be brotli was answered as plain JSON, and "gzip, chunked" passed Jetty's
    // parser undecoded: a proxy in front would have read another body than the bot did
    String q = "{\"question\":\"kcx linh trung bn lao dong\"}";
    assertJsonError(ask("Content-Encoding: br\r\n", q), 415, "unsupported_encoding");
    assertJsonError(ask("Content-Encoding: identity, gzip\r\n", q), 415, "unsupported_encoding");
    assertJsonError(raw.exchange("127.0.0.1", "POST /api/ask HTTP/1.1\r\n" + CLOSE + "Content-Type: application/json\r\n"
        + "Transfer-Encoding: gzip, chunked\r\n\r\n" + Integer.toHexString(q.length()) + "\r\n" + q + "\r\n0\r\n\r\n"),
        415, "unsupported_encoding");
    assertThat(ask("Content-Encoding: identity\r\n", q)).startsWith("HTTP/1.1 200").contains("38.807");
  }

  @Test
  void startingOverWithABrokenBodyIsA400AndWithoutABodyStillWorks() throws Exception {
    // issue 21 (attack): /api/new took any body, broken JSON included, with 200
    assertJsonError(raw.request("127.0.0.1", "POST", "/api/new", "{x"), 400, "bad_json");
    assertThat(raw.exchange("127.0.0.1", "POST /api/new HTTP/1.1\r\n" + CLOSE + "Content-Length: 0\r\n\r\n"))
        .startsWith("HTTP/1.1 200").contains("\"ok\":true");
    assertThat(raw.exchange("127.0.0.1", "POST /api/new HTTP/1.1\r\n" + CLOSE + "\r\n")).startsWith("HTTP/1.1 200");
  }

  @Test
  void aVoteWhileTheDatabaseHoldsUpTheQuestionLogIsA503NotA500() throws Exception {
    // issue 21 (attack): the vote waits up to 3 s for its question's log id; past that it was a TimeoutException, a
    // 500 and an ERROR line
    String session = "Cookie: cb_sid=VoteVoteVoteVoteVote22\r\n";
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + app.settings().indexDir().resolve("coordbot.db"));
        Statement lock = other.createStatement()) {
      lock.execute("BEGIN IMMEDIATE");
      String answer = ask(session, "{\"question\":\"kcx linh trung bn lao dong\"}");
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-feedback=\\\\\"([0-9a-f]+)").matcher(answer);
      assertThat(m.find()).as(answer).isTrue();
      String vote = "{\"id\":\"" + m.group(1) + "\",\"vote\":\"up\"}";
      String r = raw.exchange("127.0.0.1", "POST /api/feedback HTTP/1.1\r\n" + CLOSE + session
          + "Content-Type: application/json\r\nContent-Length: " + vote.length() + "\r\n\r\n" + vote);
      lock.execute("ROLLBACK");
      assertJsonError(r, 503, "busy");
      assertThat(r).contains("Retry-After: ");
    }
  }

  private static byte[] concat(String head, byte[] body) {
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = java.util.Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }
}
