package vn.thuduc.coordbot.answer.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.StatQuery.Agg;
import vn.thuduc.coordbot.answer.query.StatQuery.Op;
import vn.thuduc.coordbot.answer.query.Tag.Kind;
import vn.thuduc.coordbot.data.ZoneKind;

/**
 * The rules of {@link FollowUpRules} for fragments that go on with the ranking a conversation is on: after a
 * superlative ("which zone has the most enterprises?", "which EPZ has more workers?"), "how many more?" is its
 * winner against its runner-up, "how many?" the winner's figure, "and more workers?" the same ranking in another
 * measure; after that winner's share or figure, "and the smallest one?" is the other end of that ranking; after a
 * zone's figure or place, "the zone just above it?" is the zone ranked one above it. Each rule returns null when the
 * question is not its own. Loops, not lambdas: this is the statistics path of a cold {@code ask}.
 */
final class RankingFollowUps {
  private RankingFollowUps() {}

  /** Words that tie a gap to two ends already named ("between them", "nhau"): the rule of the ends reads those. */
  private static final Set<String> BETWEEN = Set.of("between", "giua", "nhau", "both", "chung", "them", "hai", "2");
  /** Words of a place above or below another in a ranking ("just above it", "khu ngay dưới nó"). */
  private static final Set<String> UP = Set.of("above", "tren", "higher", "ahead");
  private static final Set<String> DOWN = Set.of("below", "duoi", "lower", "behind", "beneath");

  /** Words that put a place right next to another ("just above", "ngay trên"). */
  private static final Set<String> JUST = Set.of("just", "right", "ngay", "immediately", "directly", "next", "lien");

  /** Words of a place in a ranking ("rank?", "xếp hạng?"), never of turning it round ("ngược lại", "reverse it"). */
  private static final Set<String> PLACE = Set.of("rank", "ranking", "ranked", "hang", "position", "place");

  /** The query of {@code t} when one of these rules reads it, else null. */
  static Parse read(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    Parse p = runnerUp(t, ms, prev, c);
    if (p == null) {
      p = winnerFigure(t, ms, prev, c);
    }
    if (p == null) {
      p = otherMeasure(t, ms, prev);
    }
    if (p == null) {
      p = otherEnd(t, ms, prev, c);
    }
    if (p == null) {
      p = placeOfIt(t, ms, prev, c);
    }
    if (p == null) {
      p = ratioOfSides(t, ms, prev);
    }
    if (p == null) {
      p = nextTo(t, ms, prev, c);
    }
    return p;
  }

  /** Words of an end of every zone ("the largest", "lớn nhất"), not of the larger of two sides. */
  private static final Set<String> SUPERLATIVE = Set.of("nhat", "most", "largest", "biggest", "smallest", "fewest",
      "least", "highest", "lowest");

  /**
   * "how many times bigger is the larger one?", "khu lớn hơn gấp mấy lần" after a comparison: the ratio of its two
   * sides, never the larger side alone; "gấp mấy lần khu lớn nhất" (an end of every zone) is not this.
   */
  private static Parse ratioOfSides(Tagger.Tagged t, List<Measure> ms, StatQuery prev) {
    if (!(prev instanceof StatQuery.Compare cmp) || !t.has(Kind.TIMES) || anyWord(t, SUPERLATIVE)
        || !ms.isEmpty() && !cmp.measures().containsAll(ms)
        || !FollowUpRules.only(t, EnumSet.of(Kind.TIMES, Kind.MORE, Kind.LESS, Kind.MAX, Kind.MIN, Kind.FILLER,
            Kind.FOLLOW, Kind.AND, Kind.MEASURE, Kind.ZONEWORD, Kind.NUMBER, Kind.WHICH))
        || QueryParser.leftovers(t).size() > 1) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Compare(cmp.a(), cmp.b(), ms.isEmpty() ? cmp.measures() : ms, Op.RATIO),
        true);
  }

  /**
   * True when {@code t} asks for the zone right above or below another ("the zone just above it", "khu ngay dưới
   * nó"): never the card of the zone pointed at.
   */
  static boolean nextToAsked(Tagger.Tagged t) {
    return anyWord(t, UP) != anyWord(t, DOWN) && !t.has(Kind.NUMBER) && !t.has(Kind.MAX) && !t.has(Kind.MIN);
  }

  /**
   * "rank?", "xếp hạng?", "its ranking?" alone right after one zone's figure: that zone's place among the five in
   * that measure (then "the zone just above it" has a zone to start from).
   */
  private static Parse placeOfIt(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    if (!t.has(Kind.RANK) || !anyWord(t, PLACE) || !ms.isEmpty() || !(prev instanceof StatQuery.Figures f) || f.agg() != Agg.EACH
        || f.measures().size() != 1 || f.measures().get(0) == Measure.WORKERS_PER_ENTERPRISE
        || !FollowUpRules.only(t, EnumSet.of(Kind.RANK, Kind.FILLER, Kind.FOLLOW, Kind.AND, Kind.PRONOUN))
        || !QueryParser.leftovers(t).isEmpty()) {
      return null;
    }
    String it = FollowUpRules.oneZone(prev, c);
    return it == null ? null
        : new Parse.Stat(new StatQuery.RankOf(List.of(it), new ZoneSet.All(), f.measures()), true);
  }

  /** The ranking of one row a superlative asked over two zones or more, else null. */
  private static StatQuery.Ranked superlative(StatQuery prev) {
    if (!(prev instanceof StatQuery.Ranked r) || r.limit() != 1 || r.offset() != 0
        || r.measure() == Measure.WORKERS_PER_ENTERPRISE) {
      return null;
    }
    return severalZones(r.set()) ? r : null;
  }

  /** True when {@code set} holds two zones or more whatever the data: every zone, a kind of two, two named. */
  private static boolean severalZones(ZoneSet set) {
    if (set instanceof ZoneSet.All) {
      return true;
    }
    if (set instanceof ZoneSet.Named n) {
      return n.ids().size() >= 2;
    }
    if (set instanceof ZoneSet.OfKind k) {
      return k.kinds().size() >= 2 || k.kinds().contains(ZoneKind.EPZ) || k.kinds().contains(ZoneKind.IP);
    }
    return false;
  }

  /** True when a word of {@code words} is in {@code t} outside a pronoun ("các khu trên" names zones, no place). */
  private static boolean anyWord(Tagger.Tagged t, Set<String> words) {
    for (int i = 0; i < t.words().size(); i++) {
      Tag at = t.at(i);
      // (never the "2" of "khu thứ 2", an ordinal)
      if (words.contains(t.words().get(i)) && (at == null || !at.is(Kind.PRONOUN) && !at.is(Kind.ORDINAL))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "how many more?", "bao nhiêu hơn", "hơn bao nhiêu", "gấp mấy lần?" right after a superlative: its winner against
   * the runner-up of the same ranking, never a zone asked turns before.
   */
  private static Parse runnerUp(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    StatQuery.Ranked r = superlative(prev);
    if (r == null && prev instanceof StatQuery.Figures f && f.agg() == Agg.EACH && c.ranking().isPresent()
        && !c.ranking().get().table() && !c.ranking().get().order().isEmpty()) {
      // "bao nhiêu?" then "hơn bao nhiêu?": the winner's figure is still that ranking's
      StatQuery.Ranked k = superlative(c.ranking().get().query());
      if (k != null && f.set().equals(new ZoneSet.Named(List.of(c.ranking().get().order().get(0))))
          && f.measures().equals(List.of(k.measure()))) {
        r = k;
      }
    }
    List<ZoneSet> groups = c.groups();
    if (r != null && groups.size() == 2 && groups.get(0).equals(groups.get(1)) && c.recent().size() >= 2) {
      // "khu nào ít cty nhất", "khu nào nhiều cty nhất", "chênh lệch": the two ends just asked, never the runner-up
      return null;
    }
    if (r != null && bothEndsJustNamed(r, c)) {
      return null; // … and so with "bao nhiêu?" between them
    }
    boolean asks = t.has(Kind.DIFF) || t.has(Kind.TIMES)
        || t.has(Kind.HOWMANY) && (t.has(Kind.MORE) || t.has(Kind.LESS));
    if (r == null || !asks || ms.size() > 1 || !ms.isEmpty() && ms.get(0) != r.measure()
        || anyWord(t, BETWEEN) || !FollowUpRules.only(t, EnumSet.of(Kind.DIFF, Kind.TIMES, Kind.HOWMANY, Kind.MORE,
            Kind.LESS, Kind.FOLLOW, Kind.FILLER, Kind.AND, Kind.MEASURE, Kind.ORDINAL, Kind.ZONEWORD))
        || QueryParser.leftovers(t).size() > 1 || t.all(Kind.ORDINAL).size() > 1) {
      return null;
    }
    // "hơn khu thứ 3 bao nhiêu": the row named; else the runner-up
    int row = t.has(Kind.ORDINAL) && t.all(Kind.ORDINAL).get(0).arg().matches("[2-5]")
        ? Integer.parseInt(t.all(Kind.ORDINAL).get(0).arg()) - 1 : t.has(Kind.ORDINAL) ? -1 : 1;
    if (row < 1) {
      return null;
    }
    ZoneSet first = new ZoneSet.Top(r.set(), r.measure(), r.descending(), 0, 1);
    ZoneSet second = new ZoneSet.Top(r.set(), r.measure(), r.descending(), row, 1);
    return new Parse.Stat(new StatQuery.Compare(first, second, List.of(r.measure()),
        t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE), true);
  }

  /** True when the last two zones named are both ends of {@code r}'s ranking (the most, then the fewest). */
  private static boolean bothEndsJustNamed(StatQuery.Ranked r, QueryParser.Context c) {
    if (c.ranking().isEmpty() || c.ranking().get().query().measure() != r.measure() || c.recent().size() < 2) {
      return false;
    }
    List<String> order = c.ranking().get().order();
    List<String> lastTwo = c.recent().subList(c.recent().size() - 2, c.recent().size());
    return order.size() >= 3 && lastTwo.contains(order.get(0)) && lastTwo.contains(order.get(order.size() - 1));
  }

  /** "bao nhiêu?", "how many?", "là bao nhiêu" right after a superlative: the winner's figure in its measure. */
  private static Parse winnerFigure(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    if (!(prev instanceof StatQuery.Ranked r) || r.limit() != 1 || c.shown().size() != 1 || !ms.isEmpty()
        || !t.has(Kind.HOWMANY) || !FollowUpRules.only(t, EnumSet.of(Kind.HOWMANY, Kind.FILLER, Kind.FOLLOW,
            Kind.AND, Kind.PRONOUN)) || QueryParser.leftovers(t).size() > 1) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(c.shown()), List.of(r.measure()), Agg.EACH), true);
  }

  /**
   * "and more workers?", "còn nhiều lao động hơn?", "fewer workers?" after "which EPZ has more enterprises?": the same
   * ranking in the measure now said, in the direction of its word; never a total of the set.
   */
  private static Parse otherMeasure(Tagger.Tagged t, List<Measure> ms, StatQuery prev) {
    if (!(prev instanceof StatQuery.Ranked r) || r.limit() < 1 || ms.size() != 1 || ms.get(0) == r.measure()
        || t.has(Kind.MORE) == t.has(Kind.LESS) || !FollowUpRules.only(t, EnumSet.of(Kind.MORE, Kind.LESS,
            Kind.FOLLOW, Kind.FILLER, Kind.AND, Kind.MEASURE, Kind.WHICH))
        || QueryParser.leftovers(t).size() > 1) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Ranked(r.set(), ms.get(0), t.has(Kind.MORE), 0, r.limit()), true);
  }

  /**
   * "and the smallest one?", "còn khu nhỏ nhất?" after the share or a figure of the zone a superlative found: the
   * other end of that ranking (its share, after a share), never a yes or no on the zone under discussion.
   */
  private static Parse otherEnd(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    if (c.ranking().isEmpty() || t.has(Kind.MAX) == t.has(Kind.MIN) || ms.size() > 1 || t.tags().isEmpty()
        || prev instanceof StatQuery.Ranked) {
      return null;
    }
    StatQuery.Ranked r = superlative(c.ranking().get().query());
    Tag opening = t.tags().get(0);
    if (r == null || !(opening.is(Kind.AND) || opening.is(Kind.FOLLOW)) || opening.from() != 0
        || !FollowUpRules.only(t, EnumSet.of(Kind.AND, Kind.FOLLOW, Kind.FILLER, Kind.MAX, Kind.MIN,
            Kind.ZONEWORD, Kind.MEASURE, Kind.NUMBER, Kind.WHICH))
        || QueryParser.leftovers(t).size() > 1) {
      return null;
    }
    List<String> rows = c.ranking().get().order();
    String it = FollowUpRules.oneZone(prev, c);
    if (it == null || rows.isEmpty() || !rows.get(0).equals(it)) {
      return null;
    }
    Measure m = ms.isEmpty() ? r.measure() : ms.get(0);
    boolean most = t.has(Kind.MAX);
    if (prev instanceof StatQuery.Share s && ms.isEmpty()) {
      return new Parse.Stat(new StatQuery.Share(new ZoneSet.Top(r.set(), m, most, 0, 1), s.base(), s.measures()),
          true);
    }
    return new Parse.Stat(new StatQuery.Ranked(r.set(), m, most, 0, 1), true);
  }

  /**
   * "the zone just above it?", "khu ngay trên nó", "the one below?" after a zone's figure or place: the zone ranked
   * right above (or below) it among all five in that measure.
   */
  private static Parse nextTo(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    boolean up = anyWord(t, UP);
    if (t.has(Kind.WHICH) && !t.has(Kind.PRONOUN) && !anyWord(t, JUST)) {
      return null; // "which one has a higher workers per firm?" after two zones: which of them, not a place
    }
    if (up == anyWord(t, DOWN) || ms.size() > 1 || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.ORDINAL)
        || t.has(Kind.LAST) || !FollowUpRules.only(t, EnumSet.of(Kind.MORE, Kind.LESS, Kind.FOLLOW, Kind.FILLER,
            Kind.AND, Kind.ZONEWORD, Kind.PRONOUN, Kind.NUMBER, Kind.MEASURE, Kind.WHICH, Kind.HOWMANY, Kind.RANK))) {
      return null;
    }
    String zone = null;
    Measure m = null;
    if (prev instanceof StatQuery.RankOf r && r.zones().size() == 1 && r.measures().size() == 1
        && r.within() instanceof ZoneSet.All) {
      zone = r.zones().get(0);
      m = r.measures().get(0);
    } else if (prev instanceof StatQuery.Ranked r && r.limit() != 1) {
      // after a table of zones "it" could be any row: asked, never guessed
      return new Parse.Clarify(Parse.Need.ZONE, List.of(r.measure()));
    } else if (prev instanceof StatQuery.Figures f && f.agg() == Agg.EACH && f.measures().size() == 1) {
      zone = FollowUpRules.oneZone(prev, c);
      m = f.measures().get(0);
    }
    if (zone == null || m == Measure.WORKERS_PER_ENTERPRISE) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Next(zone, ms.isEmpty() ? m : ms.get(0), !up), true);
  }
}
