package vn.thuduc.coordbot.lang;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A message bundle in Vietnamese and English ({@code i18n/messages}, {@code i18n/telegram} ...):
 * templates with {0}, {1} ... placeholders, filled by {@link MessageFormat} in one pass.
 */
public final class Messages {
  private static final Map<String, MessageFormat> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

  private final String baseName;
  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  /** Loads {@code baseName} in both languages; a missing bundle is a packaging error and fails here. */
  public Messages(String baseName) {
    this.baseName = baseName;
    ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES);
    for (Lang l : Lang.values()) {
      bundles.put(l, ResourceBundle.getBundle(baseName, l.locale(), Messages.class.getClassLoader(), exact));
    }
  }

  /**
   * The message {@code key} in {@code lang} with {@code args} (as {@link String#valueOf(Object)}) in
   * place of {0}, {1} ...; an argument is never read as a template, and a placeholder without an
   * argument stays as it is. Callers escape what comes from data or users.
   */
  public String get(Lang lang, String key, Object... args) {
    String template;
    try {
      template = bundles.get(lang).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no text '" + key + "' in the " + lang.code() + " bundle " + baseName, e);
    }
    return args.length == 0 ? template : format(template, lang, args);
  }

  /** Whether the bundle has {@code key} in {@code lang}. */
  public boolean has(Lang lang, String key) {
    return bundles.get(lang).containsKey(key);
  }

  /** The keys of the bundle in {@code lang}. */
  public Set<String> keys(Lang lang) {
    return bundles.get(lang).keySet();
  }

  /**
   * Fills {@code template} in one pass. The bundles are written as plain text, so an apostrophe
   * ("workers' housing") is a letter, not MessageFormat's quote: it is doubled before parsing.
   * Arguments go in as strings, so numbers are never regrouped by MessageFormat.
   */
  static String format(String template, Lang lang, Object... args) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    // parsing a template costs more than filling it: each is parsed once, and a copy is filled (a
    // MessageFormat is not safe to share between threads); the templates are the bundles' few hundred
    MessageFormat parsed = PARSED.computeIfAbsent(lang.code() + '\u0000' + template,
        k -> new MessageFormat(template.replace("'", "''"), lang.locale()));
    return ((MessageFormat) parsed.clone()).format(texts);
  }
}
