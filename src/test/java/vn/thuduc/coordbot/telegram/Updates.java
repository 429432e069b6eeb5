package vn.thuduc.coordbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Telegram update JSON as the Bot API sends it, for the fake server to hand out. */
final class Updates {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Updates() {}

  static ObjectNode text(long updateId, long userId, String languageCode, String text) {
    return message(updateId, userId, userId, "private", languageCode, text);
  }

  static ObjectNode message(long updateId, long userId, long chatId, String chatType, String languageCode,
      String text) {
    ObjectNode u = JSON.createObjectNode();
    u.put("update_id", updateId);
    ObjectNode m = u.putObject("message");
    m.put("message_id", (int) (updateId % 100_000));
    m.put("date", 1_700_000_000);
    ObjectNode from = m.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "U" + userId);
    if (languageCode != null) {
      from.put("language_code", languageCode);
    }
    ObjectNode chat = m.putObject("chat").put("id", chatId).put("type", chatType);
    if (!chatType.equals("private")) {
      chat.put("title", "Group");
    }
    m.put("text", text);
    if (text.startsWith("/")) {
      int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
      m.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
    }
    return u;
  }

  static ObjectNode press(long updateId, long userId, String languageCode, int messageId, String data) {
    ObjectNode u = JSON.createObjectNode();
    u.put("update_id", updateId);
    ObjectNode q = u.putObject("callback_query");
    q.put("id", "cb" + updateId);
    ObjectNode from = q.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "U" + userId);
    if (languageCode != null) {
      from.put("language_code", languageCode);
    }
    q.put("chat_instance", "ci" + userId);
    q.put("data", data);
    ObjectNode m = q.putObject("message");
    m.put("message_id", messageId);
    m.put("date", 1_700_000_000);
    m.putObject("chat").put("id", userId).put("type", "private");
    m.putObject("from").put("id", 777).put("is_bot", true).put("first_name", "Coord");
    m.put("text", "Chọn một khu để xem số liệu:");
    return u;
  }
}
