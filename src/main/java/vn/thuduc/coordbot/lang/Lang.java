package vn.thuduc.coordbot.lang;

import java.util.Locale;
import java.util.Optional;

/** The two languages the bot speaks. */
public enum Lang {
  VI("vi"),
  EN("en");

  private final String code;
  private final Locale locale;

  Lang(String code) {
    this.code = code;
    this.locale = code.equals("vi") ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
  }

  public String code() {
    return code;
  }

  /** {@code vi} in Vietnamese, {@code en} in English: the one way a text is chosen by language. */
  public <T> T pick(T vi, T en) {
    return this == VI ? vi : en;
  }

  /** The other language (the switch on the web pages). */
  public Lang other() {
    return this == VI ? EN : VI;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * A language as people name it when they choose one: a code ("vi", "en-US") or its name
   * ("tiếng việt", "tieng viet", "english"), in any case; empty for anything else.
   */
  public static Optional<Lang> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return fromCode(text.strip().toLowerCase(Locale.ROOT)
        .replace("tiếng việt", "vi").replace("tieng viet", "vi").replace("english", "en"));
  }

  /** Parses "vi", "vi-VN", "en", "en-US", ... ; empty for anything else. */
  public static Optional<Lang> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toLowerCase(Locale.ROOT);
    if (c.startsWith("vi")) {
      return Optional.of(VI);
    }
    if (c.startsWith("en")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }
}
