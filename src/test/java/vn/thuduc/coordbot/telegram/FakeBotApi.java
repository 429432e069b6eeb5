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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import vn.thuduc.coordbot.bench.FakeServers;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * A Bot API server in the test JVM that speaks as Telegram does: {@code /bot<token>/<method>} with
 * method names matched case-insensitively, {@code {"ok":true,"result":...}}, getUpdates with
 * offsets and long polling, multipart sendPhoto. Records every call; faults can be queued.
 */
final class FakeBotApi implements AutoCloseable {
  static final String TOKEN = "123456:TEST-token";
  static final String BOT_USERNAME = "coord_test_bot";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One call the bot made: lower-case method, its parameters, and for sendPhoto the bytes. */
  record Call(String method, JsonNode params, byte[] file) {
    String text() {
      JsonNode t = params.has("text") ? params.get("text") : params.get("caption");
      return t == null ? "" : t.asText();
    }

    long chatId() {
      return params.path("chat_id").asLong();
    }
  }

  /** A canned failure for the next call of a method. */
  record Fault(int status, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Call> calls = new ArrayList<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final Map<Long, Map<Integer, String>> sent = new HashMap<>();
  private long confirmedBelow;
  private int nextMessageId = 1000;
  private boolean refuseCommands;
  private final Map<String, byte[]> userFiles = new HashMap<>();
  private final java.util.Set<Long> blocked = new java.util.HashSet<>();
  private final Map<Long, List<Integer>> messageOrder = new HashMap<>();

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The ids of the messages (texts, photos, files) sent to {@code chatId}, in order. */
  synchronized List<Integer> messageIds(long chatId) {
    return List.copyOf(messageOrder.getOrDefault(chatId, List.of()));
  }

  /** Waits until at least {@code n} messages were sent to {@code chatId}; returns their ids. */
  synchronized List<Integer> awaitMessageIds(long chatId, int n) throws InterruptedException {
    if (!FakeServers.await(this, () -> messageOrder.getOrDefault(chatId, List.of()).size() >= n, 15_000)) {
      throw new AssertionError("timed out waiting for " + n + " messages to " + chatId);
    }
    return messageIds(chatId);
  }

  /** From now on, messages to {@code chatId} fail with 403 (the user blocked the bot). */
  synchronized void blockChat(long chatId) {
    blocked.add(chatId);
  }

  synchronized void refuseSetMyCommands() {
    refuseCommands = true;
  }

  /** A fault status meaning: answer nothing for {@code body} milliseconds (getUpdates only). */
  static final int STALL = -1;

  /** Queues a failure for the next call of {@code method} (any case). */
  synchronized void fail(String method, int status, String body) {
    faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).add(new Fault(status, body));
  }

  synchronized void fail429(String method, int retryAfter) {
    fail(method, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
        + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
  }

  /** Offers an update to the bot (as Telegram would, until an offset confirms it). */
  synchronized void offer(ObjectNode update) {
    updates.add(update);
    notifyAll();
  }

  /** Stores a file a user uploads; returns its file_id (getFile and /file/bot... serve it). */
  synchronized String upload(byte[] content) {
    String id = "f" + (userFiles.size() + 1);
    userFiles.put(id, content.clone());
    return id;
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))).toList();
  }

  /** Waits (without a fixed sleep) until the recorded calls satisfy {@code condition}. */
  synchronized List<Call> await(Predicate<List<Call>> condition, Duration timeout) throws InterruptedException {
    if (!FakeServers.await(this, () -> condition.test(calls), timeout.toMillis())) {
      throw new AssertionError("timed out; calls so far: " + describe());
    }
    return List.copyOf(calls);
  }

  /** Waits until the bot has sent {@code n} messages or photos to {@code chatId}. */
  List<Call> awaitReplies(long chatId, int n) throws InterruptedException {
    return await(cs -> replies(cs, chatId).size() >= n, Duration.ofSeconds(15)).stream()
        .filter(c -> isReply(c, chatId)).toList();
  }

  static List<Call> replies(List<Call> cs, long chatId) {
    return cs.stream().filter(c -> isReply(c, chatId)).toList();
  }

  private static boolean isReply(Call c, long chatId) {
    return (c.method().equals("sendmessage") || c.method().equals("sendphoto") || c.method().equals("senddocument")
        || c.method().equals("editmessagetext")) && c.chatId() == chatId;
  }

  synchronized long confirmedBelow() {
    return confirmedBelow;
  }

  private synchronized String describe() {
    StringBuilder sb = new StringBuilder();
    for (Call c : calls) {
      if (!c.method().equals("getupdates")) {
        sb.append("\n  ").append(c.method()).append(' ').append(c.params());
      }
    }
    return sb.toString();
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String prefix = "/bot" + TOKEN + "/";
      if (path.startsWith("/file/bot" + TOKEN + "/documents/")) {
        byte[] content;
        synchronized (this) {
          calls.add(new Call("file", JSON.createObjectNode().put("path", path), null));
          content = userFiles.get(path.substring(path.lastIndexOf('/') + 1));
        }
        if (content == null) {
          respond(ex, 404, "Not Found");
        } else {
          ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
          ex.sendResponseHeaders(200, content.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(content);
          }
        }
        return;
      }
      if (!path.startsWith(prefix)) {
        respond(ex, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      byte[] body = ex.getRequestBody().readAllBytes();
      String contentType = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
      JsonNode params;
      byte[] file = null;
      if (contentType.startsWith("multipart/form-data")) {
        Multipart mp = Multipart.parse(body, contentType);
        ObjectNode p = JSON.createObjectNode();
        mp.fields().forEach(p::put);
        params = p;
        file = mp.files().values().stream().findFirst().orElse(null);
      } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
        ObjectNode p = JSON.createObjectNode();
        for (String kv : new String(body, StandardCharsets.UTF_8).split("&")) {
          int eq = kv.indexOf('=');
          if (eq > 0) {
            p.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
          }
        }
        params = p;
      } else {
        params = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
      }
      if (method.equals("getupdates")) {
        getUpdates(ex, params);
        return;
      }
      Fault fault;
      synchronized (this) {
        calls.add(new Call(method, params, file));
        notifyAll();
        Deque<Fault> q = faults.get(method);
        fault = q == null ? null : q.poll();
      }
      if (fault != null) {
        respond(ex, fault.status(), fault.body());
        return;
      }
      respond(ex, 200, answer(method, params));
    }
  }

  private String answer(String method, JsonNode p) throws IOException {
    return switch (method) {
      case "getme" -> ok("{\"id\":777,\"is_bot\":true,\"first_name\":\"Coord\",\"username\":\"" + BOT_USERNAME + "\"}");
      case "deletewebhook", "sendchataction", "answercallbackquery", "answerinlinequery" -> ok("true");
      case "getfile" -> {
        String id = p.path("file_id").asText();
        byte[] content;
        synchronized (this) {
          content = userFiles.get(id);
        }
        yield content == null ? "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}"
            : ok("{\"file_id\":\"" + id + "\",\"file_unique_id\":\"u" + id + "\",\"file_size\":" + content.length
                + ",\"file_path\":\"documents/" + id + "\"}");
      }
      case "senddocument" -> ok(message(p.path("chat_id").asLong(), p.path("caption").asText(), false));
      case "setmycommands" -> refuseCommands
          ? "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: refused by test\"}" : ok("true");
      case "sendmessage", "sendphoto" -> {
        synchronized (this) {
          if (blocked.contains(p.path("chat_id").asLong())) {
            yield "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}";
          }
        }
        String text = p.has("text") ? p.get("text").asText() : p.path("caption").asText();
        int max = method.equals("sendmessage") ? 4096 : 1024;
        if (TelegramText.render(text).length() > max || method.equals("sendmessage") && text.isBlank()) {
          yield "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is too long\"}";
        }
        yield ok(message(p.path("chat_id").asLong(), text, method.equals("sendphoto")));
      }
      case "editmessagetext" -> {
        long chat = p.path("chat_id").asLong();
        int id = p.path("message_id").asInt();
        synchronized (this) {
          String before = sent.getOrDefault(chat, Map.of()).get(id);
          if (before == null) {
            yield "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message to edit not found\"}";
          }
          if (before.equals(p.path("text").asText())) {
            yield "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is not modified\"}";
          }
          sent.get(chat).put(id, p.path("text").asText());
        }
        yield ok(messageJson(chat, id, p.path("text").asText(), false));
      }
      default -> "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method " + method + "\"}";
    };
  }

  private synchronized String message(long chatId, String text, boolean photo) throws IOException {
    int id = nextMessageId++;
    sent.computeIfAbsent(chatId, k -> new HashMap<>()).put(id, text);
    messageOrder.computeIfAbsent(chatId, k -> new ArrayList<>()).add(id);
    notifyAll();
    return messageJson(chatId, id, text, photo);
  }

  private static String messageJson(long chatId, int id, String text, boolean photo) throws IOException {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", id);
    m.put("date", (int) (System.currentTimeMillis() / 1000));
    m.putObject("from").put("id", 777).put("is_bot", true).put("first_name", "Coord").put("username", BOT_USERNAME);
    m.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "group");
    if (photo) {
      m.putArray("photo").addObject().put("file_id", "p" + id).put("file_unique_id", "u" + id).put("width", 1)
          .put("height", 1);
      m.put("caption", text);
    } else {
      m.put("text", text);
    }
    return JSON.writeValueAsString(m);
  }

  private void getUpdates(HttpExchange ex, JsonNode p) throws IOException {
    long offset = p.path("offset").asLong(0);
    int limit = p.path("limit").asInt(100);
    long timeoutMs = Math.min(p.path("timeout").asLong(0) * 1000, 2000);
    ArrayNode result = JSON.createArrayNode();
    Fault fault;
    synchronized (this) {
      calls.add(new Call("getupdates", p, null));
      notifyAll();
      Deque<Fault> q = faults.get("getupdates");
      fault = q == null ? null : q.poll();
      if (fault == null) {
        if (offset > 0) {
          confirmedBelow = Math.max(confirmedBelow, offset);
          updates.removeIf(u -> u.get("update_id").asLong() < offset);
        }
        try {
          FakeServers.await(this, () -> !pending(offset).isEmpty(), timeoutMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        pending(offset).stream().limit(limit).forEach(result::add);
      }
    }
    if (fault != null && fault.status() == STALL) {
      try {
        Thread.sleep(Long.parseLong(fault.body())); // a connection that hangs: no byte comes back
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    if (fault != null) {
      respond(ex, fault.status(), fault.body());
      return;
    }
    respond(ex, 200, "{\"ok\":true,\"result\":" + JSON.writeValueAsString(result) + "}");
  }

  private List<ObjectNode> pending(long offset) {
    return updates.stream().filter(u -> u.get("update_id").asLong() >= offset).toList();
  }

  private static String ok(String result) {
    return "{\"ok\":true,\"result\":" + result + "}";
  }

  private static void respond(HttpExchange ex, int status, String body) throws IOException {
    FakeServers.respond(ex, status, body.startsWith("{") ? "application/json" : "text/html", body);
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
