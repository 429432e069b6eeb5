package vn.thuduc.coordbot.answer.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * The evaluator over two dates, on datasets of its own: {@code src/test/resources/timeseries-full} (Alpha
 * 10/1,000, Beta 20/3,000, Gamma 40/2,000 on 2024-01-01, an older Alpha row on 2023-01-01, and a complete
 * second snapshot on 2025-01-01: Alpha 12/1,100, Beta 22/3,300, Gamma 40/1,800; the area's shares stated on
 * 2024-01-01 only) and {@code timeseries-partial} (the same, but on 2025-01-01 only Alpha).
 */
class TimeSeriesEvaluatorTest {
  static final Dataset FULL = load("timeseries-full");
  static final Dataset PARTIAL = load("timeseries-partial");
  private static final Evaluator FULL_EVAL = new Evaluator(FULL);
  private static final Evaluator PARTIAL_EVAL = new Evaluator(PARTIAL);
  private static final List<Measure> W = List.of(Measure.WORKERS);
  private static final LocalDate D2023 = LocalDate.of(2023, 1, 1);
  private static final LocalDate D2024 = LocalDate.of(2024, 1, 1);
  private static final LocalDate D2025 = LocalDate.of(2025, 1, 1);
  private static final StatQuery TOTAL = new StatQuery.Figures(new ZoneSet.All(), W, StatQuery.Agg.SUM);

  static Dataset load(String dir) {
    try {
      return new DatasetLoader().load(Path.of("src/test/resources", dir)).dataset();
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

  private static StatQuery at(StatQuery q, When w) {
    return new StatQuery.At(q, w);
  }

  private static When year(int y) {
    return new When.Year(y, When.Part.WHOLE);
  }

  @Test
  void aCompleteSecondSnapshotMakesNowTheNewDateForTotalsRankingsAndComparisons() {
    Result.Figures sum = (Result.Figures) FULL_EVAL.evaluate(TOTAL);
    assertThat(sum.asOf()).isEqualTo(D2025);
    assertThat(sum.combined()).containsExactly(6200.0);
    Result.Ranking top = (Result.Ranking) FULL_EVAL.evaluate(new StatQuery.Ranked(new ZoneSet.All(), Measure.WORKERS,
        true, 0, 0));
    assertThat(ids(top.rows())).containsExactly("beta", "gamma", "alpha");
    Result.Comparison c = (Result.Comparison) FULL_EVAL.evaluate(new StatQuery.Compare(named("beta"), named("alpha"), W,
        StatQuery.Op.RATIO));
    assertThat(c.rowsA().get(0).workers()).isEqualTo(3300);
    assertThat(c.rowsB().get(0).workers()).isEqualTo(1100);
    assertThat(c.asOf()).isEqualTo(D2025);
  }

  @Test
  void theEarlierDateStaysAnswerableByYearDayAndMonth() {
    for (When w : List.of(year(2024), new When.Day(D2024), new When.Month(YearMonth.of(2024, 1)))) {
      Result.Figures sum = (Result.Figures) FULL_EVAL.evaluate(at(TOTAL, w));
      assertThat(sum.asOf()).as(w.render()).isEqualTo(D2024);
      assertThat(sum.combined()).as(w.render()).containsExactly(6000.0);
      assertThat(sum.statedTotals()).as("the area states the 2024 total").isTrue();
    }
    Result.Figures early = (Result.Figures) FULL_EVAL.evaluate(at(new StatQuery.Figures(named("alpha"), W,
        StatQuery.Agg.EACH), new When.Year(2025, When.Part.EARLY)));
    assertThat(early.rows()).singleElement().satisfies(r -> assertThat(r.workers()).isEqualTo(1100));
  }

  @Test
  void aDateTheDataLacksIsNotFoundNamingTheDatesItHas() {
    Result r = FULL_EVAL.evaluate(at(TOTAL, year(2026)));
    assertThat(r).isInstanceOfSatisfying(Result.NoFigures.class, nf -> {
      assertThat(nf.dates()).containsExactly(D2023, D2024, D2025);
      assertThat(nf.area()).isFalse();
    });
    assertThat(FULL_EVAL.evaluate(at(TOTAL, new When.Day(LocalDate.of(2024, 3, 8)))))
        .isInstanceOf(Result.NoFigures.class);
    assertThat(FULL_EVAL.evaluate(at(TOTAL, new When.Year(2024, When.Part.LATE))))
        .as("January is not the end of the year").isInstanceOf(Result.NoFigures.class);
  }

  @Test
  void aPartialSnapshotLeavesTotalsAtTheLastSharedDateAndNamesTheNewerFigures() {
    Result r = PARTIAL_EVAL.evaluate(TOTAL);
    assertThat(r).isInstanceOfSatisfying(Result.Noted.class, n -> {
      assertThat(n.asOf()).isEqualTo(D2024);
      assertThat(((Result.Figures) n.result()).combined()).containsExactly(6000.0);
      assertThat(n.newer()).extracting(ZoneStat::zoneId, ZoneStat::asOf, ZoneStat::workers)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("alpha", D2025, 1100L));
    });
    Result shares = PARTIAL_EVAL.evaluate(new StatQuery.Share(named("alpha"), Optional.of(new ZoneSet.All()), W));
    Result.Shares s = (Result.Shares) ((Result.Noted) shares).result();
    assertThat(s.values().get(0).percent()).as("1,000 of 6,000, never 1,100 of 1,100").isEqualTo(16.67);
    Result.Comparison c = (Result.Comparison) ((Result.Noted) PARTIAL_EVAL.evaluate(new StatQuery.Compare(named("alpha"),
        named("beta"), W, StatQuery.Op.RATIO))).result();
    assertThat(c.rowsA().get(0).workers()).isEqualTo(1000);
    assertThat(c.rowsB().get(0).workers()).isEqualTo(3000);
  }

  @Test
  void oneZoneNowIsItsOwnLatestRowWithItsDate() {
    Result.Figures alpha = (Result.Figures) PARTIAL_EVAL.evaluate(new StatQuery.Figures(named("alpha"), W,
        StatQuery.Agg.EACH));
    assertThat(alpha.asOf()).isEqualTo(D2025);
    assertThat(alpha.rows().get(0).workers()).isEqualTo(1100);
    Result.Figures beta = (Result.Figures) PARTIAL_EVAL.evaluate(new StatQuery.Figures(named("beta"), W,
        StatQuery.Agg.EACH));
    assertThat(beta.asOf()).isEqualTo(D2024);
    Result.Card card = (Result.Card) PARTIAL_EVAL.evaluate(new StatQuery.Card("alpha"));
    assertThat(card.row().workers()).isEqualTo(1100);
    assertThat(card.zones()).as("no share of a total the other zones lack at that date").isEqualTo(1);
    Result.Card full = (Result.Card) FULL_EVAL.evaluate(new StatQuery.Card("alpha"));
    assertThat(full.zones()).isEqualTo(3);
    assertThat(full.workerShare()).as("1,100 of 6,200").hasValue(new java.math.BigDecimal("17.74"));
  }

  @Test
  void aPartialDateAnswersForTheZonesItHasAndNamesTheOthers() {
    Result r = PARTIAL_EVAL.evaluate(at(TOTAL, year(2025)));
    assertThat(r).isInstanceOfSatisfying(Result.Noted.class, n -> {
      assertThat(ids(((Result.Figures) n.result()).rows())).containsExactly("alpha");
      assertThat(n.absent()).extracting(z -> z.id()).containsExactly("beta", "gamma");
    });
  }

  @Test
  void theAreaShareIsStatedOnlyAtTheDateTheSourceGivesIt() {
    StatQuery share = new StatQuery.Share(new ZoneSet.All(), Optional.empty(), W);
    Result now = FULL_EVAL.evaluate(share);
    assertThat(now).isInstanceOfSatisfying(Result.Noted.class, n -> {
      assertThat(n.asOf()).isEqualTo(D2024);
      assertThat(((Result.Shares) n.result()).values().get(0).percent()).isEqualTo(50.0);
      assertThat(n.newer()).hasSize(3);
    });
    assertThat(FULL_EVAL.evaluate(at(share, year(2025)))).isInstanceOfSatisfying(Result.NoFigures.class, nf -> {
      assertThat(nf.area()).isTrue();
      assertThat(nf.dates()).containsExactly(D2024);
    });
  }

  @Test
  void aChangeComparesTwoDatesInNumbersForEachZone() {
    Result.Change c = (Result.Change) FULL_EVAL.evaluate(new StatQuery.Change(TOTAL, Optional.of(year(2024)),
        Optional.empty()));
    assertThat(c.from()).isEqualTo(D2024);
    assertThat(c.to()).isEqualTo(D2025);
    assertThat(Evaluator.sum(c.rowsFrom(), Measure.WORKERS)).isEqualTo(6000);
    assertThat(Evaluator.sum(c.rowsTo(), Measure.WORKERS)).isEqualTo(6200);
    Result.Change previous = (Result.Change) FULL_EVAL.evaluate(new StatQuery.Change(TOTAL, Optional.empty(),
        Optional.empty()));
    assertThat(previous.from()).as("the date before the latest").isEqualTo(D2024);
    Result.Change partial = (Result.Change) PARTIAL_EVAL.evaluate(new StatQuery.Change(TOTAL, Optional.of(year(2023)),
        Optional.empty()));
    assertThat(ids(partial.rowsTo())).containsExactly("alpha");
    assertThat(partial.absent()).extracting(z -> z.id()).containsExactly("beta", "gamma");
    assertThat(Evaluator.sum(partial.rowsFrom(), Measure.WORKERS)).isEqualTo(500);
  }

  @Test
  void aChangeWithOneDateOnlyIsNotInvented() {
    Result r = FULL_EVAL.evaluate(new StatQuery.Change(new StatQuery.Figures(named("beta"), W, StatQuery.Agg.EACH),
        Optional.of(year(2023)), Optional.empty()));
    assertThat(r).as("beta has no 2023 row").isInstanceOf(Result.NoFigures.class);
    Result one = new Evaluator(EvaluatorTestData.oneDate()).evaluate(new StatQuery.Change(TOTAL, Optional.empty(),
        Optional.empty()));
    assertThat(one).isInstanceOf(Result.NoChange.class);
  }

  @Test
  void zonesThatShareNoDateAreEachGivenTheirOwnDate() {
    Result r = new Evaluator(EvaluatorTestData.noSharedDate()).evaluate(TOTAL);
    assertThat(r).isInstanceOfSatisfying(Result.Noted.class, n -> assertThat(n.mixed())
        .extracting(ZoneStat::zoneId, ZoneStat::asOf)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("alpha", D2023),
            org.assertj.core.groups.Tuple.tuple("beta", D2024)));
  }

  /** Small variations of the fixture made in code. */
  static final class EvaluatorTestData {
    private EvaluatorTestData() {}

    static Dataset oneDate() {
      return with(FULL, FULL.zoneStats().stream().filter(s -> s.asOf().equals(D2024)).toList());
    }

    static Dataset noSharedDate() {
      return with(FULL, List.of(new ZoneStat("alpha", D2023, 5, 500, "fixture"),
          new ZoneStat("beta", D2024, 20, 3000, "fixture")));
    }

    private static Dataset with(Dataset d, List<ZoneStat> stats) {
      return new Dataset(d.sources(), d.zones(), stats, d.areaStats(), d.industries(), d.meetings(), d.agreements(),
          d.people(), d.points(), d.awards());
    }
  }
}
