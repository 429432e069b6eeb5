package vn.thuduc.coordbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class VietnameseFoldingFilterTest {
  private static List<String> tokens(String text, Function<TokenStream, TokenStream> filter) throws IOException {
    Tokenizer t = new WhitespaceTokenizer();
    t.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = filter.apply(t)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void foldsEveryVietnameseLetter() throws IOException {
    assertThat(tokens("Đường ưu tiên ơi ăn ỹ Ặ đ", VietnameseFoldingFilter::new))
        .containsExactly("Duong", "uu", "tien", "oi", "an", "y", "A", "d");
  }

  @Test
  void givesExactlyWhatAsciiFoldingFilterGivesOnAnyText() throws IOException {
    Random r = new Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 30; j++) {
        int cp = r.nextInt(3) == 0 ? ' ' : r.nextInt(2) == 0 ? 0x80 + r.nextInt(0x1F80) : r.nextInt(0x30000);
        sb.appendCodePoint(cp);
      }
      String s = sb.toString();
      assertThat(tokens(s, VietnameseFoldingFilter::new)).as(s)
          .isEqualTo(tokens(s, ts -> new ASCIIFoldingFilter(ts, false)));
    }
  }
}
