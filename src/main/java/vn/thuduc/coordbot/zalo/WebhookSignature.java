package vn.thuduc.coordbot.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Zalo's webhook signature: header {@code X-ZEvent-Signature: mac=<hex sha256(app_id + raw body +
 * timestamp + OA secret key)>}. Compared in constant time; a missing or malformed header is wrong.
 */
public final class WebhookSignature {
  public static final String HEADER = "X-ZEvent-Signature";

  private final String appId;
  private final byte[] oaSecret;

  WebhookSignature(String appId, String oaSecret) {
    this.appId = appId;
    this.oaSecret = oaSecret.getBytes(StandardCharsets.UTF_8);
  }

  /** True when {@code header} signs {@code body} sent at {@code timestamp} for this app. */
  boolean verify(String header, byte[] body, String timestamp) {
    if (header == null) {
      return false;
    }
    String h = header.strip();
    if (h.toLowerCase(Locale.ROOT).startsWith("mac=")) {
      h = h.substring(4).strip();
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(given, mac(body, timestamp));
  }

  /** The signature Zalo would send (the fake API and the tests sign with it). */
  public static String sign(String appId, byte[] body, String timestamp, String oaSecret) {
    return "mac=" + HexFormat.of().formatHex(new WebhookSignature(appId, oaSecret).mac(body, timestamp));
  }

  private byte[] mac(byte[] body, String timestamp) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(appId.getBytes(StandardCharsets.UTF_8));
      md.update(body);
      md.update(timestamp.getBytes(StandardCharsets.UTF_8));
      md.update(oaSecret);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
