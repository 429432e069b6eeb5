package vn.thuduc.coordbot.telegram.commands;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.telegram.CallbackAnswer;
import vn.thuduc.coordbot.telegram.Languages;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.InlineButtons;

/** {@code /lang vi|en} (without an argument: a button per language, each a {@link Route.SetLang}). */
final class LangCommand {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final Languages languages;
  private final Messages messages;
  private final Replier replier;

  LangCommand(Languages languages, Messages messages, Replier replier) {
    this.languages = languages;
    this.messages = messages;
    this.replier = replier;
  }

  CompletionStage<Void> lang(Request r) throws BotApiException {
    Optional<Lang> wanted = Lang.parse(r.args());
    if (wanted.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "usage.lang"), keyboard());
      return DONE;
    }
    set(r, wanted.get());
    return DONE;
  }

  CompletionStage<Void> press(Request r, CallbackAnswer answer, Route.SetLang button) throws BotApiException {
    answer.answer(null);
    Optional<Lang> lang = Lang.fromCode(button.code());
    if (lang.isPresent()) {
      set(r, lang.get());
    }
    return DONE;
  }

  private void set(Request r, Lang lang) throws BotApiException {
    languages.remember(r.userId(), lang);
    replier.send(r.chatId(), messages.get(lang, "lang.set"));
  }

  private InlineKeyboardMarkup keyboard() {
    return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
        InlineButtons.of(new Route.SetLang("vi"), messages.get(Lang.VI, "lang.button.vi")),
        InlineButtons.of(new Route.SetLang("en"), messages.get(Lang.EN, "lang.button.en")))).build();
  }
}
