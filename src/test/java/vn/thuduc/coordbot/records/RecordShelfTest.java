package vn.thuduc.coordbot.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.search.PassageIndex;

/** The records being served: read from the store when a question is first about them, not at every start. */
class RecordShelfTest {
  @Test
  void storedRecordsAreReadOnceAndOnlyWhenAQuestionIsAboutTheRecords() throws DataException {
    List<MeetingRecord> shipped = RecordFiles.load(DatasetLoader.recordFiles(Path.of("config", "data")));
    AtomicInteger reads = new AtomicInteger();
    RecordShelf shelf = new RecordShelf();
    shelf.use(() -> {
      reads.incrementAndGet();
      return shipped;
    });
    RecordAnswers answers = new RecordAnswers(shelf, PassageIndex.inMemory());

    assertThat(answers.answer("KCX Linh Trung có bao nhiêu lao động?", false)).isEmpty();
    assertThat(reads).hasValue(0);

    assertThat(answers.answer("Có những biên bản, bài viết nào?", false)).isPresent();
    assertThat(answers.answer("Có những biên bản, bài viết nào?", false)).isPresent();
    assertThat(reads).hasValue(1);
    assertThat(shelf.current().records()).hasSize(shipped.size());
  }
}
