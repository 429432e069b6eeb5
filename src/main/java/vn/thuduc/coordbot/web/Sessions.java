package vn.thuduc.coordbot.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.identity.Identity;

/**
 * The browser session: a random id in an HttpOnly cookie, made on the first visit. It keys the
 * conversation (follow-ups), the flood limit and the votes; it identifies no one.
 */
final class Sessions {
  static final String COOKIE = "cb_sid";
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final int MAX_AGE = 30 * 24 * 3600;

  private final SecureRandom random = new SecureRandom();

  /** The request's session id; a new one (and its cookie) when it has none or a malformed one. */
  String of(Context ctx) {
    String sid = ctx.cookie(COOKIE);
    if (sid != null && VALID.matcher(sid).matches()) {
      return sid;
    }
    byte[] b = new byte[16];
    random.nextBytes(b);
    sid = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    boolean https = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || ctx.req().isSecure();
    ctx.header("Set-Cookie", COOKIE + "=" + sid + "; Path=/; Max-Age=" + MAX_AGE + "; HttpOnly; SameSite=Lax"
        + (https ? "; Secure" : ""));
    return sid;
  }

  /**
   * The session as a person: the SHA-256 digest of its random 128-bit id, so the tables never hold the
   * cookie itself and two sessions never share an identity (the number earlier versions made from the
   * cookie was a 63-bit polynomial hash, and {@code AaAA…} and {@code BBAA…} were one worker).
   */
  static Identity identity(String sid) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sid.getBytes(StandardCharsets.US_ASCII));
      return Identity.web(HexFormat.of().formatHex(d));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The number an earlier version made of this session (its tickets were migrated under it as
   * {@code legacy:N}): the session may claim them. Sessions that collided there (rare, and only among
   * cookies made before) cannot be told apart: the first to come back gets them.
   */
  static Identity legacy(String sid) {
    long h = 1125899906842597L;
    for (int i = 0; i < sid.length(); i++) {
      h = 31 * h + sid.charAt(i);
    }
    return Identity.web("legacy:" + (h | Long.MIN_VALUE));
  }
}
