package vn.thuduc.coordbot.identity;

import java.util.Locale;
import java.util.Optional;

/** A way people reach the bot; {@link #code()} is how tables and logs name it. */
public enum Channel {
  TELEGRAM,
  WEB,
  ZALO,
  CONSOLE;

  /** The lower-case name stored in tables ({@code telegram}, {@code web}, {@code zalo}, {@code console}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The channel stored as {@code code}; empty for a name this version does not know. */
  public static Optional<Channel> fromCode(String code) {
    for (Channel c : values()) {
      if (c.code().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
