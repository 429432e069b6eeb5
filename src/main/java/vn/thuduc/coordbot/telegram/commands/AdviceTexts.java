package vn.thuduc.coordbot.telegram.commands;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.thuduc.coordbot.answer.Lang;

/** The legal-advice texts (bundle {@code i18n/advice}); the advisers' group reads Vietnamese. */
final class AdviceTexts {
  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  AdviceTexts() {
    ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES);
    for (Lang lang : Lang.values()) {
      bundles.put(lang, ResourceBundle.getBundle("i18n.advice", lang.locale(), exact));
    }
  }

  /** The text for {@code key}; {@code group.*}, {@code stats.*} keys fall back to Vietnamese. */
  String get(Lang lang, String key, Object... args) {
    String text;
    try {
      ResourceBundle b = bundles.get(lang);
      text = b.containsKey(key) ? b.getString(key) : bundles.get(Lang.VI).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no advice text '" + key + "'", e);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** A text for the advisers' group. */
  String group(String key, Object... args) {
    return get(Lang.VI, key, args);
  }
}
