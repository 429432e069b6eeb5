package vn.thuduc.coordbot.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.thuduc.coordbot.answer.Lang;

/** The web channel's own texts (bundle {@code i18n/web}), in Vietnamese and English. */
final class WebText {
  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  WebText() {
    ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    for (Lang lang : Lang.values()) {
      bundles.put(lang, ResourceBundle.getBundle("i18n.web", lang.locale(), exact));
    }
  }

  /** The text for {@code key}, {@code {0}}, {@code {1}} ... replaced by {@code args} (not escaped). */
  String get(Lang lang, String key, Object... args) {
    String text;
    try {
      text = bundles.get(lang).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no text '" + key + "' in the web " + lang.code() + " bundle", e);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** The text, HTML-escaped, with the arguments escaped too. */
  String html(Lang lang, String key, Object... args) {
    return Html.escape(get(lang, key, args));
  }
}
