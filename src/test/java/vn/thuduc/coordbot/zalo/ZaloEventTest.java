package vn.thuduc.coordbot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ZaloEventTest {
  private final ObjectMapper json = new ObjectMapper();

  private ObjectNode text(String user, String msgId, String text) {
    ObjectNode e = json.createObjectNode().put("app_id", "123").put("event_name", "user_send_text")
        .put("timestamp", "1733460000000");
    e.putObject("sender").put("id", user);
    e.putObject("recipient").put("id", "579745863508352884");
    e.putObject("message").put("msg_id", msgId).put("text", text);
    return e;
  }

  @Test
  void anEventAsZaloSendsItIsInBoundsAndKeyedByItsMsgId() {
    ObjectNode e = text("2468000000000000001", "2c6d0c2a8b2c4f3a9d1e7b6f5a4c3b2a", "xin chào");
    assertThat(ZaloEvent.outOfBounds(e)).isEmpty();
    assertThat(ZaloEvent.of(e)).hasValueSatisfying(ev -> {
      assertThat(ev.userId()).isEqualTo("2468000000000000001");
      assertThat(ev.key()).isEqualTo("m:2c6d0c2a8b2c4f3a9d1e7b6f5a4c3b2a");
    });
  }

  @Test
  void aUserIdOfFiveThousandCharactersIsOutOfBounds() {
    assertThat(ZaloEvent.outOfBounds(text("1".repeat(5000), "m1", "hi"))).contains("sender.id");
  }

  @Test
  void aUserIdThatIsNotANumberIsOutOfBounds() {
    assertThat(ZaloEvent.outOfBounds(text("u1", "m1", "hi"))).contains("sender.id");
    assertThat(ZaloEvent.outOfBounds(text("12 34", "m1", "hi"))).contains("sender.id");
    ObjectNode objectId = text("1", "m1", "hi");
    objectId.putObject("sender").putObject("id").put("x", 1);
    assertThat(ZaloEvent.outOfBounds(objectId)).contains("sender.id");
  }

  @Test
  void aFollowersIdIsCheckedLikeASendersAndMayBeANumber() {
    ObjectNode follow = json.createObjectNode().put("event_name", "follow").put("timestamp", "1");
    follow.putObject("follower").put("id", "9".repeat(33));
    assertThat(ZaloEvent.outOfBounds(follow)).contains("follower.id");
    follow.putObject("follower").put("id", 2468000000000000001L);
    assertThat(ZaloEvent.outOfBounds(follow)).isEmpty();
    assertThat(ZaloEvent.of(follow)).hasValueSatisfying(ev -> assertThat(ev.userId()).isEqualTo("2468000000000000001"));
  }

  @Test
  void aMsgIdOverOneHundredTwentyEightCharactersOrWithSpacesIsOutOfBounds() {
    assertThat(ZaloEvent.outOfBounds(text("1", "a".repeat(128), "hi"))).isEmpty();
    assertThat(ZaloEvent.outOfBounds(text("1", "a".repeat(129), "hi"))).contains("message.msg_id");
    assertThat(ZaloEvent.outOfBounds(text("1", "a b", "hi"))).contains("message.msg_id");
  }

  @Test
  void aTimestampThatIsNotMillisecondsIsOutOfBounds() {
    assertThat(ZaloEvent.outOfBounds(text("1", "m1", "hi").put("timestamp", "9".repeat(20)))).contains("timestamp");
    assertThat(ZaloEvent.outOfBounds(text("1", "m1", "hi").put("timestamp", "yesterday"))).contains("timestamp");
  }

  @Test
  void anEventNameThatIsNotALowerCaseWordIsOutOfBounds() {
    assertThat(ZaloEvent.outOfBounds(text("1", "m1", "hi").put("event_name", "x".repeat(65))))
        .contains("event_name");
    assertThat(ZaloEvent.outOfBounds(text("1", "m1", "hi").put("event_name", "User Send"))).contains("event_name");
  }

  @Test
  void aLongTextIsNotRefusedSinceARealUsersMessageMustNotBe() {
    assertThat(ZaloEvent.outOfBounds(text("1", "m1", "chữ ".repeat(3000)))).isEmpty();
  }

  @Test
  void eventsOfNamesTheBotDoesNotKnowAreCountedAsOtherSoTheMetricsStayBounded() {
    JsonNode odd = text("1", "m1", "hi").put("event_name", "user_send_hologram");
    assertThat(ZaloEvent.of(odd)).hasValueSatisfying(ev -> assertThat(ev.counted()).isEqualTo("other"));
    assertThat(ZaloEvent.of(text("1", "m1", "hi").put("event_name", "user_seen_message")))
        .hasValueSatisfying(ev -> assertThat(ev.counted()).isEqualTo("user_seen_message"));
  }
}
