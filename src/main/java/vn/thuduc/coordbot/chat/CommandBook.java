package vn.thuduc.coordbot.chat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Commands as values: each handler under its name and aliases, found by the name a person typed
 * ({@code /Tuvan@bot text} is {@code tuvan} with {@code text}). The handler type is the channel's.
 */
public final class CommandBook<H> {
  private final Map<String, H> byName = new HashMap<>();

  /** A command as typed: its lower-case name without the slash (and without {@code @bot}), and what follows. */
  public record Typed(String name, String args) {
    /** The command {@code text} starts with; empty when it is not a command. */
    public static Optional<Typed> of(String text) {
      String t = text.strip();
      if (t.length() < 2 || t.charAt(0) != '/' || Character.isWhitespace(t.charAt(1))) {
        return Optional.empty();
      }
      int end = 1;
      while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
        end++;
      }
      String name = t.substring(1, end);
      int at = name.indexOf('@');
      if (at >= 0) {
        name = name.substring(0, at);
      }
      return Optional.of(new Typed(name.toLowerCase(Locale.ROOT), t.substring(end).strip()));
    }
  }

  /** Adds {@code handler} under {@code name} and its aliases. */
  public CommandBook<H> add(H handler, String name, String... aliases) {
    byName.put(name, handler);
    for (String a : aliases) {
      byName.put(a, handler);
    }
    return this;
  }

  public Optional<H> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
