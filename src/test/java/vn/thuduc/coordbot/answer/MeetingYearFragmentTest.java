package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.answer.topic.HelpDesk;

/** A year alone after a question on the meeting asks for that year's meeting, "this year" by the clock. */
class MeetingYearFragmentTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

  private static CoordAnswerEngine engine() {
    CoordAnswerEngine e = new CoordAnswerEngine(Fixtures.INDEX, CLOCK,
        new Conversations(CLOCK, Duration.ofMinutes(15), 100), () -> HelpDesk.NONE);
    e.use(Fixtures.DATASET, 1, Instant.parse("2026-11-29T00:00:00Z"));
    return e;
  }

  private static Answer ask(CoordAnswerEngine e, String q) {
    return e.answer(new Question(q, Optional.empty(), Optional.of("years")));
  }

  @Test
  void thisYearAfterTheMeetingIsTheClocksYearWhichHasNoMeeting() {
    CoordAnswerEngine e = engine();
    assertThat(ask(e, "hoi nghi nam 2024 dien ra khi nao").text()).contains("08/03/2024");
    Answer a = ask(e, "the nam nay");
    assertThat(a.query().orElse("")).contains("not_found(meeting 2026)");
    assertThat(a.text()).contains("năm 2026").contains("08/03/2024");
  }

  @Test
  void lastYearInEnglishIsTheYearBeforeTheClocks() {
    CoordAnswerEngine e = engine();
    ask(e, "When was the meeting held?");
    assertThat(ask(e, "and last year?").query().orElse("")).contains("not_found(meeting 2025)");
  }

  @Test
  void aMeetingThisYearAskedOutrightIsTheClocksYearWhichHasNone() throws vn.thuduc.coordbot.data.DataException {
    CoordAnswerEngine e = engine();
    e.records().use(vn.thuduc.coordbot.records.RecordFiles.load(
        vn.thuduc.coordbot.data.DatasetLoader.recordFiles(java.nio.file.Path.of("config", "data"))));
    assertThat(ask(e, "năm nay có hội nghị không").query().orElse("")).isEqualTo("records(none, năm 2026)");
    assertThat(ask(e, "Is there a meeting this year?").text()).contains("2026").contains("08/03/2024")
        .doesNotContain("Conference reviewing");
  }

  @Test
  void anotherMeetingInAYearTheRecordsLackIsNeverAYesOrNoOnTheMeetingThereIs()
      throws vn.thuduc.coordbot.data.DataException {
    CoordAnswerEngine e = engine();
    e.records().use(vn.thuduc.coordbot.records.RecordFiles.load(
        vn.thuduc.coordbot.data.DatasetLoader.recordFiles(java.nio.file.Path.of("config", "data"))));
    Answer a = ask(e, "Năm 2025 có hội nghị sơ kết nào khác không?");
    assertThat(a.query().orElse("")).isEqualTo("records(none, năm 2025)");
    assertThat(a.text()).contains("năm 2025").contains("08/03/2024").doesNotStartWith("Không.");
    // a claim on the meeting the data has is still answered yes or no
    assertThat(ask(e, "hội nghị năm 2024 có phải thường niên không").text()).startsWith("Có.");
  }

  @Test
  void aYearAloneWithoutTalkOfTheMeetingIsNoMeetingQuestion() {
    CoordAnswerEngine e = engine();
    ask(e, "KCX Linh Trung có bao nhiêu lao động?");
    assertThat(ask(e, "còn năm 2025?").query().orElse("")).doesNotContain("meeting");
  }
}
