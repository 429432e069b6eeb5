package vn.thuduc.coordbot.answer;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundles ({@code i18n/messages_vi.properties}, {@code messages_en.properties}):
 * templates with {0}, {1} ... placeholders, filled with already formatted strings.
 */
public final class Messages {
  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  public Messages(String baseName) {
    for (Lang l : Lang.values()) {
      bundles.put(l, ResourceBundle.getBundle(baseName, l.locale(), Messages.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  /** The message {@code key} in {@code lang} with {@code args} in place of {0}, {1} ... */
  public String get(Lang lang, String key, Object... args) {
    String template;
    try {
      template = bundles.get(lang).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message '" + key + "' is missing for " + lang, e);
    }
    if (args.length == 0) {
      return template;
    }
    StringBuilder sb = new StringBuilder(template.length() + 32);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(template.substring(i + 1, close));
        sb.append(n < args.length ? String.valueOf(args[n]) : template.substring(i, close + 1));
        i = close;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
