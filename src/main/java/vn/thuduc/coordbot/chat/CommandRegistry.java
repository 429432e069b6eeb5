package vn.thuduc.coordbot.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A channel's commands by name, in the order help and a command menu list them, and the handler of
 * each kind of button ({@link Route}) it puts under its messages: the one registry of every chat
 * channel. {@code H} is the channel's command handler, {@code P} what a button press becomes there.
 * The commands every channel shares are registered by {@link ChatCommands}, a channel's own by the
 * channel.
 */
public final class CommandRegistry<H, P> {
  private final Map<String, Command<H>> byName = new LinkedHashMap<>();
  private final Map<Class<? extends Route>, Function<Route, ? extends P>> buttons = new LinkedHashMap<>();

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

  /** Adds {@code command}; a name that is not a lower-case word of at most 32, or is taken, is refused. */
  public CommandRegistry<H, P> register(Command<H> command) {
    if (!command.name().matches("[a-z][a-z0-9_]{0,31}")) {
      throw new IllegalArgumentException("not a valid command name: " + command.name());
    }
    if (byName.putIfAbsent(command.name(), command) != null) {
      throw new IllegalArgumentException("command registered twice: /" + command.name());
    }
    return this;
  }

  /** Presses of buttons of kind {@code kind} become what {@code bind} makes of the pressed route. */
  public <R extends Route> CommandRegistry<H, P> button(Class<R> kind, Function<? super R, ? extends P> bind) {
    if (buttons.putIfAbsent(kind, route -> bind.apply(kind.cast(route))) != null) {
      throw new IllegalArgumentException("button registered twice: " + kind.getSimpleName());
    }
    return this;
  }

  public Optional<Command<H>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<Command<H>> all() {
    return Collections.unmodifiableList(new ArrayList<>(byName.values()));
  }

  /** The press of {@code route} as work for its handler; empty when no handler takes this kind. */
  public Optional<P> press(Route route) {
    Function<Route, ? extends P> bind = buttons.get(route.getClass());
    return bind == null ? Optional.empty() : Optional.of(bind.apply(route));
  }
}
