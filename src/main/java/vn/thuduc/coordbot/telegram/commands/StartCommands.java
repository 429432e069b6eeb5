package vn.thuduc.coordbot.telegram.commands;

import vn.thuduc.coordbot.chat.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.telegram.CallbackAnswer;
import vn.thuduc.coordbot.chat.Command;
import vn.thuduc.coordbot.telegram.CommandHandler;
import vn.thuduc.coordbot.chat.CommandRegistry;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;
import vn.thuduc.coordbot.telegram.ButtonPress;

/**
 * {@code /start} (the welcome with a menu of topics, each a {@link Route.Shortcut} to a command) and
 * {@code /help} (every command the user may call, from the registry).
 */
final class StartCommands {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final CommandRegistry<CommandHandler, ButtonPress> registry;
  private final Settings settings;
  private final Messages messages;
  private final Replier replier;

  StartCommands(CommandRegistry<CommandHandler, ButtonPress> registry, Settings settings, Messages messages, Replier replier) {
    this.registry = registry;
    this.settings = settings;
    this.messages = messages;
    this.replier = replier;
  }

  CompletionStage<Void> start(Request r) throws BotApiException {
    String name = TelegramText.escape(r.in().firstName().isBlank() ? "" : r.in().firstName());
    String text = messages.get(r.lang(), "welcome", name).replace("  ", " ").replace(" !", "!");
    replier.send(r.chatId(), text, topicsKeyboard(r.lang()));
    return DONE;
  }

  CompletionStage<Void> help(Request r) throws BotApiException {
    StringBuilder sb = new StringBuilder(messages.get(r.lang(), "help.header")).append('\n');
    for (Command<CommandHandler> c : registry.all()) {
      if (c.access() == Access.EVERYONE) {
        sb.append('/').append(c.name()).append(" — ").append(messages.get(r.lang(), c.helpKey())).append('\n');
      }
    }
    if (settings.isAdmin(r.userId())) {
      sb.append('\n').append(messages.get(r.lang(), "help.admin")).append('\n');
      for (Command<CommandHandler> c : registry.all()) {
        if (c.access() == Access.ADMINS) {
          sb.append('/').append(c.name()).append(" — ").append(messages.get(r.lang(), c.helpKey())).append('\n');
        }
      }
    }
    sb.append('\n').append(messages.get(r.lang(), "help.footer"));
    replier.send(r.chatId(), sb.toString());
    return DONE;
  }

  /** A topic of the menu: runs its command as if typed without arguments (commands for everyone only). */
  CompletionStage<Void> press(Request r, CallbackAnswer answer, Route.Shortcut shortcut) throws Exception {
    Optional<Command<CommandHandler>> c = registry.find(shortcut.command());
    answer.answer(c.isPresent() ? null : messages.get(r.lang(), "callback.stale"));
    if (c.isPresent() && c.get().access() == Access.EVERYONE) {
      return c.get().handler().handle(new Request(r.in(), r.lang(), ""));
    }
    return DONE;
  }

  private InlineKeyboardMarkup topicsKeyboard(Lang lang) {
    String[][] rows = {{"zones", "stats"}, {"meeting", "law"}, {"awards", "help"}};
    List<InlineKeyboardRow> keyboard = new ArrayList<>();
    for (String[] row : rows) {
      InlineKeyboardRow r = new InlineKeyboardRow();
      for (String topic : row) {
        r.add(InlineKeyboardButton.builder().text(messages.get(lang, "topic." + topic))
            .callbackData(new Route.Shortcut(topic).encode()).build());
      }
      keyboard.add(r);
    }
    return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
  }
}
