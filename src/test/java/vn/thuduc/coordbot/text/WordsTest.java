package vn.thuduc.coordbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void splitsOnPunctuationAndKeepsNumbersAndDiacritics() {
    assertThat(Words.split("Hi-Tech Park: 51,21% — lao động!")).containsExactly("Hi", "Tech", "Park", "51", "21",
        "lao", "động");
  }

  @Test
  void aDecomposedDiacriticStaysWithItsLetter() {
    String nfd = Normalizer.normalize("động", Normalizer.Form.NFD);
    assertThat(Words.split("lao " + nfd)).containsExactly("lao", nfd);
  }

  @Test
  void aCombiningMarkStartsNoWord() {
    assertThat(Words.split("\u0301abc \u0300")).containsExactly("abc");
  }

  @Test
  void foldedWordsAreTheFoldedTextSplit() {
    assertThat(Fold.words("Khu Chế Xuất, Linh-Trung")).isEqualTo(Words.split(Fold.fold("Khu Chế Xuất, Linh-Trung")))
        .containsExactly("khu", "che", "xuat", "linh", "trung");
  }
}
