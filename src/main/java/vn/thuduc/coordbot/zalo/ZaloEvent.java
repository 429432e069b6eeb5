package vn.thuduc.coordbot.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
  /** Zalo's user and OA ids are decimal numbers of about 16 to 19 digits. */
  private static final Pattern ID = Pattern.compile("\\d{1,32}");
  /** Zalo's msg_ids are 32 hex digits; any printable ASCII word up to 128 is taken. */
  private static final Pattern MSG_ID = Pattern.compile("[\\x21-\\x7e]{1,128}");
  /** Milliseconds since the epoch as a string. */
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,19}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,64}");

  /**
   * Why a signed body is not an event Zalo could have sent (a field out of its bounds: a user id
   * (sender or follower; the recipient is not read) that is not a number of at most 32 digits, a msg_id over 128 characters, a timestamp that is not
   * milliseconds, an event name that is not a lower-case word); empty when its fields are in bounds.
   * Text is not refused for its length (a real user's message must not be refused); it is cut when asked.
   */
  static Optional<String> outOfBounds(JsonNode body) {
    if (!fits(body.path("event_name"), NAME)) {
      return Optional.of("event_name");
    }
    for (String who : new String[] {"sender", "follower"}) {
      if (!fits(body.path(who).path("id"), ID)) {
        return Optional.of(who + ".id");
      }
    }
    if (!fits(body.path("message").path("msg_id"), MSG_ID)) {
      return Optional.of("message.msg_id");
    }
    if (!fits(body.path("timestamp"), TIMESTAMP)) {
      return Optional.of("timestamp");
    }
    return Optional.empty();
  }

  /** True when the field is absent, or a string or whole number that matches {@code p}. */
  private static boolean fits(JsonNode field, Pattern p) {
    if (field.isMissingNode() || field.isNull()) {
      return true;
    }
    return (field.isTextual() || field.isIntegralNumber()) && p.matcher(field.asText()).matches();
  }

  /** The event in {@code body} (its fields in bounds, {@link #outOfBounds}); empty when it names no user. */
  static Optional<ZaloEvent> of(JsonNode body) {
    String name = body.path("event_name").asText("");
    String user = name.equals("follow") || name.equals("unfollow")
        ? body.path("follower").path("id").asText(body.path("sender").path("id").asText(""))
        : body.path("sender").path("id").asText("");
    if (name.isEmpty() || user.isEmpty()) {
      return Optional.empty();
    }
    JsonNode message = body.path("message");
    String msgId = message.path("msg_id").asText("");
    String key = !msgId.isEmpty() ? "m:" + msgId : "e:" + name + ":" + user + ":" + body.path("timestamp").asText("");
    return Optional.of(new ZaloEvent(name, user, message.path("text").asText(""), key));
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

  /** The name to count the event under: the events the bot knows by name, every other as {@code other}. */
  String counted() {
    return wantsAnswer() || KNOWN_QUIET.contains(name) ? name : "other";
  }

  /** Events acknowledged without an answer that are counted by their own name. */
  private static final Set<String> KNOWN_QUIET = Set.of("unfollow", "user_seen_message", "user_received_message",
      "oa_send_text", "oa_send_image", "oa_send_list", "oa_send_file", "oa_send_gif", "oa_send_sticker");
}
