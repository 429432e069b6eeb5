package vn.thuduc.coordbot.answer.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.CoordAnswerEngine;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;

/**
 * The evaluator over a tiny dataset of its own ({@code src/test/resources/fixture-data}: Alpha IP 10 / 1,000,
 * Beta IP 20 / 3,000, Gamma EPZ 40 / 2,000 at 2024-01-01, and an older Alpha row), so that the live figures may
 * change without breaking these exact values; and the whole path, parse to text, over the same data.
 */
class EvaluatorTest {
  private static final Dataset DS = load();
  private static final Evaluator EVAL = new Evaluator(DS);
  private static final List<Measure> W = List.of(Measure.WORKERS);
  private static final List<Measure> E = List.of(Measure.ENTERPRISES);

  private static Dataset load() {
    try {
      return new DatasetLoader().load(Path.of("src/test/resources/fixture-data")).dataset();
    } catch (DataException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static ZoneSet named(String... ids) {
    return new ZoneSet.Named(List.of(ids));
  }

  private static List<String> ids(List<Result.Row> rows) {
    return rows.stream().map(r -> r.zone().id()).toList();
  }

  @Test
  void figuresAreTheNewestDatesAndSumsAndMeansAreComputed() {
    assertThat(EVAL.asOf()).contains(LocalDate.of(2024, 1, 1));
    Result.Figures alpha = (Result.Figures) EVAL.evaluate(new StatQuery.Figures(named("alpha"), W, StatQuery.Agg.EACH));
    assertThat(alpha.rows()).singleElement().satisfies(r -> assertThat(r.workers()).isEqualTo(1000));
    Result.Figures sum = (Result.Figures) EVAL.evaluate(new StatQuery.Figures(new ZoneSet.All(), W, StatQuery.Agg.SUM));
    assertThat(sum.combined()).containsExactly(6000.0);
    assertThat(sum.statedTotals()).as("the area's stated total matches").isTrue();
    Result.Figures mean = (Result.Figures) EVAL.evaluate(new StatQuery.Figures(new ZoneSet.All(), E, StatQuery.Agg.MEAN));
    assertThat(mean.combined().get(0)).isCloseTo(70 / 3.0, within(1e-9));
    Result.Figures ratio = (Result.Figures) EVAL.evaluate(new StatQuery.Figures(named("beta", "gamma"),
        List.of(Measure.WORKERS_PER_ENTERPRISE), StatQuery.Agg.SUM));
    assertThat(ratio.combined().get(0)).as("5,000 workers / 60 enterprises").isCloseTo(5000 / 60.0, within(1e-9));
  }

  @Test
  void setsComposeMinusKindUnionAndFilters() {
    ZoneSet minus = new ZoneSet.Minus(new ZoneSet.All(), named("beta"));
    assertThat(ids(((Result.Figures) EVAL.evaluate(new StatQuery.Figures(minus, W, StatQuery.Agg.SUM))).rows()))
        .containsExactly("alpha", "gamma");
    ZoneSet ips = new ZoneSet.OfKind(Set.of(ZoneKind.IP));
    assertThat(((Result.Figures) EVAL.evaluate(new StatQuery.Figures(ips, E, StatQuery.Agg.SUM))).combined())
        .containsExactly(30.0);
    ZoneSet union = new ZoneSet.Union(List.of(new ZoneSet.OfKind(Set.of(ZoneKind.EPZ)), named("alpha")));
    assertThat(ids(((Result.Figures) EVAL.evaluate(new StatQuery.Figures(union, W, StatQuery.Agg.SUM))).rows()))
        .containsExactlyInAnyOrder("alpha", "gamma");
    ZoneSet big = new ZoneSet.Filtered(new ZoneSet.All(), Measure.WORKERS, true, false, 1500);
    assertThat(ids(((Result.Listing) EVAL.evaluate(new StatQuery.ListZones(big))).rows()))
        .containsExactlyInAnyOrder("beta", "gamma");
    // "at least 1,000" keeps alpha with exactly 1,000 workers, "more than 1,000" does not
    ZoneSet strict = new ZoneSet.Filtered(new ZoneSet.All(), Measure.WORKERS, true, false, 1000);
    ZoneSet atLeast = new ZoneSet.Filtered(new ZoneSet.All(), Measure.WORKERS, true, true, 1000);
    assertThat(ids(((Result.Listing) EVAL.evaluate(new StatQuery.ListZones(strict))).rows())).doesNotContain("alpha");
    assertThat(ids(((Result.Listing) EVAL.evaluate(new StatQuery.ListZones(atLeast))).rows())).contains("alpha");
  }

  @Test
  void rankingsHonourOrderLimitOffsetAndRankOf() {
    Result.Ranking top = (Result.Ranking) EVAL.evaluate(new StatQuery.Ranked(new ZoneSet.All(), Measure.WORKERS,
        true, 0, 2));
    assertThat(ids(top.rows())).containsExactly("beta", "gamma");
    Result.Ranking second = (Result.Ranking) EVAL.evaluate(new StatQuery.Ranked(new ZoneSet.All(),
        Measure.ENTERPRISES, true, 1, 1));
    assertThat(ids(second.rows())).containsExactly("beta");
    Result.Ranking least = (Result.Ranking) EVAL.evaluate(new StatQuery.Ranked(new ZoneSet.All(),
        Measure.WORKERS_PER_ENTERPRISE, false, 0, 1));
    assertThat(ids(least.rows())).as("gamma 50 per enterprise").containsExactly("gamma");
    Result.Places places = (Result.Places) EVAL.evaluate(new StatQuery.RankOf(List.of("alpha"), new ZoneSet.All(), W));
    assertThat(places.places()).singleElement().satisfies(p -> assertThat(p.rank()).isEqualTo(3));
    assertThat(places.ofTotal()).isEqualTo(3);
  }

  @Test
  void comparisonsAndSharesAreExact() {
    Result.Comparison c = (Result.Comparison) EVAL.evaluate(new StatQuery.Compare(named("beta"), named("alpha"), W,
        StatQuery.Op.RATIO));
    assertThat(c.rowsA().get(0).workers() / (double) c.rowsB().get(0).workers()).isEqualTo(3.0);
    Result.Shares ofAll = (Result.Shares) EVAL.evaluate(new StatQuery.Share(named("gamma"),
        Optional.of(new ZoneSet.All()), E));
    assertThat(ofAll.values()).singleElement().satisfies(v -> {
      assertThat(v.percent()).as("40 of 70, to two decimals as every channel shows it").isEqualTo(57.14);
      assertThat(v.derived()).isFalse();
    });
    Result.Shares stated = (Result.Shares) EVAL.evaluate(new StatQuery.Share(new ZoneSet.All(), Optional.empty(), W));
    assertThat(stated.values()).singleElement().satisfies(v -> {
      assertThat(v.percent()).as("as the area states it").isEqualTo(50.0);
      assertThat(v.derived()).isFalse();
    });
    Result.Shares derived = (Result.Shares) EVAL.evaluate(new StatQuery.Share(named("beta"), Optional.empty(), W));
    assertThat(derived.values()).singleElement().satisfies(v -> {
      assertThat(v.percent()).as("3,000 of the city's derived 12,000").isCloseTo(25.0, within(1e-9));
      assertThat(v.derived()).isTrue();
    });
    Result.Count count = (Result.Count) EVAL.evaluate(new StatQuery.CountZones(new ZoneSet.OfKind(Set.of(ZoneKind.IP))));
    assertThat(count.zones()).hasSize(2);
  }

  @Test
  void theWholePathOverTheFixtureNamesWhatItAnswered() {
    PassageIndex index = PassageIndex.inMemory();
    index.rebuild(Passages.from(DS), 1);
    CoordAnswerEngine engine = new CoordAnswerEngine(index);
    engine.use(DS, 1, Instant.parse("2026-01-01T00:00:00Z"));
    Answer a = engine.answer(Question.of("KCN Alpha có bao nhiêu lao động?"));
    assertThat(a.query()).contains("value(workers, [alpha])");
    assertThat(a.text()).contains("KCN Alpha có 1.000 lao động").doesNotContain("500");
    Answer top = engine.answer(Question.of("khu nhiều doanh nghiệp thứ nhì"));
    assertThat(top.query()).contains("rank(enterprises, all, desc, offset 1, limit 1)");
    assertThat(top.text()).contains("KCN Beta").contains("20");
    Answer rest = engine.answer(Question.of("tổng lao động không tính KCX Gamma"));
    assertThat(rest.query()).contains("sum(workers, all - [gamma])");
    assertThat(rest.text()).contains("4.000");
    Answer en = engine.answer(Question.of("How many times more workers does Beta have than Alpha?"));
    assertThat(en.query()).contains("compare(workers, [beta], [alpha], ratio)");
    assertThat(en.text()).contains("3");
  }
}
