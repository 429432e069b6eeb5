package vn.thuduc.coordbot.questions;

import java.util.Objects;

/**
 * Who asked a question: the channel ({@code telegram}, {@code web}, {@code console}, {@code jsonl},
 * {@code cli}, {@code inline}) and the user in it; the log keeps only a salted hash of the user.
 *
 * @param userId the channel's user id, 0 for no user (console, command line)
 */
public record Asker(String channel, long userId) {
  public Asker {
    Objects.requireNonNull(channel, "channel");
  }

  /** An asker without a user (the console, the command line). */
  public static Asker anonymous(String channel) {
    return new Asker(channel, 0);
  }
}
