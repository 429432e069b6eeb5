package vn.thuduc.coordbot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.telegram.transport.BotApi;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;
import vn.thuduc.coordbot.chat.CommandRegistry;
import vn.thuduc.coordbot.chat.Command;

/** The command menu Telegram shows (setMyCommands): the registry's menu commands, per language. */
final class CommandMenu {
  private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

  private CommandMenu() {}

  /** The command menu in both languages and as the default; a refusal is logged and the bot carries on. */
  static void register(BotApi botApi, CommandRegistry<CommandHandler, ButtonPress> registry, Messages messages) {
    for (String code : new String[] {null, "vi", "en"}) {
      Lang lang = code == null ? Lang.VI : Lang.fromCode(code).orElseThrow();
      List<BotCommand> menu = new ArrayList<>();
      for (Command<CommandHandler> c : registry.all()) {
        if (c.inMenu()) {
          String description = TelegramText.truncatePlain(messages.get(lang, c.helpKey()), 256);
          menu.add(new BotCommand(c.name(), description));
        }
      }
      SetMyCommands.SetMyCommandsBuilder<?, ?> set = SetMyCommands.builder().commands(menu);
      if (code != null) {
        set.languageCode(code);
      }
      try {
        botApi.call(set.build());
      } catch (BotApiException e) {
        log.warn("setMyCommands ({}) refused: {}; carrying on without a command menu",
            code == null ? "default" : code, e.getMessage());
      }
    }
  }
}
