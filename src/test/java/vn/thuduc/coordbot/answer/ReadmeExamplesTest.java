package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's example questions about the meeting, people, law, awards and the source are all checked. */
class ReadmeExamplesTest {
  private static final List<String> TOPIC_ROWS = List.of("| the meeting and people |", "| labour law |",
      "| awards and source |", "| zones and industries |", "| your own problem |");

  @Test
  void everyTopicExampleOfTheReadmeIsInTheTableOfCheckedAnswers() throws IOException {
    List<String> examples = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      if (TOPIC_ROWS.stream().anyMatch(line::startsWith)) {
        Matcher m = Pattern.compile("“([^”]+)”").matcher(line);
        while (m.find()) {
          examples.add(m.group(1));
        }
      }
    }
    List<String> checked = TopicQuestionsTest.rows().stream().map(TopicQuestionsTest.Row::question).toList();
    List<String> topicExamples = examples.stream()
        .filter(q -> !q.equals("TP Thủ Đức có bao nhiêu khu công nghiệp?") && !q.equals("danh sách các khu")).toList();
    assertThat(topicExamples).hasSizeGreaterThanOrEqualTo(12);
    assertThat(checked).containsAll(topicExamples);
  }
}
