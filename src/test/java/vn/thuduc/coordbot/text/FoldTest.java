package vn.thuduc.coordbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

  @Test
  void foldsEveryCharacterAsTheNormalizerDoes() {
    List<String> differ = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      if (!Fold.fold(s).equals(Fold.foldByNormalizer(s))) {
        differ.add(Integer.toHexString(c));
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void foldsEveryPairOfTableCharactersAsTheNormalizerDoes() {
    List<Character> table = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (FoldTable.append((char) c, new StringBuilder())) {
        table.add((char) c);
      }
    }
    List<String> differ = new ArrayList<>();
    for (char a : table) {
      for (char b : table) {
        String s = new String(new char[] {a, b});
        if (!Fold.fold(s).equals(Fold.foldByNormalizer(s))) {
          differ.add(Integer.toHexString(a) + " " + Integer.toHexString(b));
        }
      }
    }
    assertThat(table).hasSizeGreaterThan(1000);
    assertThat(differ).isEmpty();
  }

  @Test
  void composesEveryCharacterAndEveryPairOfStableOnesAsTheNormalizerDoes() {
    List<Character> stable = new ArrayList<>();
    List<String> differ = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      if (!Fold.nfc(s).equals(Normalizer.normalize(s, Normalizer.Form.NFC))) {
        differ.add(Integer.toHexString(c));
      }
      if (FoldTable.nfcStable((char) c)) {
        stable.add((char) c);
      }
    }
    for (char a : stable) {
      for (char b : stable) {
        String s = new String(new char[] {a, b});
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
          differ.add(Integer.toHexString(a) + " " + Integer.toHexString(b));
        }
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void foldsAndComposesEveryLineOfTheDatasetAndTheLexiconAsTheNormalizerDoes() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("config", "data"), Path.of("src", "main", "resources", "query"),
        Path.of("src", "main", "resources", "i18n"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    int lines = 0;
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        lines++;
        assertThat(Fold.fold(line)).as(f + ": " + line).isEqualTo(Fold.foldByNormalizer(line));
        assertThat(Fold.nfc(line)).as(f + ": " + line).isEqualTo(Normalizer.normalize(line, Normalizer.Form.NFC));
        String nfd = Normalizer.normalize(line, Normalizer.Form.NFD);
        assertThat(Fold.fold(nfd)).as(f + ": " + line).isEqualTo(Fold.foldByNormalizer(line));
      }
    }
    assertThat(lines).isGreaterThan(500);
  }
}
