package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;

/**
 * Questions about dates asked end to end, over the two-date fixtures of {@code TimeSeriesEvaluatorTest}
 * (a complete and a partial second snapshot on 2025-01-01 beside 2024-01-01): the answers say their date,
 * never mix dates silently, and a date the data lacks is an honest not-found.
 */
class TimeSeriesQuestionsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final CoordAnswerEngine FULL = engine("timeseries-full");
  private static final CoordAnswerEngine PARTIAL = engine("timeseries-partial");

  private static CoordAnswerEngine engine(String dir) {
    Dataset ds;
    try {
      ds = new DatasetLoader().load(Path.of("src/test/resources", dir)).dataset();
    } catch (DataException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    PassageIndex index = PassageIndex.inMemory();
    index.rebuild(Passages.from(ds), 1);
    CoordAnswerEngine e = new CoordAnswerEngine(index, CLOCK, new Conversations(CLOCK, Duration.ofMinutes(15), 100));
    e.use(ds, 1, Instant.parse("2026-01-01T00:00:00Z"));
    return e;
  }

  private static Answer ask(CoordAnswerEngine e, String q) {
    return e.answer(Question.of(q));
  }

  @Test
  void aTotalWithAPartialSnapshotStaysAtTheSharedDateAndNamesTheNewerFigure() {
    Answer a = ask(PARTIAL, "tổng số lao động 3 khu");
    assertThat(a.query()).contains("sum(workers, all)");
    assertThat(a.text()).contains("6.000 lao động").contains("01/01/2024")
        .contains("KCN Alpha ngày 01/01/2025: 12 doanh nghiệp, 1.100 lao động").doesNotContain("6.100");
    Answer en = ask(PARTIAL, "total workers in all zones");
    assertThat(en.text()).contains("6,000").contains("Newer figures").contains("January 1, 2025");
  }

  @Test
  void aComparisonWithAPartialSnapshotNeverComparesTwoDates() {
    Answer a = ask(PARTIAL, "KCN Beta gấp mấy lần KCN Alpha về lao động");
    assertThat(a.text()).contains("3.000").contains("1.000").contains("gấp 3 lần").doesNotContain("∞");
  }

  @Test
  void oneZoneNowIsItsLatestFigureSaidWithItsDate() {
    assertThat(ask(PARTIAL, "KCN Alpha có bao nhiêu lao động?").text()).contains("1.100")
        .contains("số liệu tại ngày 01/01/2025");
    assertThat(ask(PARTIAL, "KCN Beta có bao nhiêu lao động?").text()).contains("3.000")
        .contains("số liệu tại ngày 01/01/2024");
  }

  @Test
  void questionsAtAnEarlierDateAreAnsweredAtThatDate() {
    Answer year = ask(FULL, "tổng số lao động 3 khu năm 2024");
    assertThat(year.query()).isEqualTo(java.util.Optional.of("as_of(2024) -> sum(workers, all)"));
    assertThat(year.answered()).isTrue();
    assertThat(year.text()).contains("6.000").contains("số liệu tại ngày 01/01/2024");
    assertThat(ask(FULL, "tổng số lao động 3 khu tại ngày 1/1/2024").text()).contains("6.000");
    assertThat(ask(FULL, "KCN Alpha có bao nhiêu lao động đầu năm 2025").text()).contains("1.100");
    assertThat(ask(FULL, "How many workers did Beta IP have in 2024?").text()).contains("3,000");
    assertThat(ask(FULL, "tổng số lao động 3 khu").text()).contains("6.200").contains("01/01/2025");
  }

  @Test
  void aDateTheDataLacksIsAnHonestNotFoundWithTheDatesItHas() {
    Answer a = ask(FULL, "KCN Alpha có bao nhiêu lao động năm 2026");
    assertThat(a.answered()).isFalse();
    assertThat(a.intent()).isEqualTo("no_data_year");
    assertThat(a.text()).contains("năm 2026").contains("01/01/2023, 01/01/2024, 01/01/2025").doesNotContain("1.100");
    Answer day = ask(FULL, "tổng số lao động tại ngày 8/3/2024");
    assertThat(day.answered()).isFalse();
    assertThat(day.text()).contains("tại ngày 08/03/2024");
    Answer nowYear = ask(FULL, "KCN Alpha có bao nhiêu lao động năm nay");
    assertThat(nowYear.answered()).as("2026 by the clock").isFalse();
  }

  @Test
  void aChangeIsGivenInNumbersAndPercent() {
    Answer a = ask(FULL, "lao động KCN Alpha tăng bao nhiêu so với năm 2024");
    assertThat(a.query()).contains("change(value(workers, [alpha]), from 2024, to latest)");
    assertThat(a.text()).contains("1.000 lao động ngày 01/01/2024 → 1.100 ngày 01/01/2025: tăng 100 (+10%)");
    Answer total = ask(FULL, "tổng lao động 3 khu thay đổi thế nào từ năm 2024 đến năm 2025");
    assertThat(total.text()).contains("6.000").contains("6.200").contains("tăng 200")
        .contains("KCX Gamma: 2.000 lao động ngày 01/01/2024 → 1.800 ngày 01/01/2025: giảm 200 (−10%)");
    Answer partial = ask(PARTIAL, "tổng lao động tăng bao nhiêu so với năm 2024");
    assertThat(partial.text()).contains("KCN Alpha: 1.000").contains("Không tính KCN Beta và KCX Gamma");
  }

  @Test
  void theAreaShareIsOnlyStatedAtItsDate() {
    Answer now = ask(FULL, "Các khu chiếm bao nhiêu phần trăm lao động của TP Thủ Đức?");
    assertThat(now.text()).contains("50%").contains("01/01/2024").contains("nguồn chỉ nêu tỷ lệ");
    Answer y2025 = ask(FULL, "Các khu chiếm bao nhiêu phần trăm lao động của TP Thủ Đức năm 2025?");
    assertThat(y2025.answered()).isFalse();
    assertThat(y2025.text()).contains("01/01/2024");
  }

  @Test
  void aFollowUpKeepsOrChangesTheDate() {
    CoordAnswerEngine e = FULL;
    e.answer(Question.of("KCN Alpha có bao nhiêu lao động?").inConversation("ts"));
    Answer y = e.answer(Question.of("năm 2024 thì sao?").inConversation("ts"));
    assertThat(y.text()).contains("1.000").contains("01/01/2024");
    Answer beta = e.answer(Question.of("còn KCN Beta?").inConversation("ts"));
    assertThat(beta.text()).as("the date carries over").contains("3.000").contains("01/01/2024");
  }

  @Test
  void periodsInEnglishAndVietnameseAreReadAsDatesByTheClock() {
    assertThat(ask(FULL, "how many workers in Alpha IP since January 2024").query())
        .contains("change(value(workers, [alpha]), from 2024-01, to latest)");
    assertThat(ask(FULL, "Alpha IP workers compared with 2024").text()).contains("1,000").contains("1,100");
    assertThat(ask(FULL, "how many workers did Alpha IP have last year").query())
        .contains("as_of(2025) -> value(workers, [alpha])");
    assertThat(ask(FULL, "số lao động KCN Alpha năm ngoái").query()).contains("as_of(2025) -> value(workers, [alpha])");
    assertThat(ask(FULL, "how did the workers of Alpha IP change over the last year").query())
        .contains("change(value(workers, [alpha]), from 2025, to latest)");
    assertThat(ask(FULL, "lao động KCN Alpha thay đổi thế nào trong năm qua").query())
        .contains("change(value(workers, [alpha]), from 2025, to latest)");
    assertThat(ask(FULL, "KCN Alpha có bao nhiêu lao động năm hiện tại").answered()).as("2026 by the clock").isFalse();
  }

  @Test
  void aNumberAfterMoreThanIsAThresholdNotAYear() {
    Answer a = ask(FULL, "khu nào có hơn 2000 lao động");
    assertThat(a.query()).hasValueSatisfying(q -> assertThat(q).doesNotContain("as_of"));
  }
}
