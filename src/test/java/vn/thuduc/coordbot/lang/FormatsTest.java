package vn.thuduc.coordbot.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void vietnameseGroupsThousandsWithDotsAndUsesDecimalComma() {
    assertThat(Formats.number(38807, Lang.VI)).isEqualTo("38.807");
    assertThat(Formats.number(126694, Lang.VI)).isEqualTo("126.694");
    assertThat(Formats.percent(new BigDecimal("51.21"), 2, Lang.VI)).isEqualTo("51,21%");
    assertThat(Formats.decimal(843.7333, 2, Lang.VI)).isEqualTo("843,73");
  }

  @Test
  void englishGroupsThousandsWithCommasAndUsesDecimalPoint() {
    assertThat(Formats.number(38807, Lang.EN)).isEqualTo("38,807");
    assertThat(Formats.percent(new BigDecimal("0.64"), 2, Lang.EN)).isEqualTo("0.64%");
    assertThat(Formats.decimal(843.7333, 2, Lang.EN)).isEqualTo("843.73");
  }

  @Test
  void smallNumbersAndTrailingZerosStayPlain() {
    assertThat(Formats.number(8, Lang.VI)).isEqualTo("8");
    assertThat(Formats.decimal(new BigDecimal("41.80"), 2, Lang.EN)).isEqualTo("41.8");
  }

  @Test
  void datesFollowTheLanguage() {
    LocalDate d = LocalDate.of(2024, 3, 8);
    assertThat(Formats.date(d, Lang.VI)).isEqualTo("08/03/2024");
    assertThat(Formats.date(d, Lang.EN)).isEqualTo("March 8, 2024");
  }
}
