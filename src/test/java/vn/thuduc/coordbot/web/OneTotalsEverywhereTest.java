package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.CoordAnswerEngine;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.data.Timeline;
import vn.thuduc.coordbot.export.StatsCsv;
import vn.thuduc.coordbot.figures.Totals;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;

/**
 * One table of datasets, each checked through every consumer of the zones' totals: the totals model,
 * the engine's answers ("tổng …", "chiếm bao nhiêu %", the zone card, {@code /stats}), the {@code
 * /api/stats} JSON and the CSV rows. They take their numbers from {@link Totals}, so they agree: the
 * same date, the same sums, the same shares and workers per enterprise (KCN Alpha's, to two decimals).
 */
class OneTotalsEverywhereTest {
  private static final Path FIXTURE = Path.of("src/test/resources/timeseries-full");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String Y2024 = "alpha,2024-01-01,10,1000,fixture\nbeta,2024-01-01,20,3000,fixture\n"
      + "gamma,2024-01-01,40,2000,fixture\n";
  private static final String Y2025 = "alpha,2025-01-01,12,1100,fixture\nbeta,2025-01-01,22,3300,fixture\n"
      + "gamma,2025-01-01,40,1800,fixture\n";
  private static final String DELTA = "\n- id: delta\n  kind: ip\n  name_vi: Khu công nghiệp Delta\n"
      + "  name_en: Delta Industrial Park\n  short_vi: KCN Delta\n  short_en: Delta IP\n  aliases: [Delta, KCN Delta]\n"
      + "  source: fixture\n";

  @TempDir
  Path dir;

  /**
   * A dataset and what every consumer must say of it "now".
   *
   * @param extraZones YAML appended to the fixture's zones
   * @param area the source states the area's figures at {@code date} (50% of its workers are the zones')
   * @param newer a zone has figures newer than {@code date} (they are named, not summed)
   * @param without the zones without a row at {@code date}
   */
  record Case(String name, String rows, String extraZones, LocalDate date, long enterprises, long workers,
      String alphaEnterpriseShare, String alphaWorkerShare, String alphaPerEnterprise, boolean area, boolean newer,
      List<String> without) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("one date", Y2024, "", LocalDate.of(2024, 1, 1), 70, 6000, "14.29", "16.67", "100.00", true,
            false, List.of()),
        new Case("two full dates", Y2024 + Y2025, "", LocalDate.of(2025, 1, 1), 74, 6200, "16.22", "17.74", "91.67",
            false, false, List.of()),
        new Case("a partial second date", Y2024 + "alpha,2025-01-01,12,1100,fixture\n", "", LocalDate.of(2024, 1, 1),
            70, 6000, "14.29", "16.67", "100.00", true, true, List.of()),
        new Case("a zone without figures", Y2024, DELTA, LocalDate.of(2024, 1, 1), 70, 6000, "14.29", "16.67", "100.00",
            true, false, List.of("delta")));
  }

  private Dataset dataset(Case c) throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    for (String f : List.of("sources.yaml", "area_stats.yaml")) {
      Files.copy(FIXTURE.resolve(f), data.resolve(f));
    }
    Files.writeString(data.resolve("zones.yaml"), Files.readString(FIXTURE.resolve("zones.yaml")) + c.extraZones());
    Files.writeString(data.resolve("zone_stats.csv"), "zone,as_of,enterprises,workers,source\n" + c.rows());
    return new DatasetLoader().load(data).dataset();
  }

  private static CoordAnswerEngine engine(Dataset ds) {
    PassageIndex index = PassageIndex.inMemory();
    index.rebuild(Passages.from(ds), 1);
    CoordAnswerEngine e = new CoordAnswerEngine(index, CLOCK, new Conversations(CLOCK, Duration.ofMinutes(15), 100));
    e.use(ds, 1, Instant.parse("2026-01-01T00:00:00Z"));
    return e;
  }

  /** 16.67 as the Vietnamese answers write it: 16,67%. */
  private static String vi(String pct) {
    return pct.replace('.', ',') + "%";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theModelGivesTheDateTheSumsAndTheShares(Case c) throws Exception {
    Totals t = Totals.now(new Timeline(dataset(c))).orElseThrow();
    assertThat(t.asOf()).isEqualTo(c.date());
    assertThat(t.enterprises()).isEqualTo(c.enterprises());
    assertThat(t.workers()).isEqualTo(c.workers());
    assertThat(t.lines().get(0).enterpriseShare()).hasToString(c.alphaEnterpriseShare());
    assertThat(t.lines().get(0).workerShare()).hasToString(c.alphaWorkerShare());
    assertThat(t.lines().get(0).perEnterprise()).hasToString(c.alphaPerEnterprise());
    assertThat(t.newer()).as("newer figures").hasSize(c.newer() ? 1 : 0);
    assertThat(t.area().isPresent()).as("the area's stated figures").isEqualTo(c.area());
    t.area().ifPresent(a -> assertThat(a.workerSharePct()).isEqualByComparingTo("50"));
    assertThat(t.withoutFigures()).extracting(z -> z.id()).containsExactlyElementsOf(c.without());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theAnswersSayTheModelsNumbers(Case c) throws Exception {
    CoordAnswerEngine e = engine(dataset(c));
    String date = vn.thuduc.coordbot.lang.Formats.date(c.date(), Lang.VI);
    String e1 = vn.thuduc.coordbot.lang.Formats.number(c.enterprises(), Lang.VI);
    String w1 = vn.thuduc.coordbot.lang.Formats.number(c.workers(), Lang.VI);
    Answer total = e.answer(Question.of("tổng số doanh nghiệp và lao động các khu"));
    assertThat(total.text()).contains(e1 + " doanh nghiệp").contains(w1 + " lao động").contains(date);
    Answer share = e.answer(Question.of("KCN Alpha chiếm bao nhiêu % lao động của các khu"));
    assertThat(share.text()).contains(vi(c.alphaWorkerShare())).contains(w1);
    Answer stats = e.topic(Topic.STATS, Lang.VI);
    assertThat(stats.text()).contains(date).contains("Tổng: " + e1 + " doanh nghiệp, " + w1 + " lao động.")
        .contains("(" + vi(c.alphaEnterpriseShare()) + ")").contains("(" + vi(c.alphaWorkerShare()) + ")");
    if (c.area() && !c.newer()) {
      assertThat(stats.text()).as("the area's share as stated").contains("50%");
    }
    if (!c.newer()) {
      assertThat(e.zoneCard("alpha", Lang.VI).text()).contains(vi(c.alphaEnterpriseShare()))
          .contains(vi(c.alphaWorkerShare())).contains("Bình quân: " + vn.thuduc.coordbot.lang.Formats.decimal(
              new java.math.BigDecimal(c.alphaPerEnterprise()), 2, Lang.VI) + " lao động");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void apiStatsSaysTheModelsNumbers(Case c) throws Exception {
    Dataset ds = dataset(c);
    ObjectMapper json = new ObjectMapper();
    JsonNode now = StatsApi.statsJson(json, ZoneTable.of(ds, Optional.empty(), 1, Instant.EPOCH).orElseThrow());
    assertThat(now.get("total").get("as_of").asText()).isEqualTo(c.date().toString());
    assertThat(now.get("total").get("enterprises").asLong()).isEqualTo(c.enterprises());
    assertThat(now.get("total").get("workers").asLong()).isEqualTo(c.workers());
    JsonNode at = StatsApi.statsJson(json, ZoneTable.of(ds, Optional.of(c.date()), 1, Instant.EPOCH).orElseThrow());
    assertThat(at.get("total").has("area")).isEqualTo(c.area());
    if (c.area()) {
      assertThat(at.get("total").get("area").get("worker_share_pct").asDouble()).isEqualTo(50.0);
    }
    assertThat(at.get("total").get("workers").asLong()).isEqualTo(c.workers());
    JsonNode alpha = at.get("zones").get(0);
    assertThat(alpha.get("id").asText()).isEqualTo("alpha");
    assertThat(alpha.get("enterprise_share_of_zones_pct").decimalValue()).hasToString(c.alphaEnterpriseShare());
    assertThat(alpha.get("worker_share_of_zones_pct").decimalValue()).hasToString(c.alphaWorkerShare());
    assertThat(alpha.get("workers_per_enterprise").decimalValue())
        .isEqualByComparingTo(new java.math.BigDecimal(c.alphaPerEnterprise()));
    List<String> without = new ArrayList<>();
    at.get("zones_without_figures").forEach(z -> without.add(z.asText()));
    assertThat(without).containsExactlyElementsOf(c.without());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCsvRowsSayTheModelsNumbers(Case c) throws Exception {
    byte[] b = new StatsCsv().render(dataset(c), Lang.EN);
    List<String> lines = List.of(new String(b, 3, b.length - 3, StandardCharsets.UTF_8).split("\r?\n"));
    assertThat(lines).anyMatch(l -> l.startsWith("alpha,Alpha Industrial Park," + c.date() + ",")
        && l.contains("," + c.alphaEnterpriseShare() + "," + c.alphaWorkerShare() + ","));
    assertThat(lines).anyMatch(l -> l.startsWith("total,Total," + c.date() + "," + c.enterprises() + ","
        + c.workers() + ",100.00,100.00," + (c.area() ? "10.00,50.00,example.test" : ",")));
  }
}
