package vn.thuduc.coordbot.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Vietnamese text into sentences. A sentence ends at '.', '!', '?' or '…' followed by a space and
 * a capital letter, a digit or an opening quote or bracket, unless the word before the full stop is an
 * abbreviation ("TP.", "Tp.", "T.Ư.", "ThS."). Numbers ("8.127", "0,64%") never end a sentence: there is
 * no space inside them.
 */
public final class Sentences {
  /** Words that a full stop follows without ending the sentence (compared without the stop). */
  private static final Set<String> ABBREVIATIONS = Set.of("tp", "t.ư", "t.w", "tw", "ths", "ts", "pgs", "gs", "bs",
      "ks", "q", "p", "tt", "st", "mr", "mrs", "ms", "dr", "no", "tr", "vd", "v.v", "đ/c", "đc", "đ.c", "ubnd",
      "hđnd", "nxb", "tx", "h", "x");

  /** One sentence: offsets into the text given. */
  public record Span(int start, int end) {}

  private Sentences() {}

  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < text.length() && ".!?…\"”’)]".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        int next = skipSpace(text, end);
        boolean spaced = next > end || end == text.length();
        if (spaced && (next >= text.length() || startsSentence(text.charAt(next)))
            && !(c == '.' && abbreviation(text, start, i))) {
          out.add(new Span(start, end));
          start = next;
          i = next;
          continue;
        }
      }
      i++;
    }
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
    return out;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘([-–".indexOf(c) >= 0;
  }

  private static boolean abbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
