package vn.thuduc.coordbot.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question's language, told by its words: Vietnamese typed without diacritics is Vietnamese. */
class TextLanguageTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "cty e bi duoi viec ko ly do|VI",
      "cty e no luong 2 thang thi lam sao|VI",
      "kcx linh trung bn lao dong|VI",
      "toi muon gap luat su|VI",
      "so dt tu van|VI",
      "ad oi cho e hoi cai|VI",
      "Cát Lái|VI",
      "How many workers are in Cat Lai?|EN",
      "my employer has not paid me|EN",
      "which zone has the most companies|EN",
      "Binh Chieu?|VI",
      "start over|EN",
      "good morning|EN"})
  void tellsTheLanguageOfAQuestion(String question, Lang lang) {
    assertThat(TextLanguage.of(question)).isEqualTo(lang);
  }

  @Test
  void aNameAloneDoesNotTellTheLanguage() {
    assertThat(TextLanguage.sure("Binh Chieu")).isEmpty();
    assertThat(TextLanguage.sure("ok")).isEmpty();
    // greetings Vietnamese chat uses as much as English: alone they leave the conversation's language
    assertThat(TextLanguage.sure("hi")).isEmpty();
    assertThat(TextLanguage.sure("hello")).isEmpty();
  }

  @Test
  void everyWordOfTheFileTellsItsOwnLanguageAndNoWordTellsBoth() {
    for (Lang l : Lang.values()) {
      for (String w : TextLanguage.words(l)) {
        Lang other = l == Lang.VI ? Lang.EN : Lang.VI;
        assertThat(TextLanguage.lists(other, w)).as(w).isFalse();
        assertThat(TextLanguage.sure(w)).as(w).contains(l);
      }
    }
  }
}
