package vn.thuduc.coordbot.web;

import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;

/** The web channel's own texts (bundle {@code i18n/web}), in Vietnamese and English. */
final class WebText {
  private final Messages texts = new Messages("i18n/web");

  /** The text for {@code key}, {@code {0}}, {@code {1}} ... replaced by {@code args} (not escaped). */
  String get(Lang lang, String key, Object... args) {
    return texts.get(lang, key, args);
  }

  /** The text, HTML-escaped, with the arguments escaped too. */
  String html(Lang lang, String key, Object... args) {
    return Html.escape(get(lang, key, args));
  }
}
