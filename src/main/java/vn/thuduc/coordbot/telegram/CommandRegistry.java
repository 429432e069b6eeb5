package vn.thuduc.coordbot.telegram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's commands by name, in the order help and the command menu list them, and the handler of
 * each kind of button ({@link Route}) the bot puts under its messages.
 */
public final class CommandRegistry {
  private final Map<String, Command> byName = new LinkedHashMap<>();
  private final Map<Class<? extends Route>, ButtonHandler<?>> buttons = new LinkedHashMap<>();

  /** Handles presses of one kind of button; it answers the callback query itself or the router does. */
  @FunctionalInterface
  public interface ButtonHandler<R extends Route> {
    java.util.concurrent.CompletionStage<Void> press(Request r, CallbackAnswer answer, R route) throws Exception;
  }

  public CommandRegistry register(Command command) {
    if (!command.name().matches("[a-z][a-z0-9_]{0,31}")) {
      throw new IllegalArgumentException("not a valid Telegram command name: " + command.name());
    }
    if (byName.putIfAbsent(command.name(), command) != null) {
      throw new IllegalArgumentException("command registered twice: /" + command.name());
    }
    return this;
  }

  /** Presses of buttons of kind {@code kind} go to {@code handler}. */
  public <R extends Route> CommandRegistry button(Class<R> kind, ButtonHandler<R> handler) {
    if (buttons.putIfAbsent(kind, handler) != null) {
      throw new IllegalArgumentException("button registered twice: " + kind.getSimpleName());
    }
    return this;
  }

  public Optional<Command> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<Command> all() {
    return Collections.unmodifiableList(new ArrayList<>(byName.values()));
  }

  /** The press of {@code route} as work for its handler; empty when no handler takes this kind. */
  public Optional<Press> press(Route route) {
    ButtonHandler<?> h = buttons.get(route.getClass());
    return h == null ? Optional.empty() : Optional.of((r, answer) -> run(h, r, answer, route));
  }

  /** A press bound to its handler. */
  @FunctionalInterface
  public interface Press {
    java.util.concurrent.CompletionStage<Void> run(Request r, CallbackAnswer answer) throws Exception;
  }

  @SuppressWarnings("unchecked")
  private static <R extends Route> java.util.concurrent.CompletionStage<Void> run(ButtonHandler<R> h, Request r,
      CallbackAnswer answer, Route route) throws Exception {
    return h.press(r, answer, (R) route); // registered by the route's own class, so the cast holds
  }
}
