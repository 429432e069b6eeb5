package vn.thuduc.coordbot.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramTextTest {
  @Test
  void escapesTheThreeHtmlSpecialCharacters() {
    assertThat(TelegramText.escape("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
    assertThat(TelegramText.escape("Khu Công nghệ cao \"SHTP\"")).isEqualTo("Khu Công nghệ cao \"SHTP\"");
  }

  @Test
  void rendersWhatTheUserSees() {
    assertThat(TelegramText.render("<b>38.807</b> &lt;lao động&gt; &amp;")).isEqualTo("38.807 <lao động> &");
  }

  @Test
  void keepsAShortTextInOneMessage() {
    assertThat(TelegramText.split("<b>Tổng</b>\n328 doanh nghiệp", 4096))
        .containsExactly("<b>Tổng</b>\n328 doanh nghiệp");
  }

  @Test
  void splitsOnLineBoundariesWithinTheLimit() {
    String line = "x".repeat(30);
    String text = String.join("\n", java.util.Collections.nCopies(10, line));
    List<String> parts = TelegramText.split(text, 100);
    assertThat(parts).hasSize(4);
    assertThat(parts).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(100);
      assertThat(p).doesNotStartWith("\n");
    });
    assertThat(String.join("\n", parts)).isEqualTo(text);
  }

  @Test
  void countsShownCharactersNotEscapes() {
    String escaped = TelegramText.escape("<".repeat(50));
    assertThat(TelegramText.split(escaped, 50)).containsExactly(escaped);
  }

  @Test
  void hardSplitsASingleOverlongLineAtSpacesAndKeepsEscapesWhole() {
    String plain = ("lao động & doanh nghiệp ").repeat(400);
    List<String> parts = TelegramText.split(TelegramText.escape(plain), 4096);
    assertThat(parts.size()).isGreaterThan(1);
    assertThat(parts).allSatisfy(p -> {
      assertThat(TelegramText.render(p).length()).isLessThanOrEqualTo(4096);
      assertThat(p).doesNotMatch("(?s).*&(?!amp;|lt;|gt;).*");
    });
    assertThat(String.join("", parts.stream().map(TelegramText::render).toList())).isEqualTo(plain);
  }

  @Test
  void neverCutsBetweenTheHalvesOfASurrogatePair() {
    String plain = "😀".repeat(3000);
    List<String> parts = TelegramText.split(plain, 4096);
    assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
    assertThat(String.join("", parts)).isEqualTo(plain);
  }

  @Test
  void dropsBlankParts() {
    assertThat(TelegramText.split("\n\n  \n", 4096)).isEmpty();
  }

  @Test
  void truncatesCaptionsWithAnEllipsis() {
    String cut = TelegramText.truncatePlain("a".repeat(2000), 1024);
    assertThat(cut).hasSize(1024).endsWith("…");
    assertThat(TelegramText.truncatePlain("short", 1024)).isEqualTo("short");
  }
}
