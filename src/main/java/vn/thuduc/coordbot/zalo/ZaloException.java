package vn.thuduc.coordbot.zalo;

/**
 * A Zalo API call that did not do what was asked, sorted by what to do about it.
 *
 * @param code how metrics and logs name it: Zalo's negative code ({@code -216}), {@code http_502},
 *     {@code timeout}, {@code io}, {@code invalid_grant}
 */
public final class ZaloException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What the caller does about a failure. */
  public enum Kind {
    /** The access token is invalid or expired: refresh once and try again. */
    TOKEN,
    /** Rate limit, a server error, a timeout: worth another try after a pause, a bounded number of times. */
    RETRY,
    /** The user cannot be reached now (outside the free-message window, not following, blocked). */
    UNREACHABLE,
    /** The OA's quota is used up: not retried now. */
    QUOTA,
    /** Zalo refused the refresh token: an operator must set a new one. */
    INVALID_GRANT,
    /** Anything else (a bad request): not retried. */
    OTHER
  }

  private final transient Kind kind;
  private final String code;

  public ZaloException(Kind kind, String code, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.code = code;
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  /** The kind of one of Zalo's negative error codes (answered with HTTP 200). */
  static Kind ofCode(int code) {
    return switch (code) {
      case -216, -124, -220 -> Kind.TOKEN;
      case -32, -500, -501 -> Kind.RETRY;
      case -213, -217, -230, -232, -244 -> Kind.UNREACHABLE;
      case -211, -218, -224 -> Kind.QUOTA;
      default -> Kind.OTHER;
    };
  }
}
