package vn.thuduc.coordbot.text;

import java.util.Map;

/**
 * What {@link Fold#fold} makes of each character of Latin-1, Latin Extended A and B, the combining
 * diacritics, Latin Extended Additional (Vietnamese) and general punctuation, worked out once with
 * {@code java.text.Normalizer} (NFKD, non-spacing marks dropped, đ → d, lower case): the JDK's
 * normaliser loads its Unicode data on first use, a good part of a cold {@code ask}'s start.
 * {@code FoldTest} checks every entry, and every pair of them, against the normaliser; to change the
 * ranges, generate the strings again the same way.
 */
final class FoldTable {
  /** An entry of more than one character (or none), found in {@link #LONGER}. */
  private static final char LONGER_MARK = '\uffff';

  private static final String LATIN = ""
      + "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f" // U+0080
      + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f" // U+0090
      + " \u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7 \u00a9a\u00ab\u00ac\u00ad\u00ae " // U+00A0
      + "\u00b0\u00b123 \u03bc\u00b6\u00b7 1o\u00bb\uffff\uffff\uffff\u00bf" // U+00B0
      + "aaaaaa\u00e6ceeeeiiii" // U+00C0
      + "\u00f0nooooo\u00d7\u00f8uuuuy\u00fe\u00df" // U+00D0
      + "aaaaaa\u00e6ceeeeiiii" // U+00E0
      + "\u00f0nooooo\u00f7\u00f8uuuuy\u00fey" // U+00F0
      + "aaaaaaccccccccdd" // U+0100
      + "ddeeeeeeeeeegggg" // U+0110
      + "gggghh\u0127\u0127iiiiiiii" // U+0120
      + "i\u0131\uffff\uffffjjkk\u0138llllll\uffff" // U+0130
      + "\uffff\u0142\u0142nnnnnn\uffff\u014b\u014boooo" // U+0140
      + "oo\u0153\u0153rrrrrrssssss" // U+0150
      + "sstttt\u0167\u0167uuuuuuuu" // U+0160
      + "uuuuwwyyyzzzzzzs" // U+0170
      + "\u0180\u0253\u0183\u0183\u0185\u0185\u0254\u0188\u0188\u0256\u0257\u018c\u018c\u018d\u01dd\u0259" // U+0180
      + "\u025b\u0192\u0192\u0260\u0263\u0195\u0269\u0268\u0199\u0199\u019a\u019b\u026f\u0272\u019e\u0275" // U+0190
      + "oo\u01a3\u01a3\u01a5\u01a5\u0280\u01a8\u01a8\u0283\u01aa\u01ab\u01ad\u01ad\u0288u" // U+01A0
      + "u\u028a\u028b\u01b4\u01b4\u01b6\u01b6\u0292\u01b9\u01b9\u01ba\u01bb\u01bd\u01bd\u01be\u01bf" // U+01B0
      + "\u01c0\u01c1\u01c2\u01c3\uffff\uffff\uffff\uffff\uffff\uffff\uffff\uffff\uffffaai" // U+01C0
      + "ioouuuuuuuuuu\u01ddaa" // U+01D0
      + "aa\u00e6\u00e6\u01e5\u01e5ggkkoooo\u0292\u0292" // U+01E0
      + "j\uffff\uffff\uffffgg\u0195\u01bfnnaa\u00e6\u00e6\u00f8\u00f8" // U+01F0
      + "aaaaeeeeiiiioooo" // U+0200
      + "rrrruuuusstt\u021d\u021dhh" // U+0210
      + "\u019e\u0221\u0223\u0223\u0225\u0225aaeeoooooo" // U+0220
      + "ooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2c65\u023c\u023c\u019a\u2c66\u023f" // U+0230
      + "\u0240\u0242\u0242\u0180\u0289\u028c\u0247\u0247\u0249\u0249\u024b\u024b\u024d\u024d\u024f\u024f" // U+0240
      ;
  private static final String EXTENDED = ""
      + "aabbbbbbccdddddd" // U+1E00
      + "ddddeeeeeeeeeeff" // U+1E10
      + "gghhhhhhhhhhiiii" // U+1E20
      + "kkkkkkllllllllmm" // U+1E30
      + "mmmmnnnnnnnnoooo" // U+1E40
      + "oooopppprrrrrrrr" // U+1E50
      + "sssssssssstttttt" // U+1E60
      + "ttuuuuuuuuuuvvvv" // U+1E70
      + "wwwwwwwwwwxxxxyy" // U+1E80
      + "zzzzzzhtwy\uffffs\u1e9c\u1e9d\u00df\u1e9f" // U+1E90
      + "aaaaaaaaaaaaaaaa" // U+1EA0
      + "aaaaaaaaeeeeeeee" // U+1EB0
      + "eeeeeeeeiiiioooo" // U+1EC0
      + "oooooooooooooooo" // U+1ED0
      + "oooouuuuuuuuuuuu" // U+1EE0
      + "uuyyyyyyyy\u1efb\u1efb\u1efd\u1efd\u1eff\u1eff" // U+1EF0
      ;
  private static final String PUNCTUATION = ""
      + "           \u200b\u200c\u200d\u200e\u200f" // U+2000
      + "\u2010\u2010\u2012\u2013\u2014\u2015\u2016 \u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f" // U+2010
      + "\u2020\u2021\u2022\u2023.\uffff\uffff\u2027\u2028\u2029\u202a\u202b\u202c\u202d\u202e " // U+2020
      + "\u2030\u2031\u2032\uffff\uffff\u2035\uffff\uffff\u2038\u2039\u203a\u203b\uffff\u203d \u203f" // U+2030
      + "\u2040\u2041\u2042\u2043\u2044\u2045\u2046\uffff\uffff\uffff\u204a\u204b\u204c\u204d\u204e\u204f" // U+2040
      + "\u2050\u2051\u2052\u2053\u2054\u2055\u2056\uffff\u2058\u2059\u205a\u205b\u205c\u205d\u205e " // U+2050
      + "\u2060\u2061\u2062\u2063\u2064\u2065\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f" // U+2060
      ;
  private static final Map<Character, String> LONGER = Map.ofEntries(
      Map.entry('\u00bc', "1\u20444"),
      Map.entry('\u00bd', "1\u20442"),
      Map.entry('\u00be', "3\u20444"),
      Map.entry('\u0132', "ij"),
      Map.entry('\u0133', "ij"),
      Map.entry('\u013f', "l\u00b7"),
      Map.entry('\u0140', "l\u00b7"),
      Map.entry('\u0149', "\u02bcn"),
      Map.entry('\u01c4', "dz"),
      Map.entry('\u01c5', "dz"),
      Map.entry('\u01c6', "dz"),
      Map.entry('\u01c7', "lj"),
      Map.entry('\u01c8', "lj"),
      Map.entry('\u01c9', "lj"),
      Map.entry('\u01ca', "nj"),
      Map.entry('\u01cb', "nj"),
      Map.entry('\u01cc', "nj"),
      Map.entry('\u01f1', "dz"),
      Map.entry('\u01f2', "dz"),
      Map.entry('\u01f3', "dz"),
      Map.entry('\u1e9a', "a\u02be"),
      Map.entry('\u2025', ".."),
      Map.entry('\u2026', "..."),
      Map.entry('\u2033', "\u2032\u2032"),
      Map.entry('\u2034', "\u2032\u2032\u2032"),
      Map.entry('\u2036', "\u2035\u2035"),
      Map.entry('\u2037', "\u2035\u2035\u2035"),
      Map.entry('\u203c', "!!"),
      Map.entry('\u2047', "??"),
      Map.entry('\u2048', "?!"),
      Map.entry('\u2049', "!?"),
      Map.entry('\u2057', "\u2032\u2032\u2032\u2032"));

  private FoldTable() {}

  /**
   * Appends the folding of {@code c} to {@code out}; false (nothing appended) when {@code c} is outside
   * the table.
   */
  static boolean append(char c, StringBuilder out) {
    char f;
    if (c < 0x80) {
      f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    } else if (c < 0x250) {
      f = LATIN.charAt(c - 0x80);
    } else if (c >= 0x300 && c < 0x370) {
      return true; // a combining diacritic: dropped
    } else if (c >= 0x1e00 && c < 0x1f00) {
      f = EXTENDED.charAt(c - 0x1e00);
    } else if (c >= 0x2000 && c < 0x2070) {
      f = PUNCTUATION.charAt(c - 0x2000);
    } else {
      return false;
    }
    if (f == LONGER_MARK) {
      out.append(LONGER.get(c));
    } else {
      out.append(f);
    }
    return true;
  }

  /**
   * True when {@code c} is in NFC and composes with no neighbour of the same ranges: a text of such
   * characters is its own NFC form (checked pair by pair against the normaliser in {@code FoldTest}).
   */
  static boolean nfcStable(char c) {
    return c < 0x300 || c >= 0x1e00 && c < 0x1f00 || c >= 0x2002 && c < 0x2070;
  }
}
