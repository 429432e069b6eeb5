package vn.thuduc.coordbot.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.data.ZoneStat;

/** The source article, shipped as a record, read as any record is: what it is and the figures it states. */
class SeedArticleTest {
  private static final Path ARTICLE = Path.of("config", "data", "records", "thanhuy-2024-03-08.txt");
  private static Dataset shipped;
  private static byte[] article;

  @BeforeAll
  static void read() throws DataException, IOException {
    shipped = new DatasetLoader().load(Path.of("config", "data")).dataset();
    article = Files.readAllBytes(ARTICLE);
  }

  private static RecordDraft draft(Dataset ds) throws DataException {
    return RecordImporter.draft("article.txt", article, RecordImporter.Options.NONE, ds, new HashSet<>());
  }

  @Test
  void addingTheArticleToDataWithoutFiguresReproducesTheShippedZoneStatsAndAreaFiguresExactly()
      throws DataException {
    Dataset empty = new Dataset(shipped.sources(), shipped.zones(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
    RecordDraft d = draft(empty);
    List<ZoneStat> zones = d.rows().stream().flatMap(r -> r.zone().stream()).toList();
    assertThat(zones).extracting(ZoneStat::zoneId, ZoneStat::asOf, ZoneStat::enterprises, ZoneStat::workers)
        .containsExactlyElementsOf(shipped.zoneStats().stream()
            .map(s -> org.assertj.core.groups.Tuple.tuple(s.zoneId(), s.asOf(), s.enterprises(), s.workers()))
            .toList());
    assertThat(zones).extracting(ZoneStat::source).containsOnly(d.card().id());
    AreaStat want = shipped.areaStats().get(0);
    List<AreaStat> areas = d.rows().stream().flatMap(r -> r.area().stream()).toList();
    assertThat(areas).singleElement().satisfies(a -> {
      assertThat(a.asOf()).isEqualTo(want.asOf());
      assertThat(a.zones()).containsExactlyElementsOf(want.zones());
      assertThat(a.enterprises()).isEqualTo(want.enterprises());
      assertThat(a.workers()).isEqualTo(want.workers());
      assertThat(a.enterpriseSharePct()).isEqualByComparingTo(want.enterpriseSharePct());
      assertThat(a.workerSharePct()).isEqualByComparingTo(want.workerSharePct());
    });
    assertThat(d.rows()).allMatch(r -> r.state() == FoundRow.State.NEW);
    assertThat(d.rows().get(0).clause()).endsWith("Khu Công nghiệp Cát Lái có 97 doanh nghiệp với 8.127 lao động");
    assertThat(d.rows().get(0).sentence()).startsWith("TP Thủ Đức có 2 khu công nghiệp");
  }

  @Test
  void againstTheShippedDataEveryFigureOfTheArticleIsTheSame() throws DataException {
    assertThat(draft(shipped).rows()).hasSize(6).allMatch(r -> r.state() == FoundRow.State.SAME);
  }

  @Test
  void theArticleIsTheMorningOf8March2024ByDinhQuanWithItsFourAttendees() throws DataException {
    RecordCard c = draft(shipped).card();
    assertThat(c.eventDate()).isEqualTo(LocalDate.of(2024, 3, 8));
    assertThat(c.eventDateNote()).contains("Sáng 8/3", "2024");
    assertThat(c.partOfDay()).isEqualTo("morning");
    assertThat(c.published()).isEqualTo(LocalDate.of(2025, 12, 14));
    assertThat(c.author()).isEqualTo("Đình Quân");
    assertThat(c.site()).isEqualTo("Thanhuytphcm.vn");
    assertThat(c.title()).startsWith("Tăng cường phối hợp");
    assertThat(c.people()).extracting(Attendee::name)
        .containsExactly("Nguyễn Phước Hưng", "Cao Văn Minh", "Võ Cao Sơn", "Nguyễn Nghĩa Hiệp");
    assertThat(c.people().get(1).title()).isEqualTo("Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Thủ Đức");
    assertThat(c.zones()).containsExactly("cat-lai", "shtp", "linh-trung-1", "linh-trung-2", "binh-chieu");
  }

  @Test
  void theShippedCardSaysWhatTheTextSays() throws DataException, IOException {
    RecordCard shippedCard = RecordFiles.card("records/thanhuy-2024-03-08.yaml",
        Files.readAllBytes(Path.of("config", "data", "records", "thanhuy-2024-03-08.yaml")));
    RecordCard read = draft(shipped).card();
    assertThat(shippedCard.eventDate()).isEqualTo(read.eventDate());
    assertThat(shippedCard.people()).isEqualTo(read.people());
    assertThat(shippedCard.zones()).isEqualTo(read.zones());
    assertThat(shippedCard.title()).isEqualTo(read.title());
  }

  @Test
  void passagesKeepTheirParagraphAndOffsetsAndEndBeforeTheCommentsTail() throws DataException {
    RecordText text = TextExtractor.extract("a.txt", article);
    List<RecordPassage> ps = PassageCutter.cut("a", text);
    assertThat(ps).allSatisfy(p -> assertThat(text.full().substring(p.start(), p.end())).isEqualTo(p.text()));
    assertThat(ps).extracting(RecordPassage::text).noneMatch(t -> t.contains("Ý kiến bạn đọc") || t.contains("Tin khác"));
    assertThat(ps).filteredOn(p -> p.text().contains("8.127")).first().extracting(RecordPassage::paragraph)
        .isEqualTo(3);
    assertThat(ps).extracting(RecordPassage::text).doesNotHaveDuplicates();
  }

  @Test
  void theAdminsDateWinsOverTheText() throws DataException {
    RecordDraft d = RecordImporter.draft("a.txt", article, new RecordImporter.Options(
        Optional.of(LocalDate.of(2024, 3, 9)), Optional.empty(), Optional.empty()), shipped, new HashSet<>());
    assertThat(d.card().eventDate()).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(d.card().eventDateNote()).contains("--date");
  }
}
