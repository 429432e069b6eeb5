package vn.thuduc.coordbot.config;

import java.util.regex.Pattern;

/** Hides Telegram bot tokens ("123456789:AA...") wherever they appear in a text. */
public final class SecretMask {
  private static final Pattern TOKEN = Pattern.compile("\\d{5,12}:[A-Za-z0-9_-]{20,}");

  private SecretMask() {}

  public static String mask(String text) {
    if (text == null || text.indexOf(':') < 0) {
      return text;
    }
    return TOKEN.matcher(text).replaceAll("<token>");
  }
}
