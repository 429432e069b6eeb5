package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.lang.Lang;

/** The engine replies in the language of the question's words, diacritics or not. */
class ReplyInQuestionLanguageTest {
  @Test
  void aVietnameseWorkersQuestionWithoutDiacriticsIsAnsweredInVietnamese() {
    Answer a = Fixtures.ENGINE.answer(Question.of("cty e bi duoi viec ko ly do"));
    assertThat(a.lang()).isEqualTo(Lang.VI);
    Answer b = Fixtures.ENGINE.answer(Question.of("linh trung 2 bn cn"));
    assertThat(b.lang()).isEqualTo(Lang.VI);
    assertThat(b.text()).contains("25.312");
  }
}
