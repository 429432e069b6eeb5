package vn.thuduc.coordbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * The Zalo OA API on loopback (JDK HttpServer), as Zalo speaks it, for the tests and {@code bench
 * --zalo}: {@code /v3.0/oa/message/cs}, {@code /v2.0/oa/upload/image}, {@code /v4/oa/access_token}
 * with single-use refresh tokens. Errors are HTTP 200 with {@code {"error": <negative code>}}. Each
 * call waits {@code latency} first (Zalo seen from Vietnam), on its own thread. Faults: the access
 * token expired (-216), a refused refresh token ({@code invalid_grant}), a user Zalo will not reach
 * (-230 outside the free-message window, -213 not following), rate limits (-32) and 502s for the
 * next calls.
 */
public final class FakeZaloApi implements AutoCloseable {
  public static final String APP_ID = "4321987654321";
  public static final String APP_SECRET = "fake-app-secret";
  public static final String OA_SECRET = "fake-oa-secret";
  public static final String FIRST_REFRESH = "refresh-0";

  /** One message sent to a user: the text, and the whole {@code message} object (buttons, attachment). */
  public record Sent(String userId, String text, JsonNode message, long atNanos) {
    /** The titles of the message's buttons. */
    public List<String> buttons() {
      List<String> out = new ArrayList<>();
      message.path("attachment").path("payload").path("buttons").forEach(b -> out.add(b.path("title").asText()));
      return out;
    }

    public boolean isImage() {
      return message.path("attachment").path("payload").path("template_type").asText().equals("media");
    }
  }

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor;
  private final Duration latency;
  private final List<Sent> sent = new ArrayList<>();
  private final List<String> refusedCodes = new ArrayList<>();
  private final Map<String, Integer> unreachable = new HashMap<>();
  private final Deque<String> sendFaults = new ArrayDeque<>();
  private String accessToken = "";
  private String refreshToken = FIRST_REFRESH;
  private boolean refuseRefresh;
  private boolean held;
  private int refreshes;
  private int uploads;
  private int next;

  public FakeZaloApi() throws IOException {
    this(Duration.ZERO);
  }

  public FakeZaloApi(Duration latency) throws IOException {
    this.latency = latency;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-zalo");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL ({@code ZALO_API_URL} and {@code ZALO_OAUTH_URL}). */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  // ---- faults ---------------------------------------------------------------------------------

  /** The access token in use stops working (sends answer -216) until the bot refreshes it. */
  public synchronized void expireAccessToken() {
    accessToken = "expired-" + next++;
  }

  /** Every later refresh is refused ({@code invalid_grant}). */
  public synchronized void refuseRefresh() {
    refuseRefresh = true;
  }

  /** Messages to {@code userId} are refused with {@code code} (-230: outside the free-message window). */
  public synchronized void unreachable(String userId, int code) {
    unreachable.put(userId, code);
  }

  /** Sends wait (unanswered) until {@link #release()}: the bot can be killed between acknowledgement and answer. */
  public synchronized void hold() {
    held = true;
  }

  public synchronized void release() {
    held = false;
    notifyAll();
  }

  /** The next {@code n} sends fail: {@code "rate"} (-32) or {@code "502"}. */
  public synchronized void failNextSends(int n, String kind) {
    for (int i = 0; i < n; i++) {
      sendFaults.add(kind);
    }
  }

  // ---- what happened --------------------------------------------------------------------------

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** Messages sent to {@code userId}, in order. */
  public synchronized List<Sent> sentTo(String userId) {
    return sent.stream().filter(s -> s.userId().equals(userId)).toList();
  }

  public synchronized int refreshes() {
    return refreshes;
  }

  public synchronized int uploads() {
    return uploads;
  }

  /** The error codes the fake answered, in order. */
  public synchronized List<String> refusedCodes() {
    return List.copyOf(refusedCodes);
  }

  /** Waits until {@code done} holds for what was sent; what was sent then. */
  public synchronized List<Sent> await(Predicate<List<Sent>> done, Duration limit) throws InterruptedException {
    if (!FakeServers.await(this, () -> done.test(sent), limit.toMillis())) {
      throw new AssertionError("not sent within " + limit + "; sent: " + sent.stream().map(s -> s.userId() + ": "
          + s.text()).toList() + "; refused: " + refusedCodes);
    }
    return List.copyOf(sent);
  }

  /** Waits for {@code n} messages to {@code userId}. */
  public List<Sent> awaitTo(String userId, int n) throws InterruptedException {
    return await(all -> all.stream().filter(s -> s.userId().equals(userId)).count() >= n, Duration.ofSeconds(30))
        .stream().filter(s -> s.userId().equals(userId)).toList();
  }

  // ---- the API --------------------------------------------------------------------------------

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!latency.isZero()) {
        LockSupport.parkNanos(latency.toNanos());
      }
      byte[] body = ex.getRequestBody().readAllBytes();
      String path = ex.getRequestURI().getPath();
      String answer = switch (path) {
        case "/v3.0/oa/message/cs" -> send(ex.getRequestHeaders().getFirst("access_token"), body);
        case "/v2.0/oa/upload/image" -> upload(ex.getRequestHeaders().getFirst("access_token"), body);
        case "/v4/oa/access_token" -> refresh(ex.getRequestHeaders().getFirst("secret_key"),
            new String(body, StandardCharsets.UTF_8));
        default -> null;
      };
      if (answer == null) {
        FakeServers.respond(ex, 404, "text/html", "<html>not found</html>");
      } else if (answer.startsWith("HTTP ")) {
        FakeServers.respond(ex, Integer.parseInt(answer.substring(5)), "text/html", "<html>bad gateway</html>");
      } else {
        FakeServers.respond(ex, 200, "application/json", answer);
      }
    }
  }

  private synchronized String send(String token, byte[] body) throws IOException {
    while (held) {
      try {
        wait(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "HTTP 503";
      }
    }
    String fault = sendFaults.poll();
    if (fault != null) {
      refusedCodes.add(fault);
      return fault.equals("rate") ? error(-32, "Exceed rate limit") : "HTTP 502";
    }
    if (token == null || token.isEmpty() || !token.equals(accessToken)) {
      return refused(-216, "Access token is invalid");
    }
    JsonNode b = json.readTree(body);
    String user = b.path("recipient").path("user_id").asText("");
    if (user.isEmpty()) {
      return refused(-201, "Parameters are invalid");
    }
    Integer code = unreachable.get(user);
    if (code != null) {
      return refused(code, "User cannot be reached");
    }
    JsonNode message = b.path("message");
    sent.add(new Sent(user, message.path("text").asText(""), message, System.nanoTime()));
    notifyAll();
    return "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m" + next++ + "\",\"user_id\":\"" + user
        + "\"}}";
  }

  private synchronized String upload(String token, byte[] body) {
    if (token == null || !token.equals(accessToken)) {
      return refused(-216, "Access token is invalid");
    }
    uploads++;
    return "{\"error\":0,\"message\":\"Success\",\"data\":{\"attachment_id\":\"att-" + next++ + "\",\"size\":"
        + body.length + "}}";
  }

  private synchronized String refresh(String secret, String form) {
    Map<String, String> f = new HashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        f.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    if (!APP_SECRET.equals(secret) || !APP_ID.equals(f.get("app_id"))) {
      refusedCodes.add("-14002");
      return "{\"error\":-14002,\"error_name\":\"Invalid app secret\"}";
    }
    if (refuseRefresh || !"refresh_token".equals(f.get("grant_type")) || !refreshToken.equals(f.get("refresh_token"))) {
      refusedCodes.add("invalid_grant");
      return "{\"error\":-14014,\"error_name\":\"invalid_grant\",\"error_reason\":\"Invalid refresh token\"}";
    }
    refreshes++;
    accessToken = "access-" + next++;
    refreshToken = "refresh-" + next++; // single-use: the one just used is spent
    return "{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"" + refreshToken
        + "\",\"expires_in\":\"90000\"}";
  }

  private String refused(int code, String message) {
    refusedCodes.add(Integer.toString(code));
    return error(code, message);
  }

  private static String error(int code, String message) {
    return "{\"error\":" + code + ",\"message\":\"" + message + "\"}";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
