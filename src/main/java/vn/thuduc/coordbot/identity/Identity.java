package vn.thuduc.coordbot.identity;

import java.util.Objects;

/**
 * A person as the bot knows them: the channel and the channel's own id for them (a Telegram user id,
 * the digest of a web session's cookie, a Zalo user id). Two channels' ids never meet: Telegram's
 * 42 and Zalo's "42" are two people.
 */
public record Identity(Channel channel, String id) {
  private static final int MAX_ID = 128;

  public Identity {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.length() > MAX_ID) {
      throw new IllegalArgumentException("an identity needs an id of 1 to " + MAX_ID + " characters");
    }
  }

  public static Identity telegram(long userId) {
    return new Identity(Channel.TELEGRAM, Long.toString(userId));
  }

  public static Identity web(String sessionDigest) {
    return new Identity(Channel.WEB, sessionDigest);
  }

  public static Identity zalo(String userId) {
    return new Identity(Channel.ZALO, userId);
  }

  /**
   * What the salted user hash of the question log and the votes is taken over: a Telegram user's id
   * alone (as every earlier version hashed it, so their votes still count once), else channel and id.
   */
  public String hashInput() {
    return channel == Channel.TELEGRAM ? id : channel.code() + ":" + id;
  }

  /** The Telegram user id, when this is a Telegram user. */
  public java.util.OptionalLong telegramId() {
    if (channel != Channel.TELEGRAM) {
      return java.util.OptionalLong.empty();
    }
    try {
      return java.util.OptionalLong.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return java.util.OptionalLong.empty();
    }
  }

  @Override
  public String toString() {
    return channel.code() + ":" + id;
  }
}
