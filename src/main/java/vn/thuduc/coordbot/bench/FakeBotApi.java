package vn.thuduc.coordbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bot API server in the benchmark's JVM (JDK HttpServer on loopback): hands out the updates it is
 * offered through long-polled {@code getUpdates} with offsets, as Telegram does, and records when
 * each {@code sendMessage} arrived and for which chat. Every other method answers {@code true}.
 */
final class FakeBotApi implements AutoCloseable {
  static final String TOKEN = "100000:bench-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PHOTO = "[photo] ";
  private static final long MAX_POLL_MILLIS = 1_000;
  private static final Pattern FIELD =
      Pattern.compile("name=\"(chat_id|caption)\"\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n(.*?)\\r?\\n--", Pattern.DOTALL);

  /** One message the bot sent: to which chat, what, and when it arrived (System.nanoTime). */
  record Sent(long chatId, String text, long atNanos) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<ObjectNode> pending = new ArrayList<>();
  private final Map<Long, List<Sent>> sent = new HashMap<>();
  private int sentCount;
  private int textCount;
  private int chatsAnswered;
  private long lastFirstReplyNanos;
  private boolean polled;
  private boolean closed;
  private final long rttMillis;

  FakeBotApi() throws IOException {
    this(0);
  }

  /**
   * A fake that answers every call {@code rttMillis} late, as Telegram does from far away (150-300 ms
   * from Vietnam): the bot's sends must overlap to reach Telegram's 30 messages/s.
   */
  FakeBotApi(long rttMillis) throws IOException {
    this.rttMillis = rttMillis;
    AtomicInteger n = new AtomicInteger();
    // one thread per call in flight: the delayed answers must not queue behind each other
    executor = Executors.newFixedThreadPool(rttMillis > 0 ? 128 : 8, r -> {
      Thread t = new Thread(r, "bench-botapi-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    // TCP_NODELAY (sun.net.httpserver.nodelay) is set JVM-wide by Main and the pom's test JVMs
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Offers a text message from a private chat as update {@code updateId}. */
  synchronized void offerText(long updateId, long chatId, String text) {
    ObjectNode u = JSON.createObjectNode();
    u.put("update_id", updateId);
    ObjectNode m = u.putObject("message");
    m.put("message_id", (int) (updateId % 1_000_000));
    m.put("date", 1_700_000_000);
    m.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "W" + chatId)
        .put("language_code", "vi");
    m.putObject("chat").put("id", chatId).put("type", "private");
    m.put("text", text);
    pending.add(u);
    notifyAll();
  }

  /** Waits until the bot has polled once (it is up), or {@code millis} passed; true when it has. */
  synchronized boolean awaitFirstPoll(long millis) throws InterruptedException {
    return FakeServers.await(this, () -> polled, millis);
  }

  /** Waits until {@code n} chats have had a reply, or {@code millis} passed; true when they have. */
  synchronized boolean awaitChatsAnswered(int n, long millis) throws InterruptedException {
    return FakeServers.await(this, () -> chatsAnswered >= n, millis);
  }

  /** Waits until {@code chatId} has had a reply, or {@code millis} passed; true when it has. */
  synchronized boolean awaitAnswered(long chatId, long millis) throws InterruptedException {
    return FakeServers.await(this, () -> sent.containsKey(chatId), millis);
  }

  /** How many chats have had at least one reply. */
  synchronized int chatsAnswered() {
    return chatsAnswered;
  }

  /** When the latest first reply to a chat arrived (System.nanoTime). */
  synchronized long lastFirstReplyNanos() {
    return lastFirstReplyNanos;
  }

  /** The messages sent to {@code chatId} so far. */
  synchronized List<Sent> sentTo(long chatId) {
    return List.copyOf(sent.getOrDefault(chatId, List.of()));
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String prefix = "/bot" + TOKEN + "/";
      if (!path.startsWith(prefix)) {
        respond(ex, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      JsonNode params = params(ex);
      if (rttMillis > 0 && !method.equals("getupdates")) {
        delay(); // getUpdates waits after it has its answer, so that new updates are late by the round trip too
      }
      switch (method) {
        case "getupdates" -> respond(ex, 200, ok(getUpdates(params)));
        case "getme" -> respond(ex, 200, ok("{\"id\":777,\"is_bot\":true,\"first_name\":\"Bench\","
            + "\"username\":\"coord_bench_bot\"}"));
        case "sendmessage", "sendphoto" -> {
          long chat = params.path("chat_id").asLong();
          String text = params.has("text") ? params.path("text").asText() : PHOTO + params.path("caption").asText();
          int id = record(chat, text);
          ObjectNode m = JSON.createObjectNode();
          m.put("message_id", id);
          m.put("date", 1_700_000_000);
          m.putObject("chat").put("id", chat).put("type", "private");
          m.put("text", text);
          respond(ex, 200, ok(JSON.writeValueAsString(m)));
        }
        default -> respond(ex, 200, ok("true"));
      }
    }
  }

  private synchronized int record(long chat, String text) {
    long now = System.nanoTime();
    List<Sent> list = sent.computeIfAbsent(chat, k -> new ArrayList<>());
    if (list.isEmpty()) {
      chatsAnswered++;
      lastFirstReplyNanos = now;
    }
    list.add(new Sent(chat, text, now));
    sentCount++;
    if (!text.startsWith(PHOTO)) {
      textCount++;
    }
    notifyAll();
    return sentCount;
  }

  private String getUpdates(JsonNode p) throws IOException {
    long offset = p.path("offset").asLong(0);
    int limit = p.path("limit").asInt(100);
    long waitMs = Math.min(p.path("timeout").asLong(0) * 1000, MAX_POLL_MILLIS);
    ArrayNode result = JSON.createArrayNode();
    synchronized (this) {
      polled = true;
      notifyAll();
      if (offset > 0) {
        pending.removeIf(u -> u.get("update_id").asLong() < offset);
      }
      try {
        FakeServers.await(this, () -> !pending.isEmpty() || closed, waitMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (int i = 0; i < pending.size() && i < limit; i++) {
        result.add(pending.get(i));
      }
    }
    if (rttMillis > 0) {
      delay();
    }
    return JSON.writeValueAsString(result);
  }

  private void delay() {
    try {
      Thread.sleep(rttMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How many text messages (not photos) the bot has sent in all. */
  synchronized int textCount() {
    return textCount;
  }

  /** Waits until the bot has sent {@code n} text messages in all, or {@code millis} passed; true when it has. */
  synchronized boolean awaitTexts(int n, long millis) throws InterruptedException {
    return FakeServers.await(this, () -> textCount >= n, millis);
  }

  /** The text messages (not photos) sent to {@code chatId} so far. */
  synchronized List<Sent> textsTo(long chatId) {
    return sent.getOrDefault(chatId, List.of()).stream().filter(s -> !s.text().startsWith(PHOTO)).toList();
  }

  private static JsonNode params(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
    if (type.startsWith("application/x-www-form-urlencoded")) {
      ObjectNode p = JSON.createObjectNode();
      for (String kv : new String(body, StandardCharsets.UTF_8).split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          p.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      return p;
    }
    if (type.startsWith("application/json") && body.length > 0) {
      return JSON.readTree(body);
    }
    if (type.startsWith("multipart/form-data")) {
      return multipartFields(new String(body, StandardCharsets.UTF_8));
    }
    return JSON.createObjectNode();
  }

  /** The text fields of a multipart body (a chart upload): enough to know the chat and the caption. */
  private static ObjectNode multipartFields(String body) {
    ObjectNode p = JSON.createObjectNode();
    Matcher m = FIELD.matcher(body);
    while (m.find()) {
      p.put(m.group(1), m.group(2));
    }
    return p;
  }

  private static String ok(String result) {
    return "{\"ok\":true,\"result\":" + result + "}";
  }

  private static void respond(HttpExchange ex, int status, String body) throws IOException {
    FakeServers.respond(ex, status, "application/json", body);
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
