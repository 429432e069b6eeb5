package vn.thuduc.coordbot.telegram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bot's commands by name, in the order help and the command menu list them. */
final class CommandRegistry {
  private final Map<String, Command> byName = new LinkedHashMap<>();

  CommandRegistry register(Command command) {
    if (!command.name().matches("[a-z][a-z0-9_]{0,31}")) {
      throw new IllegalArgumentException("not a valid Telegram command name: " + command.name());
    }
    if (byName.putIfAbsent(command.name(), command) != null) {
      throw new IllegalArgumentException("command registered twice: /" + command.name());
    }
    return this;
  }

  Optional<Command> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  List<Command> all() {
    return Collections.unmodifiableList(new ArrayList<>(byName.values()));
  }
}
