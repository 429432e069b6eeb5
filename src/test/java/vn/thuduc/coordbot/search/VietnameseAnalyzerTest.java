package vn.thuduc.coordbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {
  private final Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED);
  private final Analyzer original = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.ORIGINAL);

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
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
  void splitsWordsAsTheTaggerDoes() throws IOException {
    String text = "Hi-Tech Park: 51,21% — người lao động (KCX)!";
    assertThat(tokens(original, text)).isEqualTo(vn.thuduc.coordbot.text.Words.split(text.toLowerCase(java.util.Locale.ROOT)))
        .containsExactly("hi", "tech", "park", "51", "21", "người", "lao", "động", "kcx");
  }

  @Test
  void foldsAccentedTextIntoSyllablesAndBigrams() throws IOException {
    assertThat(tokens(folded, "Người lao động")).containsExactly(
        "nguoi", "nguoi lao", "lao", "lao dong", "dong");
  }

  @Test
  void unaccentedTextGivesTheSameTokensAsAccentedText() throws IOException {
    assertThat(tokens(folded, "nguoi lao dong")).isEqualTo(tokens(folded, "Người lao động"));
  }

  @Test
  void decomposedUnicodeIsNormalisedBeforeFolding() throws IOException {
    String nfd = Normalizer.normalize("Đình công", Normalizer.Form.NFD);
    assertThat(tokens(folded, nfd)).containsExactly("dinh", "dinh cong", "cong");
    assertThat(tokens(original, nfd)).containsExactly("đình", "công");
  }

  @Test
  void expandsAbbreviationsSoBigramsMatchTheSpelledOutForm() throws IOException {
    assertThat(tokens(folded, "KCX Linh Trung")).containsExactly(
        "khu", "khu che", "che", "che xuat", "xuat", "xuat linh", "linh", "linh trung", "trung");
    assertThat(tokens(folded, "LĐ")).containsExactly("lao", "lao dong", "dong");
  }

  @Test
  void expandedWordsTakeOnePositionEach() throws IOException {
    List<Integer> increments = new ArrayList<>();
    try (TokenStream ts = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED).tokenStream("f", "KCN")) {
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.toString().indexOf(' ') < 0) {
          increments.add(pos.getPositionIncrement());
        }
      }
      ts.end();
    }
    assertThat(increments).containsExactly(1, 1, 1);
  }

  @Test
  void originalModeKeepsDiacriticsAndLowerCases() throws IOException {
    assertThat(tokens(original, "Khu Công nghệ cao")).containsExactly("khu", "công", "nghệ", "cao");
  }

  @Test
  void queryTermsDropStopWordsButKeepBigrams() {
    PassageIndex idx = PassageIndex.inMemory();
    assertThat(idx.queryTerms("có bao nhiêu lao động"))
        .contains("lao", "dong", "lao dong")
        .doesNotContain("co", "bao", "nhieu");
  }
}
