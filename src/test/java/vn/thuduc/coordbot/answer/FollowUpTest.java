package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conversations of {@code followups.tsv} and {@code topic-followups.tsv}: each follow-up is merged into the conversation's frame as
 * written there (the query understood), and its answer names what it answered; fragments without a
 * frame are asked back, never answered with a total; unrelated questions keep their own terms.
 */
class FollowUpTest {
  record Turn(String question, String query, String contains, String notContains) {}

  /** The statistics follow-ups, and those about people, the meeting and chit-chat ({@code topic-followups.tsv}). */
  private static final List<String> TABLES = List.of("/followups.tsv", "/topic-followups.tsv");

  static Stream<Arguments> conversations() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String table : TABLES) {
      try (InputStream in = FollowUpTest.class.getResourceAsStream(table)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String block : text.split("\n\\s*\n")) {
          List<Turn> turns = block.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
              .map(f -> new Turn(f[0], f[1], f[2], f.length > 3 ? f[3] : "")).toList();
          if (!turns.isEmpty()) {
            out.add(Arguments.of(turns.get(0).question(), turns));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversations")
  void eachFollowUpBuildsOnTheFrame(String first, List<Turn> turns) {
    String id = UUID.randomUUID().toString();
    for (Turn turn : turns) {
      Answer a = Fixtures.ENGINE.answer(Question.of(turn.question()).inConversation(id));
      assertThat(a.query().orElse("-")).as(turn.question() + " -> " + a.text()).isEqualTo(turn.query());
      assertThat(a.text()).as(turn.question()).contains(turn.contains());
      if (!turn.notContains().isEmpty()) {
        assertThat(a.text()).as(turn.question()).doesNotContain(turn.notContains());
      }
    }
  }
}
