package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.records.RecordDraft;
import vn.thuduc.coordbot.records.RecordImporter;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;

/**
 * A figure that came from a record added without a page of its own (minutes as plain text) is cited
 * by the record's title and date, as answers quote records, never by the path of its file.
 */
class RecordFigureCitationTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String MINUTES = """
      Biên bản họp giao ban quý II năm 2025

      Tính đến ngày 30/6/2025, KCX Linh Trung có 36 doanh nghiệp với 40.100 lao động.
      """;

  private static CoordAnswerEngine engineWithMinutesApplied() throws Exception {
    DatasetLoader loader = new DatasetLoader();
    DatasetLoader.Loaded shipped = loader.load(Path.of("config", "data"));
    RecordDraft d = RecordImporter.draft("bien-ban.txt", MINUTES.getBytes(StandardCharsets.UTF_8),
        new RecordImporter.Options(Optional.of(LocalDate.of(2025, 7, 5)), Optional.of("Biên bản giao ban quý II/2025"),
            Optional.empty()), shipped.dataset(), new HashSet<>());
    Map<String, byte[]> files = RecordImporter.add(shipped.files(), List.of(d), shipped.dataset());
    Dataset ds = loader.load(files).dataset();
    PassageIndex index = PassageIndex.inMemory();
    index.rebuild(Passages.from(ds), 1);
    CoordAnswerEngine e = new CoordAnswerEngine(index, CLOCK, new Conversations(CLOCK, Duration.ofMinutes(15), 100));
    e.use(ds, 1, Instant.parse("2026-01-01T00:00:00Z"));
    return e;
  }

  @Test
  void aFigureFromMinutesWithoutASiteCitesTheirTitleAndDateNotTheirFile() throws Exception {
    CoordAnswerEngine e = engineWithMinutesApplied();
    Answer vi = e.answer(Question.of("KCX Linh Trung có bao nhiêu lao động"));
    assertThat(vi.text()).contains("40.100").contains("“Biên bản giao ban quý II/2025” (05/07/2025)")
        .doesNotContain("records/");
    assertThat(vi.sources()).containsExactly("“Biên bản giao ban quý II/2025” (05/07/2025)");
    Answer en = e.answer(Question.of("How many workers does Linh Trung EPZ have?", Lang.EN));
    assertThat(en.sources()).containsExactly("“Biên bản giao ban quý II/2025” (July 5, 2025)");
  }
}
