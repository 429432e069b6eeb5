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

/** Many ways of asking, in both languages: each must keep reaching the same kind of answer. */
class PhrasingsTest {
  static Stream<Arguments> phrasings() throws IOException {
    try (InputStream in = PhrasingsTest.class.getResourceAsStream("/phrasings.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      return lines.stream().map(l -> l.split("\t")).map(f -> Arguments.of(f[0], f[1], Boolean.parseBoolean(f[2])));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("phrasings")
  void reachesTheRightKindOfAnswer(String question, String intent, boolean answered) {
    Answer a = Fixtures.ENGINE.answer(Question.of(question));
    assertThat(a.intent()).as(a.text()).isEqualTo(intent);
    assertThat(a.answered()).isEqualTo(answered);
  }
}
