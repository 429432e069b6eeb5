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
  /** Each language's templates as cut once (the bundles' few hundred strings, read from one place). */
  private static final Map<Lang, Map<String, Filling>> PARSED = new EnumMap<>(Lang.class);

  static {
    for (Lang l : Lang.values()) {
      PARSED.put(l, new java.util.concurrent.ConcurrentHashMap<>());
    }
  }

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
   * ("workers' housing") is a letter, not MessageFormat's quote. Arguments go in as strings, so numbers
   * are never regrouped; a placeholder without an argument stays as it is.
   */
  static String format(String template, Lang lang, Object... args) {
    // no lambdas on this way: every answer passes here, and a lambda is a class made at its first use,
    // a cost of every start of ask (see performance.md)
    Map<String, Filling> parsed = PARSED.get(lang);
    Filling f = parsed.get(template);
    if (f == null) {
      f = Filling.of(template, lang);
      parsed.put(template, f);
    }
    return f.fill(args);
  }

  /**
   * A template cut once into text and {@code {n}} placeholders, filled by appending: what MessageFormat
   * did with the bundles' templates (all of them plain {@code {n}}, the arguments strings), without a
   * parser's copy, a key and a buffer per message (8.6 % of what a web request allocated). A template
   * with anything else in braces is left to MessageFormat, as before.
   */
  private record Filling(String[] texts, int[] args, MessageFormat other) {
    private static final int PLAIN_MAX_DIGITS = 3;

    static Filling of(String template, Lang lang) {
      java.util.List<String> texts = new java.util.ArrayList<>();
      java.util.List<Integer> args = new java.util.ArrayList<>();
      int from = 0;
      for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
        int close = template.indexOf('}', open);
        String inside = close < 0 ? "" : template.substring(open + 1, close);
        if (inside.isEmpty() || inside.length() > PLAIN_MAX_DIGITS || !digits(inside)) {
          return new Filling(null, null, new MessageFormat(template.replace("'", "''"), lang.locale()));
        }
        texts.add(template.substring(from, open));
        args.add(Integer.parseInt(inside));
        from = close + 1;
      }
      texts.add(template.substring(from));
      int[] numbers = new int[args.size()];
      for (int i = 0; i < numbers.length; i++) {
        numbers[i] = args.get(i);
      }
      return new Filling(texts.toArray(new String[0]), numbers, null);
    }

    private static boolean digits(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    String fill(Object[] values) {
      if (other != null) {
        Object[] strings = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
          strings[i] = String.valueOf(values[i]);
        }
        // a MessageFormat is not safe to share between threads: a copy is filled
        return ((MessageFormat) other.clone()).format(strings);
      }
      StringBuilder b = new StringBuilder(texts[0].length() + 16 * args.length + 16);
      b.append(texts[0]);
      for (int i = 0; i < args.length; i++) {
        int n = args[i];
        if (n < values.length) {
          b.append(values[n]);
        } else {
          b.append('{').append(n).append('}');
        }
        b.append(texts[i + 1]);
      }
      return b.toString();
    }
  }
}
