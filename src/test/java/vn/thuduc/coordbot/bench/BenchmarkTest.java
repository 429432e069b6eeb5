package vn.thuduc.coordbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.search.Passage;
import vn.thuduc.coordbot.text.Fold;

class BenchmarkTest {
  private static final Path DATA = Path.of("config/data");

  private static Dataset dataset() throws Exception {
    return new DatasetLoader().load(DATA).dataset();
  }

  private static List<Passage> first(SyntheticCorpus c, int n) {
    List<Passage> out = new ArrayList<>();
    c.passages(n).forEach(out::add);
    return out;
  }

  @Test
  void generatesTheSamePassagesForTheSameSeed() throws Exception {
    Dataset ds = dataset();
    assertThat(first(new SyntheticCorpus(ds, 7), 50)).isEqualTo(first(new SyntheticCorpus(ds, 7), 50));
    assertThat(new SyntheticCorpus(ds, 7).passage(41)).isEqualTo(first(new SyntheticCorpus(ds, 7), 42).get(41));
    assertThat(new SyntheticCorpus(ds, 7).openQuestions(20)).isEqualTo(new SyntheticCorpus(ds, 7).openQuestions(20));
  }

  @Test
  void generatesOtherPassagesForAnotherSeed() throws Exception {
    Dataset ds = dataset();
    assertThat(first(new SyntheticCorpus(ds, 7), 20)).isNotEqualTo(first(new SyntheticCorpus(ds, 8), 20));
  }

  @Test
  void writesVietnameseMeetingRecordsNamingTheDatasetsZones() throws Exception {
    Dataset ds = dataset();
    List<Passage> ps = first(new SyntheticCorpus(ds, 1), 100);
    assertThat(ps).allSatisfy(p -> {
      assertThat(p.id()).startsWith(SyntheticCorpus.ID_PREFIX);
      assertThat(p.textVi()).startsWith("Ngày ").contains(" tổ chức ", "doanh nghiệp", "công nhân lao động");
      assertThat(ds.zones()).anySatisfy(z -> assertThat(p.textVi()).containsAnyOf(z.nameVi(), z.shortVi()));
    });
    assertThat(ps.stream().map(Passage::id).distinct()).hasSize(100);
  }

  @Test
  void mixesEveryQuestionKindInTurn() throws Exception {
    Dataset ds = dataset();
    List<QueryMix.Probe> probes = QueryMix.of(ds, new SyntheticCorpus(ds, 1), 70);
    assertThat(probes).hasSize(70);
    assertThat(probes.stream().map(QueryMix.Probe::kind).distinct()).containsExactlyElementsOf(QueryMix.KINDS);
  }

  @Test
  void retypesEveryQuestionIntoATextNotSeenBeforeThatReadsTheSame() throws Exception {
    Dataset ds = dataset();
    List<QueryMix.Probe> probes = QueryMix.of(ds, new SyntheticCorpus(ds, 1), 700);
    List<QueryMix.Probe> retyped = QueryMix.retyped(probes, 5);

    assertThat(retyped).hasSameSizeAs(probes);
    assertThat(retyped.stream().map(QueryMix.Probe::text).distinct()).hasSize(700)
        .doesNotContainAnyElementsOf(probes.stream().map(QueryMix.Probe::text).toList());
    for (int i = 0; i < probes.size(); i++) {
      assertThat(retyped.get(i).kind()).isEqualTo(probes.get(i).kind());
      assertThat(Fold.fold(retyped.get(i).text())).isEqualTo(Fold.fold(probes.get(i).text()));
    }
    assertThat(QueryMix.retyped(probes, 5)).isEqualTo(retyped);
  }

  @Test
  void warmsUpWithOpenQuestionsTheMixNeverAsks() throws Exception {
    Dataset ds = dataset();
    SyntheticCorpus corpus = new SyntheticCorpus(ds, 1);
    List<String> mix = QueryMix.of(ds, corpus, 700).stream().map(QueryMix.Probe::text).toList();

    List<String> others = QueryMix.otherOpenQuestions(corpus, 700, 2_800);

    assertThat(others).isNotEmpty().doesNotHaveDuplicates().doesNotContainAnyElementsOf(mix)
        .hasSizeLessThanOrEqualTo(2_800);
    assertThat(QueryMix.otherOpenQuestions(corpus, 700, 2_800)).isEqualTo(others);
  }

  @Test
  void foldsDWithStrokeForFts5AsTheAnalyserDoes() {
    Passage p = new Passage("x", "k", "Đảng ủy KCX đình công", "");
    assertThat(Fts5Index.body(p)).doesNotContain("đ", "Đ").contains("dang", "dinh cong");
    assertThat(Fts5Index.match(List.of("lao", "lao dong"))).isEqualTo("\"lao\" OR \"lao dong\"");
  }

  @Test
  void reportsEveryFigureOfATinyRunAsJson() throws Exception {
    StringWriter progress = new StringWriter();
    Benchmark.Options options = new Benchmark.Options(200, 14, 3, 10, 42, DATA);
    BenchReport report = new Benchmark(options, new PrintWriter(progress, true)).run();

    JsonNode json = new ObjectMapper().readTree(report.toJson());
    for (String key : BenchReport.KEYS) {
      assertThat(json.has(key)).as(key).isTrue();
    }
    for (String key : List.of("answer_ms", "answer_new_text_ms", "lucene_ms", "fts5_ms", "telegram_ms")) {
      assertThat(json.get(key).has("p50") && json.get(key).has("p99") && json.get(key).has("max")).as(key).isTrue();
    }
    assertThat(json.get("docs").asInt()).isEqualTo(200);
    assertThat(json.get("indexed_docs").asInt()).isGreaterThan(200);
    assertThat(json.get("telegram_lost").asInt()).isZero();
    assertThat(json.get("telegram_duplicated").asInt()).isZero();
    assertThat(json.at("/conversations/conversations").asInt()).as("every filled frame kept").isEqualTo(1_000);
    assertThat(json.at("/conversations/heap_mb").asDouble()).isPositive();
    assertThat(json.get("answer_new_text_ms_by_kind").has("open_search")).isTrue();
    assertThat(json.at("/conversations/followup_ms").has("p50")).isTrue();
    assertThat(report.table()).contains("answer_ms", "every text new", "lucene_ms", "fts5_ms", "telegram", "follow-up question");
    assertThat(progress.toString()).contains("[1/6]", "[6/6]");
  }
}
