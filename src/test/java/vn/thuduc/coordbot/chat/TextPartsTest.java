package vn.thuduc.coordbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPartsTest {
  @Test
  void aShortTextIsOneMessage() {
    assertThat(TextParts.split("KCX Linh Trung có 38.807 lao động.", 2000)).containsExactly(
        "KCX Linh Trung có 38.807 lao động.");
  }

  @Test
  void aLongTextIsCutAtSentenceEndsWithinTheLimitAndLosesNothing() {
    String text = "Người lao động được tư vấn pháp luật miễn phí. ".repeat(100).strip();
    List<String> parts = TextParts.split(text, 2000);
    assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(2000);
      assertThat(p).endsWith("miễn phí.");
    });
    assertThat(String.join(" ", parts)).isEqualTo(text);
  }

  @Test
  void lineEndsComeBeforeSentenceEnds() {
    String text = "a".repeat(30) + ". " + "b".repeat(30) + "\n" + "c".repeat(30);
    assertThat(TextParts.split(text, 70)).containsExactly("a".repeat(30) + ". " + "b".repeat(30),
        "c".repeat(30));
  }

  @Test
  void aWordLongerThanAMessageIsCutWithoutSplittingASurrogatePair() {
    String text = "x".repeat(9) + "😀".repeat(10);
    List<String> parts = TextParts.split(text, 10);
    assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
    assertThat(String.join("", parts)).isEqualTo(text);
  }
}
