package vn.thuduc.coordbot.questions;

import java.util.Objects;
import vn.thuduc.coordbot.identity.Identity;

/**
 * Who asked a question: the channel ({@code telegram}, {@code web}, {@code zalo}, {@code console},
 * {@code jsonl}, {@code cli}, {@code inline}) and the user in it; the log keeps only a salted hash of the user.
 *
 * @param user what the hash is taken over ({@link Identity#hashInput()}); empty for no user
 */
public record Asker(String channel, String user) {
  public Asker {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(user, "user");
  }

  /** A Telegram user ({@code userId} 0: no user). */
  public Asker(String channel, long userId) {
    this(channel, userId == 0 ? "" : Long.toString(userId));
  }

  /** A person on any channel. */
  public static Asker of(Identity who) {
    return new Asker(who.channel().code(), who.hashInput());
  }

  /** An asker without a user (the console, the command line). */
  public static Asker anonymous(String channel) {
    return new Asker(channel, "");
  }
}
