package vn.thuduc.coordbot.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> sentences(String text) {
    return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void abbreviationsAndNumbersDoNotEndASentence() {
    assertThat(sentences("Hội nghị tại TP. Thủ Đức có 8.127 lao động, chiếm 0,64% tổng số. Ban Chấp hành T.Ư. "
        + "Đảng chỉ đạo. Tp. Hồ Chí Minh tham dự!"))
        .containsExactly("Hội nghị tại TP. Thủ Đức có 8.127 lao động, chiếm 0,64% tổng số.",
            "Ban Chấp hành T.Ư. Đảng chỉ đạo.", "Tp. Hồ Chí Minh tham dự!");
  }

  @Test
  void anEllipsisAndAQuestionEndSentencesBeforeACapital() {
    assertThat(sentences("Ngành nghề là may, cơ khí… Ai dự? Đình Quân")).containsExactly("Ngành nghề là may, cơ khí…",
        "Ai dự?", "Đình Quân");
  }
}
