package vn.thuduc.coordbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldTest {
  @Test
  void removesDiacriticsAndFoldsDStroke() {
    assertThat(Fold.fold("Đình Công ở Thủ Đức")).isEqualTo("dinh cong o thu duc");
  }

  @Test
  void decomposedInputFoldsLikeComposedInput() {
    String nfd = Normalizer.normalize("Khu chế xuất Linh Trung", Normalizer.Form.NFD);
    assertThat(Fold.fold(nfd)).isEqualTo("khu che xuat linh trung");
  }

  @Test
  void splitsWordsOnPunctuationAndKeepsNumbers() {
    assertThat(Fold.words("Hi-Tech Park: 51,21%!")).containsExactly("hi", "tech", "park", "51", "21");
  }

  @Test
  void recognisesVietnameseLetters() {
    assertThat(Fold.hasVietnameseLetters("lao động")).isTrue();
    assertThat(Fold.hasVietnameseLetters("Cafe")).isFalse();
  }

  @Test
  void expandsAbbreviationsPeopleType() {
    assertThat(Abbreviations.expandAll(Fold.words("kcx linh trung bn LĐ")))
        .containsExactly("khu", "che", "xuat", "linh", "trung", "bao", "nhieu", "lao", "dong");
  }
}
