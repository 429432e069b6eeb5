package vn.thuduc.coordbot.telegram.transport;

import java.util.ArrayList;
import java.util.List;

/**
 * Telegram's text limits and HTML parse mode: escaping of everything that comes from data or users,
 * and splitting of long HTML into messages Telegram accepts.
 */
public final class TelegramText {
  /** Characters a message may hold after entity parsing. */
  public static final int MAX_MESSAGE = 4096;
  /** Characters a photo caption may hold after entity parsing. */
  public static final int MAX_CAPTION = 1024;
  /** Bytes callback data may hold. */
  public static final int MAX_CALLBACK_DATA = 64;

  private TelegramText() {}

  /** Escapes the three characters Telegram's HTML parser treats as markup. */
  public static String escape(String plain) {
    StringBuilder sb = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The text Telegram shows for {@code html}: tags removed, entities decoded. */
  public static String render(String html) {
    String noTags = html.replaceAll("<[^>]*>", "");
    return noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  /**
   * Splits HTML whose tags never span lines into messages of at most {@code max} shown characters,
   * on line boundaries; a single longer line loses its tags and is cut at a space where possible.
   * Blank results are dropped.
   */
  public static List<String> split(String html, int max) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentLen = 0;
    boolean started = false;
    for (String line : html.split("\n", -1)) {
      int len = render(line).length();
      if (len > max) {
        flush(out, current);
        started = false;
        currentLen = 0;
        for (String piece : hardSplit(render(line), max)) {
          out.add(escape(piece));
        }
        continue;
      }
      if (started && currentLen + 1 + len > max) {
        flush(out, current);
        started = false;
        currentLen = 0;
      }
      if (started) {
        current.append('\n');
        currentLen++;
      }
      current.append(line);
      currentLen += len;
      started = true;
    }
    flush(out, current);
    out.removeIf(s -> render(s).isBlank());
    return out;
  }

  /** Cuts a title or caption to {@code max} shown characters, ending with an ellipsis when cut. */
  public static String truncatePlain(String plain, int max) {
    if (plain.length() <= max) {
      return plain;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(plain.charAt(end - 1))) {
      end--;
    }
    return plain.substring(0, end) + "…";
  }

  private static void flush(List<String> out, StringBuilder current) {
    out.add(current.toString());
    current.setLength(0);
  }

  static List<String> hardSplit(String plain, int max) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (plain.length() - start > max) {
      int end = start + max;
      int space = plain.lastIndexOf(' ', end - 1);
      if (space > start + max / 2) {
        end = space + 1;
      } else if (Character.isHighSurrogate(plain.charAt(end - 1))) {
        end--;
      }
      pieces.add(plain.substring(start, end));
      start = end;
    }
    pieces.add(plain.substring(start));
    return pieces;
  }
}
