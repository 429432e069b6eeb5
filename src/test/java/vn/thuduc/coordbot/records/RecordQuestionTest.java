package vn.thuduc.coordbot.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a question asks of the meeting records: a list of records, the people who attended, or what was said. */
class RecordQuestionTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      hội nghị ngày 8/3 có những ai tham dự      | ATTENDEES
      danh sách những ai dự hội nghị sơ kết       | ATTENDEES
      who attended the meetings in March 2024     | ATTENDEES
      năm 2024 có những cuộc họp nào              | LIST
      danh sách các biên bản năm 2025              | LIST
      biên bản cuộc họp tháng 6/2024 nói gì        | CONTENT
      """)
  void readsWhatTheQuestionWants(String question, RecordQuestion.Want want) {
    assertThat(RecordQuestion.read(question)).hasValueSatisfying(q -> assertThat(q.want()).isEqualTo(want));
  }
}
