package vn.thuduc.coordbot.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;
import vn.thuduc.coordbot.text.Fold;

/**
 * ASCII folding that is fast on Vietnamese text. {@link ASCIIFoldingFilter#foldToASCII} is one huge
 * switch that the JIT leaves interpreted, and Vietnamese has a non-ASCII letter in most words; the
 * profile of an index build spent most of its time there. Letters up to U+1FFF (all of
 * Vietnamese, đ included) are folded through a table built from {@link Fold#fold}; anything else
 * still goes through ASCIIFoldingFilter, so the tokens are the same as with it.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
  private static final char[] TABLE = table();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] output = new char[64];

  public VietnameseFoldingFilter(TokenStream input) {
    super(input);
  }

  private static char[] table() {
    char[] t = new char[0x2000];
    for (char c = 0x80; c < t.length; c++) {
      String f = Fold.fold(String.valueOf(c));
      if (f.length() == 1 && f.charAt(0) < 0x80 && Character.isLetterOrDigit(f.charAt(0))) {
        char[] viaLucene = new char[4];
        int n = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, viaLucene, 0, 1);
        // only where both agree: the tokens must stay exactly what ASCIIFoldingFilter gives
        if (n == 1 && viaLucene[0] == f.charAt(0)) {
          t[c] = f.charAt(0);
        }
      }
    }
    return t;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buf = term.buffer();
    int len = term.length();
    boolean rest = false;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c < 0x80) {
        continue;
      }
      char f = c < TABLE.length ? TABLE[c] : 0;
      if (f != 0) {
        buf[i] = f;
      } else {
        rest = true;
      }
    }
    if (rest) {
      output = ArrayUtil.grow(output, len * 4);
      int n = ASCIIFoldingFilter.foldToASCII(buf, 0, output, 0, len);
      term.copyBuffer(output, 0, n);
    }
    return true;
  }
}
