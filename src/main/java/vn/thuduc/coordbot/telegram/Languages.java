package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.ReplyLanguage;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * The language of a reply to an update, by the one rule ({@link ReplyLanguage}): the user's {@code /lang},
 * else Telegram's language_code, else the text's.
 */
public final class Languages {
  private final RuntimeStore runtime;
  private final AnswerEngine engine;

  public Languages(RuntimeStore runtime, AnswerEngine engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  public Lang of(Incoming in) {
    return ReplyLanguage.of(runtime.userLang(in.userId()), in.languageCode(), in.text(), engine::detectLanguage);
  }

  public void remember(long userId, Lang lang) {
    runtime.setUserLang(userId, lang);
  }
}
