package vn.thuduc.coordbot.chat;

import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.identity.Identity;

/**
 * The conversation a person's follow-ups build on, named one way on every chat channel: their own
 * ({@code zalo:<id>}), or theirs inside a shared place such as a group chat ({@code tg:<chat>:<id>}),
 * so two people in one group keep separate follow-ups and two channels never share one.
 */
public final class ConversationKeys {
  private ConversationKeys() {}

  /** {@code who}'s own conversation with the bot. */
  public static String of(Identity who) {
    return prefix(who.channel()) + ":" + who.id();
  }

  /** {@code who}'s conversation inside {@code place} (a chat several people share). */
  public static String of(Identity who, String place) {
    return prefix(who.channel()) + ":" + place + ":" + who.id();
  }

  /** Telegram's keys kept their short prefix from before the other channels. */
  private static String prefix(Channel channel) {
    return channel == Channel.TELEGRAM ? "tg" : channel.code();
  }
}
