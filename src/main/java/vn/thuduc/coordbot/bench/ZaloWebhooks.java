package vn.thuduc.coordbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import vn.thuduc.coordbot.zalo.WebhookSignature;

/** Zalo's side of the webhook for the tests and the benchmark: events as Zalo writes them, signed, posted. */
public final class ZaloWebhooks {
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI url;
  private final String appId;
  private final String oaSecret;
  private final AtomicLong clock = new AtomicLong(1_733_460_000_000L);
  private final AtomicLong ids = new AtomicLong();

  public ZaloWebhooks(String baseUrl, String appId, String oaSecret) {
    this.url = URI.create(baseUrl + "/zalo/webhook");
    this.appId = appId;
    this.oaSecret = oaSecret;
  }

  /** {@code user_send_text} from {@code user} with a new msg_id. */
  public String text(String user, String text) {
    return event("user_send_text", user, text, "msg-" + ids.incrementAndGet());
  }

  /** An event as Zalo writes it ({@code msgId} null: none). */
  public String event(String name, String user, String text, String msgId) {
    ObjectNode e = json.createObjectNode();
    e.put("app_id", appId).put("user_id_by_app", "app-" + user).put("event_name", name)
        .put("timestamp", Long.toString(clock.incrementAndGet()));
    if (name.equals("follow") || name.equals("unfollow")) {
      e.putObject("follower").put("id", user);
      e.put("source", "oa_profile");
    } else {
      e.putObject("sender").put("id", user);
    }
    e.putObject("recipient").put("id", "oa-1");
    if (msgId != null) {
      ObjectNode m = e.putObject("message").put("msg_id", msgId);
      if (text != null) {
        m.put("text", text);
      }
    }
    return e.toString();
  }

  /** The signature header's value for {@code body}. */
  public String sign(String body) {
    String ts = timestamp(body);
    return WebhookSignature.sign(appId, body.getBytes(StandardCharsets.UTF_8), ts, oaSecret);
  }

  /** Posts {@code body} signed; the HTTP status. */
  public HttpResponse<String> post(String body) throws IOException, InterruptedException {
    return post(body, sign(body));
  }

  /** Posts {@code body} with {@code signature} (null: no header). */
  public HttpResponse<String> post(String body, String signature) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      b.header(WebhookSignature.HEADER, signature);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String timestamp(String body) {
    try {
      return json.readTree(body).path("timestamp").asText("");
    } catch (IOException e) {
      return "";
    }
  }
}
