package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.telegram.transport.BotApi;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * Legal advice end to end through the fake Bot API: a worker and the advisers' group (two advisers)
 * talk through tickets by Telegram replies, {@code /reply N}, {@code /close}; the worker votes; a
 * worker who blocked the bot, other workers and strangers are handled; and the packaged bot is
 * SIGKILLed in the middle of a ticket with no relay lost or doubled.
 */
class AdviceDeskIT {
  static final long GROUP = -1001234567890L;
  static final long WORKER = 5001;
  static final long OTHER_WORKER = 5002;
  static final long ADVISER_A = 7001;
  static final long ADVISER_B = 7002;
  static final long ADMIN = 9001;
  private static final Pattern TICKET = Pattern.compile("#(\\d+)");

  @TempDir
  Path dir;

  private final AtomicLong updateIds = new AtomicLong(60_000_000L);

  @Test
  void workerAndTwoAdvisersTalkThroughATicketByReplies() throws Exception {
    try (Bot bot = Bot.start(dir)) {
      FakeBotApi api = bot.api();
      // a personal problem is answered and offered an adviser
      api.offer(text(WORKER, "cty no luong 2 thang roi phai lam sao"));
      FakeBotApi.Call offer = api.awaitReplies(WORKER, 1).get(0);
      assertThat(offer.params().toString()).contains("Hỏi cán bộ tư vấn").contains("av:q:");

      // the worker opens a ticket; the one-time explanation, then the confirmation with #N
      api.offer(text(WORKER, "/tuvan Em làm ở KCX Linh Trung, công ty nợ lương 2 tháng, em phải làm sao?"));
      List<FakeBotApi.Call> toWorker = api.awaitReplies(WORKER, 3);
      assertThat(toWorker.get(1).text()).contains("miễn phí").contains("không").contains("24");
      assertThat(toWorker.get(2).text()).contains("#");
      long ticket = number(toWorker.get(2).text());

      // the group gets one message: number, question, language, zone; never the worker's name or id
      FakeBotApi.Call post = api.awaitReplies(GROUP, 1).get(0);
      assertThat(post.text()).contains("#" + ticket).contains("nợ lương").contains("tiếng Việt")
          .contains("KCX Linh Trung").doesNotContain(String.valueOf(WORKER)).doesNotContain("U" + WORKER);
      int postId = messageIdOf(api, GROUP, 0);
      awaitLinked(bot, GROUP, postId);

      // adviser A answers by a Telegram reply to the ticket message
      api.offer(groupReply(ADVISER_A, postId, "Bạn có thể khiếu nại tới công đoàn cơ sở. <b>Giữ bảng lương.</b>"));
      List<FakeBotApi.Call> w = api.awaitReplies(WORKER, 4);
      assertThat(w.get(3).text()).contains("Cán bộ tư vấn trả lời (#" + ticket + ")")
          .contains("&lt;b&gt;Giữ bảng lương.&lt;/b&gt;");
      int answerId = idOf(api, WORKER, w.get(3));
      awaitLinked(bot, WORKER, answerId);

      // the worker replies to that answer: it reaches the group as a reply to the ticket message
      api.offer(privateReply(WORKER, answerId, "Em chưa ký hợp đồng thì sao ạ?"));
      List<FakeBotApi.Call> g = api.awaitReplies(GROUP, 3);
      FakeBotApi.Call followUp = g.stream().filter(c -> c.text().contains("hỏi thêm")).findFirst().orElseThrow();
      assertThat(followUp.text()).contains("#" + ticket).contains("chưa ký hợp đồng");
      assertThat(followUp.params().path("reply_parameters").path("message_id").asInt()).isEqualTo(postId);

      // a plain message is still a question for the bot, not for the ticket
      int before = api.awaitReplies(GROUP, 3).size();
      api.offer(text(WORKER, "KCX Linh Trung có bao nhiêu lao động?"));
      assertThat(lastTo(api, WORKER, "38.807").text()).contains("Linh Trung");
      assertThat(FakeBotApi.replies(api.calls(), GROUP)).hasSize(before);

      // adviser B answers the same ticket with /reply N
      api.offer(group(ADVISER_B, "/reply " + ticket + " Hợp đồng miệng vẫn có giá trị."));
      assertThat(lastTo(api, WORKER, "Hợp đồng miệng").text()).contains("(#" + ticket + ")");

      // another worker cannot answer, list or close it
      api.offer(text(OTHER_WORKER, "/reply " + ticket + " xin chào"));
      assertThat(api.awaitReplies(OTHER_WORKER, 1).get(0).text()).contains("chỉ cán bộ tư vấn");
      api.offer(text(OTHER_WORKER, "/close " + ticket));
      assertThat(api.awaitReplies(OTHER_WORKER, 2).get(1).text()).contains("Không tìm thấy phiếu #" + ticket);
      api.offer(text(OTHER_WORKER, "/tickets"));
      assertThat(api.awaitReplies(OTHER_WORKER, 3).get(2).text()).contains("chưa có phiếu")
          .doesNotContain("nợ lương");
      // a stranger's group is refused
      api.offer(message(ADVISER_A, -100999L, "group", "/tickets"));
      assertThat(api.awaitReplies(-100999L, 1).get(0).text()).contains("chỉ cán bộ tư vấn");

      // the advisers' group lists the open ticket, answered
      api.offer(group(ADVISER_A, "/tickets"));
      assertThat(lastTo(api, GROUP, "Phiếu đang mở").text()).contains("#" + ticket).contains("đã trả lời");

      // close as a reply; the worker is told and votes
      api.offer(groupReply(ADVISER_A, postId, "/close"));
      FakeBotApi.Call closed = lastTo(api, WORKER, "đã được đóng");
      assertThat(closed.text()).contains("#" + ticket);
      assertThat(closed.params().toString()).contains("av:v:" + ticket + ":u");
      api.offer(press(WORKER, idOf(api, WORKER, closed), "av:v:" + ticket + ":u"));
      api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("answercallbackquery")
          && c.params().toString().contains("Cảm ơn")), Duration.ofSeconds(10));
      assertThat(bot.app().advice().ticket(ticket).orElseThrow().helpful()).contains(true);

      // an adviser answering a closed ticket is told so
      api.offer(group(ADVISER_B, "/reply " + ticket + " thêm"));
      assertThat(lastTo(api, GROUP, "đã đóng trước đó").text()).contains("#" + ticket);

      // admins get the weekly stats and a CSV without personal data; the audit has the close and the export
      api.offer(text(ADMIN, "/tickets stats"));
      FakeBotApi.Call csv = api.await(cs -> cs.stream().anyMatch(c -> c.method().equals("senddocument")),
          Duration.ofSeconds(10)).stream().filter(c -> c.method().equals("senddocument")).findFirst().orElseThrow();
      String content = new String(csv.file(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(content).contains("week,opened,answered,closed,median_hours_to_first_answer")
          .doesNotContain("nợ lương").doesNotContain(String.valueOf(WORKER));
      assertThat(bot.app().runtime().auditLog(20)).extracting(a -> a.action())
          .contains("ticket_close", "tickets_export");

      // the worker deletes their tickets
      api.offer(text(WORKER, "/xoa"));
      assertThat(lastTo(api, WORKER, "Đã xoá").text()).contains("1");
      assertThat(bot.app().advice().ofUser(vn.thuduc.coordbot.identity.Identity.telegram(WORKER))).isEmpty();
    }
  }

  @Test
  void aReplyToAnyBotMessageAboutOneTicketAnswersOrClosesItAndOneAboutSeveralAsksWhich() throws Exception {
    try (Bot bot = Bot.start(dir)) {
      FakeBotApi api = bot.api();
      api.offer(text(WORKER, "/tuvan Công ty nợ lương tôi hai tháng"));
      long first = number(api.awaitReplies(WORKER, 2).get(1).text());
      api.awaitReplies(GROUP, 1);
      // the open-tickets list names one ticket: a plain reply to it answers that ticket
      api.offer(group(ADVISER_A, "/tickets"));
      FakeBotApi.Call oneListed = lastTo(api, GROUP, "Phiếu đang mở");
      int oneListedId = idOf(api, GROUP, oneListed);
      api.offer(groupReplyTo(ADVISER_A, oneListedId, oneListed.text(), "Bạn giữ lại bảng lương nhé."));
      assertThat(lastTo(api, WORKER, "giữ lại bảng lương").text()).contains("(#" + first + ")");

      // a second ticket: the list now names two, and /close as a reply to it asks which
      api.offer(text(OTHER_WORKER, "/tuvan Tôi bị trừ lương vô lý"));
      long second = number(lastTo(api, OTHER_WORKER, "#").text());
      api.offer(group(ADVISER_A, "/tickets"));
      api.await(cs -> FakeBotApi.replies(cs, GROUP).stream().anyMatch(c -> c.text().contains("Phiếu đang mở (2)")),
          Duration.ofSeconds(15));
      FakeBotApi.Call twoListed = lastTo(api, GROUP, "Phiếu đang mở (2)");
      api.offer(groupReplyTo(ADVISER_B, idOf(api, GROUP, twoListed), twoListed.text(), "/close"));
      assertThat(lastTo(api, GROUP, "nhiều phiếu").text()).contains("#" + first).contains("#" + second)
          .doesNotContain("Cách dùng");
      assertThat(bot.app().advice().ticket(first).orElseThrow().isClosed()).isFalse();
      assertThat(bot.app().advice().ticket(second).orElseThrow().isClosed()).isFalse();

      // /close as a reply to the list of one closes that ticket, not "Cách dùng: /close N"
      api.offer(groupReplyTo(ADVISER_B, oneListedId, oneListed.text(), "/close"));
      assertThat(lastTo(api, WORKER, "đã được đóng").text()).contains("#" + first);
      assertThat(bot.app().advice().ticket(first).orElseThrow().isClosed()).isTrue();
      assertThat(bot.app().advice().ticket(second).orElseThrow().isClosed()).isFalse();
      assertThat(FakeBotApi.replies(api.calls(), GROUP)).noneMatch(c -> c.text().contains("Cách dùng"));
    }
  }

  @Test
  void aWorkerWhoBlockedTheBotIsMarkedAndTheGroupTold() throws Exception {
    try (Bot bot = Bot.start(dir)) {
      FakeBotApi api = bot.api();
      api.offer(text(WORKER, "/advice"));
      assertThat(api.awaitReplies(WORKER, 1).get(0).text()).containsIgnoringCase("gõ câu hỏi");
      api.offer(text(WORKER, "Tôi bị sa thải không báo trước"));
      long ticket = number(api.awaitReplies(WORKER, 3).get(2).text());
      api.awaitReplies(GROUP, 1);
      int postId = messageIdOf(api, GROUP, 0);
      awaitLinked(bot, GROUP, postId);
      assertThat(api.awaitReplies(GROUP, 1).get(0).text()).doesNotContain("U" + WORKER);
      // the name reaches the group only when the worker presses "share my first name", and only the first name
      FakeBotApi.Call confirm = api.awaitReplies(WORKER, 3).get(2);
      assertThat(confirm.params().toString()).contains("av:n:" + ticket);
      api.offer(press(WORKER, idOf(api, WORKER, confirm), "av:n:" + ticket));
      assertThat(lastTo(api, GROUP, "cho biết tên").text()).contains("#" + ticket).contains("U" + WORKER);
      api.blockChat(WORKER);
      api.offer(groupReply(ADVISER_A, postId, "Bạn liên hệ công đoàn nhé."));
      assertThat(lastTo(api, GROUP, "chặn bot").text()).contains("#" + ticket);
      assertThat(bot.app().advice().ticket(ticket).orElseThrow().blocked()).isTrue();
    }
  }

  @Test
  void nothingIsLostOrDoubledAcrossASigkillInTheMiddleOfATicket() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url(),
          "COORDBOT_ADVISER_CHAT_ID", String.valueOf(GROUP));
      String props = CrashRecoveryIT.FAST;
      long ticket;
      int postId;
      try (BotProcess bot = BotProcess.start(dir, props, env, "telegram")) {
        api.offer(text(WORKER, "/tuvan Công ty không đóng bảo hiểm xã hội cho tôi"));
        ticket = number(api.awaitReplies(WORKER, 2).get(1).text());
        api.awaitReplies(GROUP, 1);
        postId = messageIdOf(api, GROUP, 0);
        // the bot links the post just after Telegram answered its send; one round trip in the group's own lane
        // later it has
        api.offer(group(ADVISER_A, "/tickets"));
        lastTo(api, GROUP, "Phiếu đang mở");
        // answers go out while the bot is killed
        for (int i = 1; i <= 5; i++) {
          api.offer(groupReply(ADVISER_A, postId, "Trả lời số " + i));
        }
        api.await(cs -> FakeBotApi.replies(cs, WORKER).size() >= 3, Duration.ofSeconds(30));
        bot.kill();
      }
      try (BotProcess bot = BotProcess.start(dir, props, env, "telegram")) {
        api.await(cs -> FakeBotApi.replies(cs, WORKER).stream().filter(c -> c.text().contains("Trả lời số 5"))
            .count() >= 1, Duration.ofSeconds(60));
        api.offer(groupReply(ADVISER_B, postId, "/close"));
        api.await(cs -> FakeBotApi.replies(cs, WORKER).stream().anyMatch(c -> c.text().contains("đóng")),
            Duration.ofSeconds(30));
        bot.terminate(Duration.ofSeconds(10));
      }
      List<FakeBotApi.Call> worker = FakeBotApi.replies(api.calls(), WORKER);
      List<FakeBotApi.Call> posts = FakeBotApi.replies(api.calls(), GROUP).stream()
          .filter(c -> c.text().contains("Phiếu #")).toList();
      int doubled = 0;
      for (int i = 1; i <= 5; i++) {
        String n = "Trả lời số " + i;
        long times = worker.stream().filter(c -> c.text().contains(n)).count();
        assertThat(times).as(n + " delivered").isGreaterThanOrEqualTo(1);
        doubled += times > 1 ? 1 : 0;
      }
      System.out.printf("[figures] advice relays across one SIGKILL: ticket #%d, 5 answers, 0 lost, %d doubled,"
          + " %d group posts%n", ticket, doubled, posts.size());
      assertThat(posts).hasSize(1);
      assertThat(doubled).as("answers relayed twice (at most the one caught by the kill)").isLessThanOrEqualTo(1);
    }
  }

  @Test
  void aLongAnswerArrivesSplitWithinTelegramsLimit() throws Exception {
    try (Bot bot = Bot.start(dir)) {
      FakeBotApi api = bot.api();
      api.offer(text(WORKER, "/tuvan Tôi bị ép tăng ca"));
      long ticket = number(api.awaitReplies(WORKER, 2).get(1).text());
      api.awaitReplies(GROUP, 1);
      String longAnswer = ("Điều khoản luật lao động & giờ làm thêm <tối đa>. ").repeat(120);
      api.offer(group(ADVISER_A, "/reply " + ticket + " " + longAnswer));
      api.await(cs -> FakeBotApi.replies(cs, GROUP).size() >= 2, Duration.ofSeconds(15));
      List<FakeBotApi.Call> parts = FakeBotApi.replies(api.calls(), WORKER).subList(2,
          FakeBotApi.replies(api.calls(), WORKER).size());
      assertThat(parts).hasSizeGreaterThanOrEqualTo(2);
      assertThat(parts).allSatisfy(c -> assertThat(TelegramText.render(c.text()).length()).isLessThanOrEqualTo(4096));
      assertThat(parts.get(0).text()).startsWith("💬 <b>Cán bộ tư vấn trả lời (#" + ticket + "):</b>");
      assertThat(parts.stream().map(FakeBotApi.Call::text).reduce("", String::concat))
          .contains("&amp;").contains("&lt;tối đa&gt;").doesNotContain("<tối");
    }
  }

  @Test
  void aTicketNobodyAnsweredIsRemindedOnceInTheGroup() throws Exception {
    MovableClock clock = new MovableClock();
    try (Bot bot = Bot.start(dir, GROUP, clock)) {
      FakeBotApi api = bot.api();
      api.offer(text(WORKER, "/tuvan Công ty không trả lương tháng 13"));
      long ticket = number(api.awaitReplies(WORKER, 2).get(1).text());
      api.awaitReplies(GROUP, 1);
      clock.advance(Duration.ofHours(4));
      FakeBotApi.Call reminder = lastTo(api, GROUP, "chưa có ai trả lời");
      assertThat(reminder.text()).contains("#" + ticket).contains("4 giờ");
      api.offer(group(ADVISER_A, "/tickets"));
      lastTo(api, GROUP, "Phiếu đang mở");
      assertThat(FakeBotApi.replies(api.calls(), GROUP).stream().filter(c -> c.text().contains("chưa có ai trả lời")))
          .hasSize(1);
    }
  }

  /** A clock tests move forward; the bot's timer reads it. */
  static final class MovableClock extends Clock {
    private volatile java.time.Instant now = java.time.Instant.now();

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  @Test
  void withoutAnAdvisersGroupNoPersonIsOfferedAndTuvanSaysWhatTheDataSays() throws Exception {
    try (Bot bot = Bot.start(dir, null)) {
      FakeBotApi api = bot.api();
      api.offer(text(WORKER, "cty no luong 2 thang roi phai lam sao"));
      assertThat(api.awaitReplies(WORKER, 1).get(0).params().toString()).doesNotContain("av:q:");
      api.offer(text(WORKER, "/tuvan công ty nợ lương"));
      assertThat(api.awaitReplies(WORKER, 2).get(1).text()).contains("chưa được kết nối")
          .contains("tư vấn pháp luật");
      assertThat(bot.app().advice().ofUser(vn.thuduc.coordbot.identity.Identity.telegram(WORKER))).isEmpty();
    }
  }

  // ---- the bot in this JVM ----------------------------------------------------------------------

  record Bot(FakeBotApi api, Coordbot app, TelegramService service) implements AutoCloseable {
    static Bot start(Path dir) throws Exception {
      return start(dir, GROUP);
    }

    /** {@code group} null: no advisers' group (the feature is off). */
    static Bot start(Path dir, Long group) throws Exception {
      return start(dir, group, Clock.systemUTC());
    }

    static Bot start(Path dir, Long group, Clock clock) throws Exception {
      Path data = TestDatasets.copyInto(dir);
      FakeBotApi api = new FakeBotApi();
      Map<String, String> env = new java.util.HashMap<>(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN,
          Settings.ENV_API_URL, api.url(), Settings.ENV_ADMIN_IDS, String.valueOf(ADMIN), Settings.ENV_INDEX_DIR,
          dir.resolve("index").toString(), Settings.ENV_DATA_DIR, data.toString()));
      if (group != null) {
        env.put(Settings.ENV_ADVISER_CHAT_ID, String.valueOf(group));
      }
      Settings settings = Settings.of(env,
          Map.of("telegram.rate.global.per.second", "1000", "telegram.rate.chat.burst", "20"));
      Coordbot app = Coordbot.open(settings, clock);
      TelegramService.Options options = new TelegramService.Options(1, BotApi.Policy.defaults(), d -> { },
          Duration.ofMillis(50), Duration.ofSeconds(5));
      TelegramService service = new TelegramService(new StandardCommands(), app.settings(), app.engine(), app.chatState(),
          app.data()::reload, app.clock(), options, Optional.of(app.features()),
          Optional.of(app.advice()));
      service.start();
      return new Bot(api, app, service);
    }

    @Override
    public void close() {
      service.close();
      app.close();
      api.close();
    }
  }

  // ---- updates ------------------------------------------------------------------------------------

  private ObjectNode text(long user, String text) {
    return Updates.text(updateIds.incrementAndGet(), user, "vi", text);
  }

  private ObjectNode message(long user, long chat, String type, String text) {
    ObjectNode u = Updates.message(updateIds.incrementAndGet(), user, chat, type, "vi", text);
    ((ObjectNode) u.get("message").get("from")).remove("username");
    return u;
  }

  private ObjectNode group(long user, String text) {
    return message(user, GROUP, "supergroup", text);
  }

  /** A Telegram reply in the group to the bot's message {@code to}; no forward information anywhere. */
  private ObjectNode groupReply(long user, int to, String text) {
    ObjectNode u = group(user, text);
    replyTo((ObjectNode) u.get("message"), GROUP, "supergroup", to);
    return u;
  }

  /** The worker's reply to the bot's message {@code to}; the worker hides forwards (no forward_from). */
  private ObjectNode privateReply(long user, int to, String text) {
    ObjectNode u = text(user, text);
    replyTo((ObjectNode) u.get("message"), user, "private", to);
    return u;
  }

  /** A reply in the group to the bot's message {@code to}, whose text (as Telegram shows it) is {@code html}. */
  private ObjectNode groupReplyTo(long user, int to, String html, String text) {
    ObjectNode u = groupReply(user, to, text);
    ((ObjectNode) u.get("message").get("reply_to_message")).put("text", TelegramText.render(html));
    return u;
  }

  private static void replyTo(ObjectNode m, long chat, String type, int to) {
    ObjectNode r = m.putObject("reply_to_message");
    r.put("message_id", to);
    r.put("date", 1_700_000_000);
    r.putObject("chat").put("id", chat).put("type", type);
    r.putObject("from").put("id", 777).put("is_bot", true).put("first_name", "Coord")
        .put("username", FakeBotApi.BOT_USERNAME);
    r.put("text", "…");
  }

  private ObjectNode press(long user, int messageId, String data) {
    return Updates.press(updateIds.incrementAndGet(), user, "vi", messageId, data);
  }

  // ---- reading what the bot sent --------------------------------------------------------------------

  /** The message id the fake server gave the {@code index}-th message sent to {@code chat}. */
  private static int messageIdOf(FakeBotApi api, long chat, int index) throws InterruptedException {
    return api.awaitMessageIds(chat, index + 1).get(index);
  }

  /** Waits until the bot recorded its message {@code messageId} in {@code chat} as part of a ticket. */
  private static void awaitLinked(Bot bot, long chat, int messageId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (bot.app().advice().byMessage(chat, messageId).isEmpty()) {
      assertThat(System.nanoTime()).as("message " + messageId + " linked to a ticket").isLessThan(deadline);
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
    }
  }

  /** The message id of {@code call}, one of the messages sent to {@code chat}. */
  private static int idOf(FakeBotApi api, long chat, FakeBotApi.Call call) throws InterruptedException {
    List<FakeBotApi.Call> sent = FakeBotApi.replies(api.calls(), chat).stream()
        .filter(c -> !c.method().equals("editmessagetext")).toList();
    int index = sent.indexOf(call);
    return api.awaitMessageIds(chat, index + 1).get(index);
  }

  private static FakeBotApi.Call lastTo(FakeBotApi api, long chat, String containing) throws InterruptedException {
    List<FakeBotApi.Call> calls = api.await(cs -> FakeBotApi.replies(cs, chat).stream()
        .anyMatch(c -> c.text().contains(containing)), Duration.ofSeconds(15));
    List<FakeBotApi.Call> matching = FakeBotApi.replies(calls, chat).stream()
        .filter(c -> c.text().contains(containing)).toList();
    return matching.get(matching.size() - 1);
  }

  private static long number(String text) {
    Matcher m = TICKET.matcher(text);
    assertThat(m.find()).as("a ticket number in: " + text).isTrue();
    return Long.parseLong(m.group(1));
  }
}
