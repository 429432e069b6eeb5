package vn.thuduc.coordbot.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one word splitter of the bot: a word is a run of letters and digits, with the combining marks
 * inside it (a decomposed diacritic stays with its letter); everything else separates. The question
 * reader, the tagger, coverage counting and the Lucene analyser all split text with it.
 */
public final class Words {
  private Words() {}

  /** Whether {@code c} belongs to a word; a combining mark only continues one ({@code inWord}). */
  public static boolean isWordChar(int c, boolean inWord) {
    return Character.isLetterOrDigit(c) || inWord && Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The words of {@code s} as they are written: "Hi-Tech, 51,21%" → [Hi, Tech, 51, 21]. */
  public static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean word = i < s.length() && isWordChar(s.charAt(i), start >= 0);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    return out;
  }
}
