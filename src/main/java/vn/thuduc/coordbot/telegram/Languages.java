package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.store.RuntimeStore;

/** Picks the language of a reply: the user's {@code /lang}, else Telegram's language_code, else the text's. */
public final class Languages {
  private final RuntimeStore runtime;
  private final AnswerEngine engine;

  public Languages(RuntimeStore runtime, AnswerEngine engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  public Lang of(Incoming in) {
    return runtime.userLang(in.userId())
        .or(() -> Lang.fromCode(in.languageCode()))
        .orElseGet(() -> in.text().isBlank() ? Lang.VI : engine.detectLanguage(in.text()));
  }

  public void remember(long userId, Lang lang) {
    runtime.setUserLang(userId, lang);
  }
}
