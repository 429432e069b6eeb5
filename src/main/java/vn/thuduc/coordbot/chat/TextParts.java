package vn.thuduc.coordbot.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts plain text into messages of at most a channel's length, at the last line end, else sentence
 * end, else space before the limit (a word longer than a message is cut where it must be, never
 * inside a surrogate pair).
 */
public final class TextParts {
  private TextParts() {}

  public static List<String> split(String text, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("a message holds at least two characters");
    }
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = cutAt(rest, max);
      String part = rest.substring(0, cut).strip();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty() || parts.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  private static int cutAt(String s, int max) {
    int line = s.lastIndexOf('\n', max);
    if (line > max / 3) {
      return line + 1;
    }
    for (int i = max - 1; i > max / 3; i--) {
      char ch = s.charAt(i);
      if ((ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '…') && Character.isWhitespace(s.charAt(i + 1))) {
        return i + 1;
      }
    }
    int space = s.lastIndexOf(' ', max);
    if (space > max / 3) {
      return space + 1;
    }
    return Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
  }
}
