package vn.thuduc.coordbot.preferences;

import java.util.Optional;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.ReplyLanguage;

/**
 * The language a person is answered in, by the one rule ({@link ReplyLanguage}): their {@code /lang}
 * choice, else their client's language, else the language of what they wrote.
 */
public final class LanguageChoice {
  private final ChosenLanguages chosen;
  private final AnswerEngine engine;

  public LanguageChoice(ChosenLanguages chosen, AnswerEngine engine) {
    this.chosen = chosen;
    this.engine = engine;
  }

  /** The language to answer {@code who}'s {@code text} in ({@code clientCode}: the client's, or null). */
  public Lang reply(Identity who, String clientCode, String text) {
    return ReplyLanguage.of(chosen(who), clientCode, text, engine::detectLanguage);
  }

  /** What {@code who} chose with {@code /lang}, if anything. */
  public Optional<Lang> chosen(Identity who) {
    return chosen.of(who);
  }

  public void choose(Identity who, Lang lang) {
    chosen.choose(who, lang);
  }
}
