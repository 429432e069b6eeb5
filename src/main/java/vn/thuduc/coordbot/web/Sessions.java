package vn.thuduc.coordbot.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

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
   * A stable number for the session, stored only salted and hashed (as Telegram user ids are); always
   * negative, so it is never a Telegram user's id (those are positive).
   */
  static long userId(String sid) {
    long h = 1125899906842597L;
    for (int i = 0; i < sid.length(); i++) {
      h = 31 * h + sid.charAt(i);
    }
    return h | Long.MIN_VALUE;
  }
}
