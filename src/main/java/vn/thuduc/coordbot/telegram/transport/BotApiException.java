package vn.thuduc.coordbot.telegram.transport;

/** A Bot API call failed for good (after any retries): the API refused it or never answered. */
public final class BotApiException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int errorCode;

  public BotApiException(String message, int errorCode, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
  }

  /** Telegram's {@code error_code}, or 0 when there was no answer (timeout, dropped connection). */
  public int errorCode() {
    return errorCode;
  }

  /** True when Telegram said an edit would not change the message, which is no failure for us. */
  public boolean isNotModified() {
    return errorCode == 400 && getMessage() != null && getMessage().contains("not modified");
  }

  /** True when Telegram refuses messages to the chat: blocked by the user, kicked, deactivated. */
  public boolean isBlocked() {
    return errorCode == 403;
  }

  /** True when Telegram could not parse the message's HTML ("can't parse entities"). */
  public boolean isUnparsableEntities() {
    return errorCode == 400 && getMessage() != null
        && getMessage().toLowerCase(java.util.Locale.ROOT).contains("can't parse entities");
  }
}
