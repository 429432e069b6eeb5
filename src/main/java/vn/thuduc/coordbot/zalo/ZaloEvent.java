package vn.thuduc.coordbot.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * One webhook event as the bot reads it: its name, the user it is from, its text, and the key that
 * tells a repeated delivery from a new event (the {@code msg_id}; for events without one, the name,
 * user and timestamp).
 */
record ZaloEvent(String name, String userId, String text, String key) {
  /** What a user sends that is not text: answered with a note that the bot reads text only. */
  private static final Set<String> NOT_TEXT = Set.of("user_send_image", "user_send_sticker", "user_send_gif",
      "user_send_file", "user_send_audio", "user_send_video", "user_send_location", "user_send_link",
      "user_send_business_card");

  /** The event in {@code body}; empty when it names no user (nothing to answer). */
  static Optional<ZaloEvent> of(JsonNode body) {
    String name = body.path("event_name").asText("");
    String user = name.equals("follow") || name.equals("unfollow")
        ? body.path("follower").path("id").asText(body.path("sender").path("id").asText(""))
        : body.path("sender").path("id").asText("");
    if (name.isEmpty() || user.isEmpty() || user.length() > 64) {
      return Optional.empty();
    }
    JsonNode message = body.path("message");
    String msgId = message.path("msg_id").asText("");
    String key = !msgId.isEmpty() ? "m:" + msgId : "e:" + name + ":" + user + ":" + body.path("timestamp").asText("");
    return Optional.of(new ZaloEvent(name, user, message.path("text").asText(""), key.length() > 200
        ? key.substring(0, 200) : key));
  }

  boolean isText() {
    return name.equals("user_send_text");
  }

  boolean isFollow() {
    return name.equals("follow");
  }

  boolean isNotText() {
    return NOT_TEXT.contains(name);
  }

  /** Events that ask for an answer; the rest (seen, received, unfollow, the OA's own messages) are only acknowledged. */
  boolean wantsAnswer() {
    return isText() || isFollow() || isNotText();
  }
}
