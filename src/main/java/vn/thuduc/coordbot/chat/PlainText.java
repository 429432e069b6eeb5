package vn.thuduc.coordbot.chat;

import java.util.regex.Pattern;

/** The small HTML of the bot's messages (b, i, code, a; escaped text) as plain text for channels without markup. */
public final class PlainText {
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");

  private PlainText() {}

  public static String fromHtml(String html) {
    return TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
