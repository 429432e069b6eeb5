package vn.thuduc.coordbot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final String BODY = "{\"app_id\":\"123\",\"event_name\":\"user_send_text\",\"timestamp\":\"1733460000000\","
      + "\"sender\":{\"id\":\"u1\"},\"message\":{\"msg_id\":\"m1\",\"text\":\"xin chào\"}}";
  private final WebhookSignature signature = new WebhookSignature("123", "oa-secret");

  @Test
  void acceptsTheMacZaloComputesOverAppIdBodyTimestampAndSecret() throws Exception {
    byte[] mac = MessageDigest.getInstance("SHA-256").digest(("123" + BODY + "1733460000000" + "oa-secret")
        .getBytes(StandardCharsets.UTF_8));
    String header = "mac=" + HexFormat.of().formatHex(mac);
    assertThat(signature.verify(header, BODY.getBytes(StandardCharsets.UTF_8), "1733460000000")).isTrue();
    assertThat(signature.verify(header.toUpperCase(java.util.Locale.ROOT).replace("MAC=", "mac="),
        BODY.getBytes(StandardCharsets.UTF_8), "1733460000000")).isTrue();
  }

  @Test
  void refusesAMissingMalformedOrOtherSignature() {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    String good = WebhookSignature.sign("123", body, "1733460000000", "oa-secret");
    assertThat(signature.verify(null, body, "1733460000000")).isFalse();
    assertThat(signature.verify("mac=zz", body, "1733460000000")).isFalse();
    assertThat(signature.verify(good, body, "1733460000001")).isFalse();
    assertThat(signature.verify(good, BODY.replace("chào", "chao").getBytes(StandardCharsets.UTF_8),
        "1733460000000")).isFalse();
    assertThat(new WebhookSignature("123", "other").verify(good, body, "1733460000000")).isFalse();
    assertThat(signature.verify(good, body, "1733460000000")).isTrue();
  }
}
