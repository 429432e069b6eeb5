package vn.thuduc.coordbot.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import vn.thuduc.coordbot.identity.Identity;

/**
 * The browser session: a random id in an HttpOnly cookie, made on the first visit. It keys the
 * conversation (follow-ups), the flood limit and the votes; it identifies no one. Inside another
 * site's iframe browsers do not send a {@code SameSite=Lax} cookie, so {@code /embed} carries a
 * fresh id in the page ({@link #fresh()}) that its script sends back in the {@link #HEADER} header:
 * a header that a page of another origin cannot set without CORS, which the bot never grants.
 */
final class Sessions {
  static final String COOKIE = "cb_sid";
  static final String HEADER = "X-Session";
  private static final int LENGTH = 22;
  // one digest per thread: MessageDigest.getInstance looks the provider up each time (a hot spot of every request)
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  });
  private static final int MAX_AGE = 30 * 24 * 3600;

  private final SecureRandom random = new SecureRandom();

  /** The request's session id; a new one (and its cookie) when it has none or a malformed one. */
  String of(Context ctx) {
    String embedded = ctx.header(HEADER);
    if (valid(embedded)) {
      return embedded;
    }
    String sid = ctx.cookie(COOKIE);
    if (valid(sid)) {
      return sid;
    }
    sid = fresh();
    boolean https = Clients.https(ctx); // X-Forwarded-Proto only from a trusted proxy
    ctx.header("Set-Cookie", COOKIE + "=" + sid + "; Path=/; Max-Age=" + MAX_AGE + "; HttpOnly; SameSite=Lax"
        + (https ? "; Secure" : ""));
    return sid;
  }

  /** True for what {@link #fresh()} makes: 22 characters of URL-safe Base64. */
  static boolean valid(String sid) {
    if (sid == null || sid.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = sid.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** A new random 128-bit session id. */
  String fresh() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /**
   * The session as a person: the SHA-256 digest of its random 128-bit id, so the tables never hold the
   * cookie itself and two sessions never share an identity (the number earlier versions made from the
   * cookie was a 63-bit polynomial hash, and {@code AaAA…} and {@code BBAA…} were one worker).
   */
  static Identity identity(String sid) {
    byte[] d = SHA256.get().digest(sid.getBytes(StandardCharsets.US_ASCII));
    return Identity.web(HexFormat.of().formatHex(d));
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
