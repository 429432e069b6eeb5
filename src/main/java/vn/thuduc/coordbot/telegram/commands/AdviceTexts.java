package vn.thuduc.coordbot.telegram.commands;

import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;

/** The legal-advice texts (bundle {@code i18n/advice}); the advisers' group reads Vietnamese. */
final class AdviceTexts {
  private final Messages texts = new Messages("i18n/advice");

  /** The text for {@code key}; {@code group.*}, {@code stats.*} keys fall back to Vietnamese. */
  String get(Lang lang, String key, Object... args) {
    return texts.get(texts.has(lang, key) ? lang : Lang.VI, key, args);
  }

  /** A text for the advisers' group. */
  String group(String key, Object... args) {
    return get(Lang.VI, key, args);
  }
}
