package vn.thuduc.coordbot.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days as people write them, in both languages, are one day; a month with a year is a month, never its first day. */
class TimeFilterTest {
  @ParameterizedTest
  @CsvSource({
      "was it held on 8 march 2024, 2024-03-08",
      "on the 8th of march 2024, 2024-03-08",
      "was the conference on march 8 2024, 2024-03-08",
      "meeting of 10 may 2024, 2024-05-10",
      "hoi nghi ngay 8/3/2024, 2024-03-08"})
  void aDayIsThatDay(String folded, String day) {
    TimeFilter f = TimeFilter.in(folded).orElseThrow();
    assertThat(f.from()).contains(LocalDate.parse(day));
    assertThat(f.to()).contains(LocalDate.parse(day));
  }

  @ParameterizedTest
  @CsvSource({"was the meeting held on march 8th, 3, 8", "held on 9 march, 3, 9"})
  void aDayWithoutItsYearIsThatDayOfAnyYear(String folded, int month, int day) {
    TimeFilter f = TimeFilter.in(folded).orElseThrow();
    assertThat(f.dayOfAnyYear()).contains(new TimeFilter.MonthDay(month, day));
    assertThat(f.contains(LocalDate.of(2024, month, day))).isTrue();
    assertThat(f.contains(LocalDate.of(2024, month, day + 1))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"was the conference held in march 2024", "hoi nghi thang 3/2024"})
  void aMonthIsTheWholeMonth(String folded) {
    TimeFilter f = TimeFilter.in(folded).orElseThrow();
    assertThat(f.from()).contains(LocalDate.of(2024, 3, 1));
    assertThat(f.to()).contains(LocalDate.of(2024, 3, 31));
  }
}
