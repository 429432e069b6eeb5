package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.chatstate.ChatState;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.telegram.transport.BotApi;

/** Groups as Telegram delivers them: forum topics, quoted questions, anonymous admins, inline-message buttons. */
class GroupsAndTopicsIT {
  private static final long GROUP = -1_001_234_567_890L;
  private static final long USER = 3001;
  private static final String MENTION = "@" + FakeBotApi.BOT_USERNAME + " KCX Linh Trung có bao nhiêu lao động?";

  @TempDir
  Path dir;

  private FakeBotApi api;
  private Database db;
  private TelegramService service;

  @BeforeEach
  void startBot() throws Exception {
    api = new FakeBotApi();
    db = Database.open(dir);
    Settings settings = Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url(),
        Settings.ENV_INDEX_DIR, dir.toString()), Map.of("telegram.rate.group.per.minute", "6000"));
    service = new TelegramService(new StandardCommands(), settings, new FakeEngine(), ChatState.of(new RuntimeStore(db, Clock.systemUTC())),
        actor -> new ReloadReport(1, true, 0, 0, 0, List.of(), 1, 1), Clock.systemUTC(),
        new TelegramService.Options(1, BotApi.Policy.defaults(), d -> { }, Duration.ofMillis(50),
            Duration.ofSeconds(5)));
    service.start();
  }

  @AfterEach
  void stopBot() {
    service.close();
    api.close();
    db.close();
  }

  private static ObjectNode groupMessage(long updateId, String text) {
    ObjectNode u = Updates.message(updateId, USER, GROUP, "supergroup", "vi", text);
    u.withObjectProperty("message").put("message_id", 4242);
    return u;
  }

  @Test
  void aQuestionInAForumTopicIsAnsweredInThatTopicQuotingIt() throws Exception {
    ObjectNode u = groupMessage(900_001, MENTION);
    u.withObjectProperty("message").put("message_thread_id", 77).put("is_topic_message", true);
    api.offer(u);
    FakeBotApi.Call reply = api.awaitReplies(GROUP, 1).get(0);
    assertThat(reply.text()).contains("38.807");
    assertThat(reply.params().path("message_thread_id").asInt()).isEqualTo(77);
    assertThat(reply.params().path("reply_parameters").path("message_id").asInt()).isEqualTo(4242);
  }

  @Test
  void aGroupReplyQuotesTheQuestionAndAPrivateReplyDoesNot() throws Exception {
    api.offer(groupMessage(900_002, MENTION));
    FakeBotApi.Call reply = api.awaitReplies(GROUP, 1).get(0);
    assertThat(reply.params().path("reply_parameters").path("message_id").asInt()).isEqualTo(4242);
    assertThat(reply.params().has("message_thread_id")).isFalse();

    api.offer(Updates.text(900_003, USER, "vi", "Linh Trung?"));
    FakeBotApi.Call direct = api.awaitReplies(USER, 1).get(0);
    assertThat(direct.params().has("reply_parameters")).isFalse();
  }

  @Test
  void anAnonymousGroupAdminMentioningTheBotIsAnswered() throws Exception {
    ObjectNode u = groupMessage(900_004, MENTION);
    ObjectNode m = u.withObjectProperty("message");
    m.remove("from");
    m.putObject("sender_chat").put("id", GROUP).put("type", "supergroup").put("title", "Group");
    api.offer(u);
    assertThat(api.awaitReplies(GROUP, 1).get(0).text()).contains("38.807");
  }

  @Test
  void anAnonymousAdminAsGroupAnonymousBotIsAnsweredToo() throws Exception {
    ObjectNode u = groupMessage(900_005, MENTION);
    ObjectNode m = u.withObjectProperty("message");
    m.putObject("from").put("id", 1_087_968_824L).put("is_bot", true).put("first_name", "Group")
        .put("username", "GroupAnonymousBot");
    m.putObject("sender_chat").put("id", GROUP).put("type", "supergroup").put("title", "Group");
    api.offer(u);
    assertThat(api.awaitReplies(GROUP, 1).get(0).text()).contains("38.807");
  }

  @Test
  void aButtonUnderAnInlineModeMessageIsAnswered() throws Exception {
    ObjectNode u = Updates.press(900_006, USER, "en", 1, "zone:linh-trung");
    ObjectNode q = u.withObjectProperty("callback_query");
    q.remove("message");
    q.put("inline_message_id", "AAQCinline");
    api.offer(u);
    List<FakeBotApi.Call> answers = api.await(cs -> !FakeBotApi.replies(cs, 0).isEmpty()
        || cs.stream().anyMatch(c -> c.method().equals("answercallbackquery")), Duration.ofSeconds(15))
        .stream().filter(c -> c.method().equals("answercallbackquery")).toList();
    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).params().path("callback_query_id").asText()).isEqualTo("cb900006");
  }
}
