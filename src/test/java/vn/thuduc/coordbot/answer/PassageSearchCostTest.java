package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;

/**
 * A passage search over a large index costs more than the rest of an answer, so an answer searches only
 * when a passage could change what it says.
 */
class PassageSearchCostTest {
  private final PassageIndex index = PassageIndex.inMemory();
  private final CoordAnswerEngine engine = engine(index);

  private static CoordAnswerEngine engine(PassageIndex index) {
    index.rebuild(Passages.from(Fixtures.DATASET), 1);
    CoordAnswerEngine e = new CoordAnswerEngine(index);
    e.use(Fixtures.DATASET, 1, Instant.parse("2026-11-29T00:00:00Z"));
    return e;
  }

  private Answer ask(String q) {
    return engine.answer(Question.of(q));
  }

  @Test
  void aZoneTheDataLacksIsNamedWithoutSearchingThePassages() {
    Answer a = ask("KCN Tân Tạo có bao nhiêu lao động?");
    assertThat(a.query()).contains("not_found(KCN Tân Tạo)");
    assertThat(index.searches()).isZero();
  }

  @Test
  void aFigureTheDataLacksIsSaidWithoutSearchingThePassages() {
    Answer a = ask("Lương trung bình ở KCN Cát Lái là bao nhiêu?");
    assertThat(a.query()).contains("no_data(wages)");
    assertThat(index.searches()).isZero();
  }

  @Test
  void aQuestionNothingElseAnswersIsSearchedOnceAndTheSameTextNotAgain() {
    assertThat(ask("xyzzy plugh").intent()).isEqualTo("unknown");
    assertThat(index.searches()).isEqualTo(1);
    ask("xyzzy plugh");
    assertThat(index.searches()).isEqualTo(1);
  }
}
