package vn.thuduc.coordbot.zalo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.chat.Button;
import vn.thuduc.coordbot.chat.TextParts;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * Replies as Zalo messages: text cut at 2,000 characters (at line and sentence ends), buttons as
 * {@code oa.query.show} (pressing one sends its text back as the user's message), an image uploaded
 * then sent as the attachment. Each call: an expired or invalid token is refreshed once and the call
 * tried once more; rate limits, server errors and timeouts are retried with a growing pause, a
 * bounded number of times; every failure is counted by its code.
 */
final class ZaloSender {
  private static final Logger LOG = LoggerFactory.getLogger(ZaloSender.class);
  static final int MAX_TEXT = 2000;
  static final int MAX_BUTTONS = 5;
  private static final int MAX_LABEL = 100;
  private static final int MAX_PAYLOAD = 1000;

  private final ZaloApi api;
  private final ZaloTokens tokens;
  private final Metrics metrics;
  private final ObjectMapper json;
  private final int tries;
  private final Duration pause;

  ZaloSender(ZaloApi api, ZaloTokens tokens, Metrics metrics, ObjectMapper json, int tries, Duration pause) {
    this.api = api;
    this.tokens = tokens;
    this.metrics = metrics;
    this.json = json;
    this.tries = tries;
    this.pause = pause;
  }

  /** Sends {@code text} to the user in as many messages as it takes; the buttons go under the last. */
  void text(String userId, String text, List<Button> buttons) throws ZaloException {
    List<String> parts = TextParts.split(text, MAX_TEXT);
    for (int i = 0; i < parts.size(); i++) {
      ObjectNode message = json.createObjectNode().put("text", parts.get(i));
      if (i == parts.size() - 1 && !buttons.isEmpty()) {
        ArrayNode b = message.putObject("attachment").put("type", "template").putObject("payload")
            .putArray("buttons");
        for (Button button : buttons.subList(0, Math.min(MAX_BUTTONS, buttons.size()))) {
          b.addObject().put("title", cut(button.label(), MAX_LABEL)).put("type", "oa.query.show")
              .put("payload", cut(button.sends(), MAX_PAYLOAD));
        }
      }
      send(userId, message);
    }
  }

  /** Uploads a PNG and sends it with a caption. */
  void image(String userId, byte[] png, String caption) throws ZaloException {
    String attachment = call(token -> api.upload(token, png, "chart.png"));
    ObjectNode message = json.createObjectNode().put("text", cut(caption, MAX_TEXT));
    message.putObject("attachment").put("type", "template").putObject("payload").put("template_type", "media")
        .putArray("elements").addObject().put("media_type", "image").put("attachment_id", attachment);
    send(userId, message);
  }

  private void send(String userId, ObjectNode message) throws ZaloException {
    ObjectNode body = json.createObjectNode();
    body.putObject("recipient").put("user_id", userId);
    body.set("message", message);
    call(token -> api.send(token, body));
  }

  @FunctionalInterface
  private interface Call<T> {
    T run(String token) throws ZaloException;
  }

  private <T> T call(Call<T> call) throws ZaloException {
    boolean refreshed = false;
    String token = tokens.access();
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run(token);
      } catch (ZaloException e) {
        metrics.zaloError(e.code());
        if (e.kind() == ZaloException.Kind.TOKEN && !refreshed) {
          refreshed = true;
          token = tokens.refreshAfter(token);
          continue;
        }
        if (e.kind() != ZaloException.Kind.RETRY || attempt >= tries) {
          throw e;
        }
        LOG.debug("zalo: {} (try {} of {}); trying again", e.code(), attempt, tries);
        LockSupport.parkNanos(pause.toNanos() << (attempt - 1));
      }
    }
  }

  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
    return s.substring(0, end) + "…";
  }
}
