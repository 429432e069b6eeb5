package vn.thuduc.coordbot.bench;

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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import vn.thuduc.coordbot.telegram.TelegramText;

/**
 * A Bot API server on loopback (JDK HttpServer) that speaks as Telegram does, for the benchmark and
 * every Telegram test: {@code /bot<token>/<method>} matched case-insensitively, long-polled
 * getUpdates with offsets, multipart uploads, file downloads, Telegram's checks (blocked chats,
 * texts over 4096 characters, edits of unknown or unchanged messages). Options: a round trip
 * ({@link #FakeBotApi(Duration)}), {@linkplain #fault faults} (error statuses, HTML and empty
 * bodies, dropped connections, stalls) and {@linkplain #redeliverEvery redelivery} of confirmed
 * updates. It records every call and, apart, the sends it answered with {@code ok} (delivered).
 * One class for what were three fakes; its length is the Bot API's methods and their records.
 */
public final class FakeBotApi implements AutoCloseable {
  /** The token the bot must use. */
  public static final String TOKEN = "123456:TEST-token";
  public static final String BOT_USERNAME = "coord_test_bot";
  /** A {@link #fail} status meaning: answer nothing for {@code body} milliseconds. */
  public static final int STALL = -1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_POLL_MILLIS = 1_000;
  private static final int REDELIVERED = 200;
  private static final Set<String> SENDS = Set.of("sendmessage", "sendphoto", "senddocument", "editmessagetext");

  /** One call the bot made: lower-case method, its parameters, for uploads the file, when (nanoTime). */
  public record Call(String method, JsonNode params, byte[] file, long atNanos) {
    /** The text, or the caption of a photo or document. */
    public String text() {
      JsonNode t = params.has("text") ? params.get("text") : params.get("caption");
      return t == null ? "" : t.asText();
    }

    public long chatId() {
      return params.path("chat_id").asLong();
    }
  }

  /** One misbehaviour, applied to the next call of a method instead of its normal answer. */
  public record Fault(String label, int code, String contentType, String body, boolean hangUp, long stallMillis) {
    /** {@code status} with {@code body} (JSON when it starts with a brace, else an HTML page). */
    public static Fault answer(int status, String body) {
      return new Fault(status + " " + body, status, body.startsWith("{") ? "application/json" : "text/html", body,
          false, 0);
    }

    public static Fault status(int status) {
      return new Fault(status + " with ok:false", status, "application/json",
          "{\"ok\":false,\"error_code\":" + status + ",\"description\":\"Internal Server Error\"}", false, 0);
    }

    public static Fault tooManyRequests(int retryAfter) {
      return new Fault("429 retry_after " + retryAfter, 429, "application/json",
          "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
              + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}", false, 0);
    }

    public static Fault html(int status) {
      return new Fault(status + " HTML page", status, "text/html",
          "<html><body><h1>" + status + " Bad Gateway</h1></body></html>", false, 0);
    }

    public static Fault empty() {
      return new Fault("200 empty body", 200, "application/json", "", false, 0);
    }

    public static Fault noOk() {
      return new Fault("200 JSON without ok", 200, "application/json", "{\"message\":\"proxy says hi\"}", false, 0);
    }

    /** A body promised and cut after a few bytes: the client sees the connection die mid-answer. */
    public static Fault drop() {
      return new Fault("connection dropped", 200, "application/json", "", true, 0);
    }

    /** No answer for {@code millis}, then a 504 page. */
    public static Fault stall(long millis) {
      return new Fault("no answer for " + millis + " ms", 504, "text/html", "<html>too late</html>", false, millis);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final long rttMillis;
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, AtomicInteger> callCounts = new HashMap<>();
  private final List<Call> delivered = new ArrayList<>();
  private final Map<Long, List<Call>> deliveredTo = new HashMap<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Deque<ObjectNode> confirmedLog = new ArrayDeque<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final List<String> faultsApplied = new ArrayList<>();
  private final Map<Long, Map<Integer, String>> messages = new HashMap<>();
  private final Map<Long, List<Integer>> messageOrder = new HashMap<>();
  private final Map<String, byte[]> userFiles = new HashMap<>();
  private final Set<Long> blocked = new HashSet<>();
  private long confirmedBelow;
  private int nextMessageId = 1000;
  private boolean refuseCommands;
  private int redeliverEvery;
  private int polls;
  private boolean freshStart;
  private long redelivered;
  private int textCount;
  private long lastFirstReplyNanos;
  private boolean closed;

  /** A fake that answers at once. */
  public FakeBotApi() throws IOException {
    this(Duration.ZERO);
  }

  /**
   * A fake that answers every call {@code roundTrip} late, as Telegram does from far away (150-300 ms
   * from Vietnam): the bot's sends must overlap to reach Telegram's 30 messages/s.
   */
  public FakeBotApi(Duration roundTrip) throws IOException {
    this.rttMillis = roundTrip.toMillis();
    AtomicInteger n = new AtomicInteger();
    // one thread per call in flight: delayed or stalled answers must not queue behind each other
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-botapi-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  // ---- what the bot is offered

  /** Offers an update to the bot (as Telegram would, until an offset confirms it). */
  public synchronized void offer(ObjectNode update) {
    updates.add(update);
    notifyAll();
  }

  /** Offers a text message from a private chat as update {@code updateId}. */
  public void offerText(long updateId, long chatId, String text) {
    ObjectNode u = JSON.createObjectNode();
    u.put("update_id", updateId);
    ObjectNode m = u.putObject("message");
    m.put("message_id", (int) (updateId % 1_000_000));
    m.put("date", 1_700_000_000);
    m.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "W" + chatId)
        .put("language_code", "vi");
    m.putObject("chat").put("id", chatId).put("type", "private");
    m.put("text", text);
    offer(u);
  }

  /** Stores a file a user uploads; returns its file_id (getFile and /file/bot... serve it). */
  public synchronized String upload(byte[] content) {
    String id = "f" + (userFiles.size() + 1);
    userFiles.put(id, content.clone());
    return id;
  }

  // ---- options: faults and redelivery

  /** From now on, messages to {@code chatId} fail with 403 (the user blocked the bot). */
  public synchronized void blockChat(long chatId) {
    blocked.add(chatId);
  }

  public synchronized void refuseSetMyCommands() {
    refuseCommands = true;
  }

  /** Queues {@code fault} for the next {@code times} calls of {@code method} (any case). */
  public synchronized void fault(String method, Fault fault, int times) {
    Deque<Fault> q = faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      q.add(fault);
    }
  }

  /** Queues an answer {@code status} with {@code body} (or a {@link #STALL}) for the next call of {@code method}. */
  public void fail(String method, int status, String body) {
    fault(method, status == STALL ? Fault.stall(Long.parseLong(body)) : Fault.answer(status, body), 1);
  }

  public void fail429(String method, int retryAfter) {
    fault(method, Fault.tooManyRequests(retryAfter), 1);
  }

  /**
   * Every {@code n}-th getUpdates, and the first one after each getMe (a restarted bot), also hands
   * out again the 200 newest updates already confirmed, as a session that lost its offset would.
   */
  public synchronized void redeliverEvery(int n) {
    redeliverEvery = n;
  }

  public synchronized List<String> faultsApplied() {
    return List.copyOf(faultsApplied);
  }

  public synchronized int faultsLeft() {
    return faults.values().stream().mapToInt(Deque::size).sum();
  }

  /** Waits until {@code n} faults in all have been applied. */
  public synchronized void awaitFaultsApplied(int n, Duration timeout) throws InterruptedException {
    if (!FakeServers.await(this, () -> faultsApplied.size() >= n, timeout.toMillis())) {
      throw new AssertionError("only " + faultsApplied.size() + " of " + n + " faults applied: " + faultsApplied);
    }
  }

  public synchronized long redelivered() {
    return redelivered;
  }

  public synchronized long confirmedBelow() {
    return confirmedBelow;
  }

  // ---- every call

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<Call> calls(String method) {
    String m = method.toLowerCase(Locale.ROOT);
    return calls.stream().filter(c -> c.method().equals(m)).toList();
  }

  /** How often {@code method} was called, faults included. */
  public synchronized int callCount(String method) {
    AtomicInteger n = callCounts.get(method.toLowerCase(Locale.ROOT));
    return n == null ? 0 : n.get();
  }

  /** Waits until {@code method} has been called more than {@code n} times. */
  public synchronized void awaitCalls(String method, int n, Duration timeout) throws InterruptedException {
    if (!FakeServers.await(this, () -> callCount(method) > n, timeout.toMillis())) {
      throw new AssertionError(method + " was not called again within " + timeout);
    }
  }

  /** Waits (without a fixed sleep) until the recorded calls satisfy {@code condition}. */
  public synchronized List<Call> await(Predicate<List<Call>> condition, Duration timeout) throws InterruptedException {
    if (!FakeServers.await(this, () -> condition.test(calls), timeout.toMillis())) {
      throw new AssertionError("timed out; calls so far: " + describe());
    }
    return List.copyOf(calls);
  }

  /** Waits until the bot has tried to send {@code n} messages, photos, files or edits to {@code chatId}. */
  public List<Call> awaitReplies(long chatId, int n) throws InterruptedException {
    return await(cs -> replies(cs, chatId).size() >= n, Duration.ofSeconds(15)).stream()
        .filter(c -> isReply(c, chatId)).toList();
  }

  /** The sends (messages, photos, files, edits) to {@code chatId} among {@code cs}. */
  public static List<Call> replies(List<Call> cs, long chatId) {
    return cs.stream().filter(c -> isReply(c, chatId)).toList();
  }

  private static boolean isReply(Call c, long chatId) {
    return SENDS.contains(c.method()) && c.chatId() == chatId;
  }

  // ---- what was delivered (answered with ok)

  public synchronized List<Call> sent() {
    return List.copyOf(delivered);
  }

  public synchronized List<Call> sentTo(long chatId) {
    return List.copyOf(deliveredTo.getOrDefault(chatId, List.of()));
  }

  /** The text messages (not photos, files or edits) delivered to {@code chatId}. */
  public synchronized List<Call> textsTo(long chatId) {
    return deliveredTo.getOrDefault(chatId, List.of()).stream().filter(c -> c.method().equals("sendmessage")).toList();
  }

  /** How many text messages were delivered in all. */
  public synchronized int textCount() {
    return textCount;
  }

  /** How many chats have had at least one delivery. */
  public synchronized int chatsAnswered() {
    return deliveredTo.size();
  }

  /** When the latest first delivery to a chat arrived (System.nanoTime). */
  public synchronized long lastFirstReplyNanos() {
    return lastFirstReplyNanos;
  }

  /** Waits until the delivered sends satisfy {@code condition}; fails after {@code timeout}. */
  public synchronized List<Call> awaitSent(Predicate<List<Call>> condition, Duration timeout)
      throws InterruptedException {
    if (!FakeServers.await(this, () -> condition.test(delivered), timeout.toMillis())) {
      throw new AssertionError("timed out after " + timeout + "; " + delivered.size() + " messages delivered, "
          + "faults applied " + faultsApplied + ", confirmed below " + confirmedBelow);
    }
    return List.copyOf(delivered);
  }

  /** Waits until {@code n} text messages were delivered in all, or {@code millis} passed; true when they were. */
  public synchronized boolean awaitTexts(int n, long millis) throws InterruptedException {
    return FakeServers.await(this, () -> textCount >= n, millis);
  }

  /** Waits until the bot has polled once (it is up), or {@code millis} passed; true when it has. */
  public synchronized boolean awaitFirstPoll(long millis) throws InterruptedException {
    return FakeServers.await(this, () -> polls > 0, millis);
  }

  /** Waits until {@code n} chats have had a delivery, or {@code millis} passed; true when they have. */
  public synchronized boolean awaitChatsAnswered(int n, long millis) throws InterruptedException {
    return FakeServers.await(this, () -> deliveredTo.size() >= n, millis);
  }

  /** Waits until {@code chatId} has had a delivery, or {@code millis} passed; true when it has. */
  public synchronized boolean awaitAnswered(long chatId, long millis) throws InterruptedException {
    return FakeServers.await(this, () -> deliveredTo.containsKey(chatId), millis);
  }

  /** The ids of the messages (texts, photos, files) sent to {@code chatId}, in order. */
  public synchronized List<Integer> messageIds(long chatId) {
    return List.copyOf(messageOrder.getOrDefault(chatId, List.of()));
  }

  /** Waits until at least {@code n} messages were sent to {@code chatId}; returns their ids. */
  public synchronized List<Integer> awaitMessageIds(long chatId, int n) throws InterruptedException {
    if (!FakeServers.await(this, () -> messageOrder.getOrDefault(chatId, List.of()).size() >= n, 15_000)) {
      throw new AssertionError("timed out waiting for " + n + " messages to " + chatId);
    }
    return messageIds(chatId);
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

  // ---- the server

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.startsWith("/file/bot" + TOKEN + "/documents/")) {
        download(ex, path);
        return;
      }
      String prefix = "/bot" + TOKEN + "/";
      if (!path.startsWith(prefix)) {
        respond(ex, path.startsWith("/bot") ? 401 : 404, "application/json", path.startsWith("/bot")
            ? "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"
            : "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      if (rttMillis > 0 && !method.equals("getupdates")) {
        pause(rttMillis); // getUpdates waits after it has its answer, so new updates are late by the round trip too
      }
      byte[] file = null;
      JsonNode params;
      byte[] body = ex.getRequestBody().readAllBytes();
      String contentType = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
      if (contentType.startsWith("multipart/form-data")) {
        Multipart mp = Multipart.parse(body, contentType);
        ObjectNode p = JSON.createObjectNode();
        mp.fields().forEach(p::put);
        params = p;
        file = mp.files().values().stream().findFirst().orElse(null);
      } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
        params = formFields(new String(body, StandardCharsets.UTF_8));
      } else {
        params = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
      }
      Call call = new Call(method, params, file, System.nanoTime());
      Fault fault;
      synchronized (this) {
        calls.add(call);
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
      String answer = method.equals("getupdates") ? getUpdates(params) : answer(call);
      respond(ex, 200, "application/json", answer);
    }
  }

  private void misbehave(HttpExchange ex, Fault fault) throws IOException {
    if (fault.hangUp()) {
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, 1000);
      OutputStream out = ex.getResponseBody();
      out.write("{\"ok\":tr".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IOException("dropping the connection on purpose");
    }
    if (fault.stallMillis() > 0) {
      pause(fault.stallMillis());
    }
    respond(ex, fault.code(), fault.contentType(), fault.body());
  }

  private void download(HttpExchange ex, String path) throws IOException {
    byte[] content;
    synchronized (this) {
      calls.add(new Call("file", JSON.createObjectNode().put("path", path), null, System.nanoTime()));
      content = userFiles.get(path.substring(path.lastIndexOf('/') + 1));
    }
    if (content == null) {
      respond(ex, 404, "text/html", "Not Found");
      return;
    }
    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
    ex.sendResponseHeaders(200, content.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(content);
    }
  }

  private String answer(Call call) throws IOException {
    JsonNode p = call.params();
    return switch (call.method()) {
      case "getme" -> {
        synchronized (this) {
          freshStart = true;
        }
        yield ok("{\"id\":777,\"is_bot\":true,\"first_name\":\"Coord\",\"username\":\"" + BOT_USERNAME + "\"}");
      }
      case "deletewebhook", "sendchataction", "answercallbackquery", "answerinlinequery" -> ok("true");
      case "setmycommands" -> refuseCommands() ? error(400, "Bad Request: refused by test") : ok("true");
      case "getfile" -> {
        String id = p.path("file_id").asText();
        byte[] content;
        synchronized (this) {
          content = userFiles.get(id);
        }
        yield content == null ? error(400, "Bad Request: invalid file_id")
            : ok("{\"file_id\":\"" + id + "\",\"file_unique_id\":\"u" + id + "\",\"file_size\":" + content.length
                + ",\"file_path\":\"documents/" + id + "\"}");
      }
      case "senddocument" -> ok(message(call, false));
      case "sendmessage", "sendphoto" -> {
        if (isBlocked(call.chatId())) {
          yield error(403, "Forbidden: bot was blocked by the user");
        }
        String text = call.text();
        int max = call.method().equals("sendmessage") ? 4096 : 1024;
        if (TelegramText.render(text).length() > max || call.method().equals("sendmessage") && text.isBlank()) {
          yield error(400, "Bad Request: message is too long");
        }
        yield ok(message(call, call.method().equals("sendphoto")));
      }
      case "editmessagetext" -> {
        long chat = call.chatId();
        int id = p.path("message_id").asInt();
        String text = p.path("text").asText();
        synchronized (this) {
          String before = messages.getOrDefault(chat, Map.of()).get(id);
          if (before == null) {
            yield error(400, "Bad Request: message to edit not found");
          }
          if (before.equals(text)) {
            yield error(400, "Bad Request: message is not modified");
          }
          messages.get(chat).put(id, text);
          deliver(call);
        }
        yield ok(messageJson(chat, id, text, false));
      }
      default -> error(404, "Not Found: method " + call.method());
    };
  }

  private synchronized boolean refuseCommands() {
    return refuseCommands;
  }

  private synchronized boolean isBlocked(long chatId) {
    return blocked.contains(chatId);
  }

  private synchronized String message(Call call, boolean photo) throws IOException {
    int id = nextMessageId++;
    long chat = call.chatId();
    messages.computeIfAbsent(chat, k -> new HashMap<>()).put(id, call.text());
    messageOrder.computeIfAbsent(chat, k -> new ArrayList<>()).add(id);
    deliver(call);
    return messageJson(chat, id, call.text(), photo);
  }

  private void deliver(Call call) {
    Call at = new Call(call.method(), call.params(), call.file(), System.nanoTime());
    delivered.add(at);
    List<Call> toChat = deliveredTo.computeIfAbsent(at.chatId(), k -> new ArrayList<>());
    if (toChat.isEmpty()) {
      lastFirstReplyNanos = at.atNanos();
    }
    toChat.add(at);
    if (at.method().equals("sendmessage")) {
      textCount++;
    }
    notifyAll();
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

  private String getUpdates(JsonNode p) throws IOException {
    long offset = p.path("offset").asLong(0);
    int limit = p.path("limit").asInt(100);
    long waitMillis = Math.min(p.path("timeout").asLong(0) * 1000, MAX_POLL_MILLIS);
    ArrayNode result = JSON.createArrayNode();
    synchronized (this) {
      polls++;
      // decided on arrival: a poll a stopped bot left hanging must not take the new bot's turn
      boolean again = redeliverEvery > 0 && (freshStart || polls % redeliverEvery == 0);
      freshStart = false;
      if (offset > 0) {
        confirmedBelow = Math.max(confirmedBelow, offset);
        for (Iterator<ObjectNode> it = updates.iterator(); it.hasNext(); ) {
          ObjectNode u = it.next();
          if (u.get("update_id").asLong() < offset) { // confirmed: Telegram forgets them
            it.remove();
            confirmedLog.addLast(u);
            if (confirmedLog.size() > REDELIVERED) {
              confirmedLog.removeFirst();
            }
          }
        }
      }
      notifyAll();
      try {
        FakeServers.await(this, () -> closed || updates.stream().anyMatch(u -> u.get("update_id").asLong() >= offset),
            waitMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      updates.stream().filter(u -> u.get("update_id").asLong() >= offset).limit(limit).forEach(result::add);
      if (again) {
        List<ObjectNode> old = List.copyOf(confirmedLog); // oldest first, ahead of the new ones
        for (int i = old.size() - 1; i >= 0; i--) {
          result.insert(0, old.get(i));
          redelivered++;
        }
      }
    }
    if (rttMillis > 0) {
      pause(rttMillis);
    }
    return ok(JSON.writeValueAsString(result));
  }

  private static ObjectNode formFields(String body) {
    ObjectNode p = JSON.createObjectNode();
    for (String kv : body.split("&")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        p.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return p;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String ok(String result) {
    return "{\"ok\":true,\"result\":" + result + "}";
  }

  private static String error(int code, String description) {
    return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}";
  }

  private static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
    FakeServers.respond(ex, status, contentType, body);
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
