package vn.thuduc.coordbot.records;

import vn.thuduc.coordbot.data.DataException;

/**
 * Text typed in a legacy Vietnamese font encoding (TCVN3/ABC, VNI) and read as Unicode shows letters
 * that Vietnamese never uses ("lao ®éng", "coâng nhaân" → ®, ñ, ø ...). Indexing it would make every
 * search miss, so such a file is refused with a way out.
 */
final class Mojibake {
  /** Latin-1 letters and signs that no Vietnamese word has, but TCVN3 and VNI text read as Unicode is full of. */
  private static final String FOREIGN = "®©µ¸¶·¹¨ª«¬¯±²³´½¾¼ÆÇËÌÎÏÑØÜßäåæçëîïñö÷øûüþ¡¢£¤¥¦§";
  /** Share of such characters among letters above which the text is not Vietnamese Unicode. */
  private static final double LIMIT = 0.02;

  private Mojibake() {}

  static void check(String fileName, String text) throws DataException {
    long letters = 0;
    long foreign = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (FOREIGN.indexOf(c) >= 0) {
        foreign++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    if (letters > 0 && foreign >= 5 && (double) foreign / letters > LIMIT) {
      throw new DataException(fileName, 0, "the text looks like a legacy Vietnamese font encoding (TCVN3/ABC or"
          + " VNI), not Unicode: convert it to Unicode first (e.g. with Unikey's converter) and send it again");
    }
  }
}
