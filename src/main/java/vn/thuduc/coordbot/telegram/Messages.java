package vn.thuduc.coordbot.telegram;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.thuduc.coordbot.answer.Lang;

/** The adapter's own texts (bundle {@code i18n/telegram}), in Vietnamese and English. */
public final class Messages {
  static final String BUNDLE = "i18n.telegram";
  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  /** Loads both bundles; a missing bundle is a packaging error and fails at start-up. */
  public Messages() {
    ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES);
    for (Lang lang : Lang.values()) {
      bundles.put(lang, ResourceBundle.getBundle(BUNDLE, lang.locale(), exact));
    }
  }

  /**
   * The text for {@code key} with {@code {0}}, {@code {1}} ... replaced by {@code args} as given
   * (callers escape what comes from data or users).
   */
  public String get(Lang lang, String key, Object... args) {
    String text;
    try {
      text = bundles.get(lang).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no text '" + key + "' in the " + lang.code() + " bundle", e);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  public boolean has(Lang lang, String key) {
    return bundles.get(lang).containsKey(key);
  }
}
