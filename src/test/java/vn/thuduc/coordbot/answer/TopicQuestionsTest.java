package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thuduc.coordbot.text.Fold;

/**
 * Topic questions of our own ({@code topic-questions.tsv}, both languages): each is read as the query
 * it asks and answered with the fact asked for, never with a neighbouring one (the period reviewed for
 * the one signed, the law card for the jobs point, another meeting for one the data lacks).
 */
class TopicQuestionsTest {
  /** One row of the table. */
  record Row(String question, String query, boolean answered, List<String> holds, List<String> lacks) {}

  static List<Row> rows() throws IOException {
    List<Row> out = new ArrayList<>();
    try (InputStream in = TopicQuestionsTest.class.getResourceAsStream("/topic-questions.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\t", -1);
        out.add(new Row(p[0], p[1], Boolean.parseBoolean(p[2]), phrases(p[3]), phrases(p.length > 4 ? p[4] : "")));
      }
    }
    return out;
  }

  private static List<String> phrases(String cell) {
    return cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
  }

  static Stream<Arguments> table() throws IOException {
    return rows().stream().map(r -> Arguments.of(r.question(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void answersTheFactAskedFor(String question, Row row) {
    Answer a = Fixtures.ask(question);
    assertThat(a.query().orElse("-")).as("query of %s", question).isEqualTo(row.query());
    assertThat(a.answered()).as("answered: %s", a.text()).isEqualTo(row.answered());
    String text = Fold.fold(a.text()).toLowerCase(java.util.Locale.ROOT);
    for (String p : row.holds()) {
      assertThat(text).as("%s", a.text()).contains(Fold.fold(p).toLowerCase(java.util.Locale.ROOT));
    }
    for (String p : row.lacks()) {
      assertThat(text).as("%s", a.text()).doesNotContain(Fold.fold(p).toLowerCase(java.util.Locale.ROOT));
    }
  }
}
