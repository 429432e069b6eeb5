package vn.thuduc.coordbot.answer.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.answer.query.Result.Row;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;

class RankMathTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 8);

  private static Row row(String id, ZoneKind kind, long enterprises, long workers) {
    return new Row(new Zone(id, kind, id, id, id, id, List.of(), "s"), enterprises, workers);
  }

  private static final List<Row> FOUR = List.of(row("a", ZoneKind.IP, 10, 100), row("b", ZoneKind.EPZ, 20, 400),
      row("c", ZoneKind.EPZ, 30, 300), row("d", ZoneKind.IP, 40, 200));

  @Test
  void theMedianOfAnEvenNumberOfZonesIsTheMeanOfTheTwoInTheMiddle() {
    Result.Median m = (Result.Median) RankMath.median(new StatQuery.Median(new ZoneSet.All(), Measure.WORKERS), FOUR,
        DAY);
    assertThat(m.value()).isEqualTo(250.0);
    assertThat(m.middle()).extracting(r -> r.zone().id()).containsExactly("c", "d");
  }

  @Test
  void aValueNoZoneHasGivesTheNearestZoneAndNoExactHit() {
    Result.Lookup l = (Result.Lookup) RankMath.compute(new StatQuery.ByValue(Optional.of(Measure.WORKERS), 290,
        false), FOUR, DAY);
    assertThat(l.exact()).isEmpty();
    assertThat(l.nearest()).extracting(h -> h.rows().get(0).zone().id()).containsExactly("c");
  }

  @Test
  void aValueThatIsTheTotalOfAKindIsFoundAsThatTotal() {
    Result.Lookup l = (Result.Lookup) RankMath.compute(new StatQuery.ByValue(Optional.empty(), 700, false), FOUR,
        DAY);
    assertThat(l.exact()).singleElement().satisfies(h -> {
      assertThat(h.set()).isEqualTo(new ZoneSet.OfKind(java.util.Set.of(ZoneKind.EPZ)));
      assertThat(h.measure()).isEqualTo(Measure.WORKERS);
    });
  }

  @Test
  void aZoneOutsideTheTopIsNotInItAndKeepsItsPlace() {
    Result.Membership m = (Result.Membership) RankMath.compute(new StatQuery.IsIn("a",
        new ZoneSet.Top(new ZoneSet.All(), Measure.ENTERPRISES, true, 0, 3)), FOUR, DAY);
    assertThat(m.in()).isFalse();
    assertThat(m.rank()).isEqualTo(4);
  }

  @Test
  void theZoneAfterTheLastGivesTheLastZonesOwnPlace() {
    Result r = RankMath.compute(new StatQuery.Next("a", Measure.WORKERS, true), FOUR, DAY);
    assertThat(r).isInstanceOf(Result.Places.class);
    assertThat(((Result.Places) r).places()).singleElement().extracting(Result.Place::rank).isEqualTo(4);
  }

  @Test
  void theZonesAboveTheMeanAreThoseWithMoreThanTheMeanPerZone() {
    assertThat(RankMath.vsMean(new ZoneSet.VsMean(new ZoneSet.All(), Measure.WORKERS, true), FOUR))
        .extracting(Zone::id).containsExactly("b", "c");
  }

  @Test
  void theZoneNearestTheMeanPerZoneIsTheOneWithTheSmallestDistanceToIt() {
    // mean of workers 250: b (400) is 150 away, c (300) and d (200) 50 away, tied
    assertThat(RankMath.nearMean(new ZoneSet.NearMean(new ZoneSet.All(), Measure.WORKERS), FOUR))
        .extracting(Zone::id).containsExactly("c", "d");
    // mean of enterprises 25: b (20) and c (30) tied at 5
    assertThat(RankMath.meanOf(FOUR, Measure.ENTERPRISES)).isEqualTo(25.0);
  }

  @Test
  void theClosestPairIsTheTwoZonesWhoseFiguresDifferLeastLargerFirst() {
    List<Row> rows = List.of(row("a", ZoneKind.IP, 10, 100), row("b", ZoneKind.EPZ, 31, 400),
        row("c", ZoneKind.EPZ, 30, 300), row("d", ZoneKind.IP, 97, 200));
    assertThat(RankMath.closestPair(new ZoneSet.ClosestPair(new ZoneSet.All(), Measure.ENTERPRISES, true), rows))
        .extracting(Zone::id).containsExactly("b");
    assertThat(RankMath.closestPair(new ZoneSet.ClosestPair(new ZoneSet.All(), Measure.ENTERPRISES, false), rows))
        .extracting(Zone::id).containsExactly("c");
  }
}
