package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own phrasings of every statistics construct and trap: each must keep being understood as the same query. */
class QueryRegressionTest {
  static Stream<Arguments> queries() throws IOException {
    try (InputStream in = QueryRegressionTest.class.getResourceAsStream("/queries.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      return lines.stream().map(l -> l.split("\t")).map(f -> Arguments.of(f[0], f[1], Boolean.parseBoolean(f[2])));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("queries")
  void understandsTheQuestionAsTheSameQuery(String question, String query, boolean answered) {
    Answer a = Fixtures.ENGINE.answer(Question.of(question));
    assertThat(a.query().orElse("-")).as(a.text()).isEqualTo(query);
    assertThat(a.answered()).as(a.text()).isEqualTo(answered);
  }
}
