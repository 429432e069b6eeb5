package vn.thuduc.coordbot.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Folding: NFC, lower case, diacritics removed (đ → d), as the analyser and the checker do. Text in
 * the scripts the bot reads (Vietnamese, English, their punctuation) is folded through
 * {@link FoldTable}; anything else through the JDK's normaliser, with the same result.
 */
public final class Fold {
  private Fold() {}

  /** NFC-normalised and lower-cased, diacritics kept. */
  public static String lower(String s) {
    return nfc(s).toLowerCase(Locale.ROOT);
  }

  /** {@code s} in Unicode's composed form (NFC). */
  public static String nfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!FoldTable.nfcStable(s.charAt(i))) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
      }
    }
    return s;
  }

  /** Lower case without diacritics: "Đình Công" → "dinh cong". */
  public static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!FoldTable.append(s.charAt(i), sb)) {
        return foldByNormalizer(s);
      }
    }
    return sb.toString();
  }

  /** What {@link FoldTable} holds for its characters, for any text. */
  static String foldByNormalizer(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** True when the text has letters that only Vietnamese uses (so it is surely Vietnamese). */
  public static boolean hasVietnameseLetters(String s) {
    String n = nfc(s);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == 'đ' || c == 'Đ' || c == 'ư' || c == 'Ư' || c == 'ơ' || c == 'Ơ' || c == 'ă' || c == 'Ă'
          || (c >= '\u1EA0' && c <= '\u1EF9')) {
        return true;
      }
    }
    return false;
  }

  /** Folded words, split by {@link Words}: "Hi-Tech, 51,21%" → [hi, tech, 51, 21]. */
  public static List<String> words(String s) {
    return Words.split(fold(s));
  }
}
