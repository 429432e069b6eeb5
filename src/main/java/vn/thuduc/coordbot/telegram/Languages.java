package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.preferences.LanguageChoice;
/**
 * The language of a reply to an update, by the one rule ({@link ReplyLanguage}): the user's {@code /lang},
 * else Telegram's language_code, else the text's.
 */
public final class Languages {
  private final LanguageChoice choice;

  public Languages(LanguageChoice choice) {
    this.choice = choice;
  }

  /** The rule underneath, for what is not an update (an inline query, a ticket's worker). */
  public LanguageChoice choice() {
    return choice;
  }

  public Lang of(Incoming in) {
    return choice.reply(Identity.telegram(in.userId()), in.languageCode(), in.text());
  }

  public void remember(long userId, Lang lang) {
    choice.choose(Identity.telegram(userId), lang);
  }
}
