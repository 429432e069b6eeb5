package vn.thuduc.coordbot.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * "Tăng 1.200 lao động so với cùng kỳ": a change becomes a row only on a base the shipped data has at
 * the date compared with, and only when the other count is stated too; otherwise the dry run lists the
 * sentence as not placed, with the reason. A percentage or a count of something else ("giảm 3 vụ tai nạn lao
 * động") is no change of a zone's counts. Nothing is applied without Apply, and no base is made up.
 */
class ChangeSentencesTest {
  private static final String MINUTES = """
      Biên bản giao ban quý I năm 2025

      KCX Linh Trung có 32 doanh nghiệp, tăng 1.200 lao động so với cùng kỳ.

      KCN Cát Lái tăng 3 doanh nghiệp và 500 lao động (6,2%) so với ngày 8/3/2024.

      KCN Bình Chiểu tăng 200 lao động so với tháng 6/2024.

      Khu Công nghệ cao tăng 1.000 lao động so với cùng kỳ.

      Số doanh nghiệp cả nước tăng 5% so với cùng kỳ.

      Số vụ tai nạn lao động tại KCN Bình Chiểu giảm 3 vụ so với cùng kỳ.

      Linh Trung 2 EPZ has 30 enterprises and its workforce increased by 1,000 workers compared with March 8, 2024.
      """;
  private static DatasetLoader.Loaded shipped;
  private static RecordDraft draft;

  @BeforeAll
  static void read() throws DataException {
    shipped = new DatasetLoader().load(Path.of("config", "data"));
    draft = RecordImporter.draft("giao-ban.txt", MINUTES.getBytes(StandardCharsets.UTF_8),
        new RecordImporter.Options(Optional.of(LocalDate.of(2025, 3, 8)), Optional.of("Giao ban quý I/2025"),
            Optional.empty()), shipped.dataset(), new HashSet<>());
  }

  @Test
  void aChangeOnABaseTheDataHasIsANewRowCitingItsSentence() {
    assertThat(draft.rows()).extracting(r -> r.zone().orElseThrow()).extracting(ZoneStat::zoneId, ZoneStat::asOf,
        ZoneStat::enterprises, ZoneStat::workers).containsExactly(
            Tuple.tuple("linh-trung-1", LocalDate.of(2025, 3, 8), 32L, 38_807L + 1_200L),
            Tuple.tuple("cat-lai", LocalDate.of(2025, 3, 8), 97L + 3L, 8_127L + 500L),
            Tuple.tuple("linh-trung-2", LocalDate.of(2025, 3, 8), 30L, 25_312L + 1_000L));
    assertThat(draft.rows()).allMatch(r -> r.state() == FoundRow.State.NEW);
    assertThat(draft.rows().get(0).sentence()).isEqualTo("KCX Linh Trung có 32 doanh nghiệp, tăng 1.200 lao động so "
        + "với cùng kỳ.");
    assertThat(draft.rows().get(0).zone().orElseThrow().source()).isEqualTo(draft.card().id());
  }

  @Test
  void aChangeWithoutItsBaseOrItsOtherCountIsNotPlacedWithTheReason() {
    assertThat(draft.notPlaced()).extracting(NotPlaced::sentence).containsExactly(
        "KCN Bình Chiểu tăng 200 lao động so với tháng 6/2024.",
        "Khu Công nghệ cao tăng 1.000 lao động so với cùng kỳ.");
    assertThat(draft.notPlaced().get(0).reason()).contains("no figures of binh-chieu at 2024-06")
        .contains("2024-03-08");
    assertThat(draft.notPlaced().get(1).reason()).contains("change of workers only")
        .contains("the number of enterprises of shtp at 2025-03-08 is in neither the record nor the data");
    assertThat(DraftReport.text(draft)).contains("NEW zone_stats.csv: linh-trung-1 as of 2025-03-08: 32 enterprises, "
        + "40007 workers").contains("not placed: 2 sentences").contains("why: gives the change of workers only");
    assertThat((List<?>) DraftReport.json(draft).get("not_placed")).hasSize(2);
  }

  @Test
  void onlyApplyWritesTheDerivedRowsAndNeverTheSentencesNotPlaced() throws DataException {
    Map<String, byte[]> files = RecordImporter.add(shipped.files(), List.of(draft), shipped.dataset());
    List<ZoneStat> rows = new DatasetLoader().load(files).dataset().zoneStats();
    assertThat(rows).filteredOn(s -> s.asOf().equals(LocalDate.of(2025, 3, 8))).extracting(ZoneStat::zoneId)
        .containsExactly("linh-trung-1", "cat-lai", "linh-trung-2");
    assertThat(shipped.dataset().zoneStats()).hasSize(5);
  }
}
