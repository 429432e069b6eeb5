package vn.thuduc.coordbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import vn.thuduc.coordbot.bench.FakeServers;

/**
 * A Bot API server in the test JVM that misbehaves on request: error statuses with or without an
 * {@code ok} field, HTML and empty bodies, dropped connections, stalls longer than the client
 * waits, and re-delivery of updates already confirmed. Only sends it answered with {@code ok} count
 * as delivered, as on Telegram. It outlives bot processes, so restarts can be tested against it.
 */
final class ChaosBotApi implements AutoCloseable {
  static final String TOKEN = "424242:CHAOS-test-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A message the bot got delivered: method, chat, text or caption, when (nanoTime). */
  record Sent(String method, long chatId, String text, long atNanos) {}

  /** One misbehaviour, applied to the next call of a method instead of its normal answer. */
  record Fault(String label, int code, String contentType, String body, boolean hangUp, long stallMillis) {
    static Fault status(int status) {
      return new Fault(status + " with ok:false", status, "application/json",
          "{\"ok\":false,\"error_code\":" + status + ",\"description\":\"Internal Server Error\"}", false, 0);
    }

    static Fault tooManyRequests(int retryAfter) {
      return new Fault("429 retry_after " + retryAfter, 429, "application/json",
          "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
              + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}", false, 0);
    }

    static Fault html(int status) {
      return new Fault(status + " HTML page", status, "text/html",
          "<html><body><h1>" + status + " Bad Gateway</h1></body></html>", false, 0);
    }

    static Fault empty() {
      return new Fault("200 empty body", 200, "application/json", "", false, 0);
    }

    static Fault noOk() {
      return new Fault("200 JSON without ok", 200, "application/json", "{\"message\":\"proxy says hi\"}", false, 0);
    }

    static Fault drop() {
      return new Fault("connection dropped", 200, "application/json", "", true, 0);
    }

    static Fault stall(long millis) {
      return new Fault("no answer for " + millis + " ms", 200, "application/json", "", false, millis);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "chaos-api");
    t.setDaemon(true);
    return t;
  });
  private final TreeMap<Long, ObjectNode> updates = new TreeMap<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final List<Sent> sent = new ArrayList<>();
  private final Map<String, AtomicInteger> callCounts = new HashMap<>();
  private final List<String> faultsApplied = new ArrayList<>();
  private final Deque<ObjectNode> confirmedLog = new ArrayDeque<>();
  private long confirmedBelow;
  private int redeliverEvery;
  private int polls;
  private boolean freshStart;
  private long redelivered;
  private int nextMessageId = 1;
  private long holdMillis = 1000;

  ChaosBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Every {@code n}-th getUpdates, and the first one after each getMe (a restarted bot), also hands
   * out again the 200 newest updates already confirmed.
   */
  synchronized void redeliverEvery(int n) {
    redeliverEvery = n;
  }

  synchronized void fault(String method, Fault fault, int times) {
    Deque<Fault> q = faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      q.add(fault);
    }
  }

  synchronized void offer(ObjectNode update) {
    updates.put(update.get("update_id").asLong(), update);
    notifyAll();
  }

  synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  synchronized List<Sent> sentTo(long chatId) {
    return sent.stream().filter(s -> s.chatId() == chatId).toList();
  }

  synchronized int calls(String method) {
    AtomicInteger n = callCounts.get(method.toLowerCase(Locale.ROOT));
    return n == null ? 0 : n.get();
  }

  synchronized long confirmedBelow() {
    return confirmedBelow;
  }

  synchronized long redelivered() {
    return redelivered;
  }

  synchronized List<String> faultsApplied() {
    return List.copyOf(faultsApplied);
  }

  synchronized int faultsLeft() {
    return faults.values().stream().mapToInt(Deque::size).sum();
  }

  /** Waits until the delivered messages satisfy {@code condition}; fails after {@code timeout}. */
  synchronized List<Sent> await(Predicate<List<Sent>> condition, Duration timeout) throws InterruptedException {
    if (!FakeServers.await(this, () -> condition.test(sent), timeout.toMillis())) {
      throw new AssertionError("timed out after " + timeout + "; " + sent.size() + " messages delivered, "
          + "faults applied " + faultsApplied + ", confirmed below " + confirmedBelow);
    }
    return List.copyOf(sent);
  }

  /** Waits until {@code n} faults in all have been applied. */
  synchronized void awaitFaultsApplied(int n, Duration timeout) throws InterruptedException {
    if (!FakeServers.await(this, () -> faultsApplied.size() >= n, timeout.toMillis())) {
      throw new AssertionError("only " + faultsApplied.size() + " of " + n + " faults applied: " + faultsApplied);
    }
  }

  /** Waits until {@code method} has been called more than {@code n} times. */
  synchronized void awaitCalls(String method, int n, Duration timeout) throws InterruptedException {
    if (!FakeServers.await(this, () -> calls(method) > n, timeout.toMillis())) {
      throw new AssertionError(method + " was not called again within " + timeout);
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String prefix = "/bot" + TOKEN + "/";
      if (!path.startsWith(prefix)) {
        respond(ex, 401, "application/json", "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      byte[] body = ex.getRequestBody().readAllBytes();
      String contentType = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
      JsonNode params;
      if (contentType.startsWith("multipart/form-data")) {
        ObjectNode p = JSON.createObjectNode();
        Multipart.parse(body, contentType).fields().forEach(p::put);
        params = p;
      } else {
        params = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
      }
      Fault fault;
      synchronized (this) {
        callCounts.computeIfAbsent(method, k -> new AtomicInteger()).incrementAndGet();
        Deque<Fault> q = faults.get(method);
        fault = q == null ? null : q.poll();
        if (fault != null) {
          faultsApplied.add(method + ": " + fault);
        }
        notifyAll();
      }
      if (fault != null) {
        misbehave(ex, fault);
        return;
      }
      String answer = method.equals("getupdates") ? getUpdates(params) : answer(method, params);
      respond(ex, 200, "application/json", answer);
    }
  }

  private void misbehave(HttpExchange ex, Fault fault) throws IOException {
    if (fault.hangUp()) {
      // promise a body and hang up after a few bytes: the client sees the connection die mid-answer
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, 1000);
      OutputStream out = ex.getResponseBody();
      out.write("{\"ok\":tr".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IOException("dropping the connection on purpose");
    }
    if (fault.stallMillis() > 0) {
      try {
        Thread.sleep(fault.stallMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(ex, 504, "text/html", "<html>too late</html>");
      return;
    }
    respond(ex, fault.code(), fault.contentType(), fault.body());
  }

  private String getUpdates(JsonNode p) throws IOException {
    long offset = p.path("offset").asLong(0);
    int limit = p.path("limit").asInt(100);
    long timeoutMs = Math.min(p.path("timeout").asLong(0) * 1000, holdMillis);
    ArrayNode result = JSON.createArrayNode();
    synchronized (this) {
      polls++;
      // decided on arrival: a poll a stopped bot left hanging must not take the new bot's turn
      boolean again = redeliverEvery > 0 && (freshStart || polls % redeliverEvery == 0);
      freshStart = false;
      if (offset > confirmedBelow) {
        confirmedBelow = offset;
        for (ObjectNode u : updates.headMap(offset).values()) {
          confirmedLog.addLast(u);
          if (confirmedLog.size() > 200) {
            confirmedLog.removeFirst();
          }
        }
        updates.headMap(offset).clear(); // confirmed: Telegram forgets them
      }
      try {
        FakeServers.await(this, () -> !updates.tailMap(offset).isEmpty(), timeoutMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      updates.tailMap(offset).values().stream().limit(limit).forEach(result::add);
      // the first poll after a (re)start sees the last 200 confirmed updates again, as a session that
      // lost its offset would; so does every redeliverEvery-th poll
      if (again) {
        List<ObjectNode> old = recentlyConfirmed(); // oldest first, ahead of the new ones
        for (int i = old.size() - 1; i >= 0; i--) {
          result.insert(0, old.get(i));
          redelivered++;
        }
      }
    }
    return "{\"ok\":true,\"result\":" + JSON.writeValueAsString(result) + "}";
  }

  private List<ObjectNode> recentlyConfirmed() {
    return List.copyOf(confirmedLog);
  }

  private String answer(String method, JsonNode p) throws IOException {
    return switch (method) {
      case "getme" -> {
        synchronized (this) {
          freshStart = true;
        }
        yield ok("{\"id\":4242,\"is_bot\":true,\"first_name\":\"Chaos\",\"username\":\"chaos_test_bot\"}");
      }
      case "deletewebhook", "sendchataction", "answercallbackquery", "setmycommands" -> ok("true");
      case "sendmessage", "sendphoto", "senddocument", "editmessagetext" -> {
        long chat = p.path("chat_id").asLong();
        String text = p.has("text") ? p.get("text").asText() : p.path("caption").asText();
        int id;
        synchronized (this) {
          id = nextMessageId++;
          sent.add(new Sent(method, chat, text, System.nanoTime()));
          notifyAll();
        }
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", p.has("message_id") ? p.get("message_id").asInt() : id);
        m.put("date", (int) (System.currentTimeMillis() / 1000));
        m.putObject("from").put("id", 4242).put("is_bot", true).put("first_name", "Chaos");
        m.putObject("chat").put("id", chat).put("type", chat > 0 ? "private" : "group");
        if (method.equals("sendphoto")) {
          m.putArray("photo").addObject().put("file_id", "p" + id).put("file_unique_id", "u" + id)
              .put("width", 1).put("height", 1);
          m.put("caption", text);
        } else {
          m.put("text", text);
        }
        yield ok(JSON.writeValueAsString(m));
      }
      default -> "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}";
    };
  }

  private static String ok(String result) {
    return "{\"ok\":true,\"result\":" + result + "}";
  }

  private static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
    FakeServers.respond(ex, status, contentType, body);
  }

  @Override
  public void close() {
    synchronized (this) {
      notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
