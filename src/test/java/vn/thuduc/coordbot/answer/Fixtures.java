package vn.thuduc.coordbot.answer;

import java.nio.file.Path;
import java.time.Instant;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;

/** The real dataset of config/data, loaded once, with an in-memory index and an engine over it. */
final class Fixtures {
  static final Dataset DATASET = load();
  static final PassageIndex INDEX = PassageIndex.inMemory();
  static final CoordAnswerEngine ENGINE = engine();

  private Fixtures() {}

  private static Dataset load() {
    try {
      return new DatasetLoader().load(Path.of("config", "data")).dataset();
    } catch (DataException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static CoordAnswerEngine engine() {
    INDEX.rebuild(Passages.from(DATASET), 1);
    CoordAnswerEngine e = new CoordAnswerEngine(INDEX);
    e.use(DATASET, 1, Instant.parse("2026-11-29T00:00:00Z"));
    return e;
  }

  /** The answer to {@code q} asked alone, in the language it is written in. */
  static Answer ask(String q) {
    return ENGINE.answer(Question.of(q));
  }
}
