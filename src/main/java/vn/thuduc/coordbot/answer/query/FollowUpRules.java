package vn.thuduc.coordbot.answer.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.StatQuery.Agg;
import vn.thuduc.coordbot.answer.query.StatQuery.Op;
import vn.thuduc.coordbot.answer.query.Tag.Kind;
import vn.thuduc.coordbot.data.ZoneKind;

/**
 * The rules of {@link QueryParser} for statistics fragments that only a conversation completes, tried before the
 * others: a comparison with the zone asked before, with an end of the ranking or with a row of it ("gấp mấy lần", "so
 * với khu đông nhất", "nó gấp mấy lần khu cuối"); a yes or a no on a superlative about the zone under discussion ("có
 * phải nhiều nhất không", "is the first one the smallest?"); a correction ("không phải, em hỏi Linh Trung"); the
 * other side of a comparison ("còn với Bình Chiểu", "ngược lại"); the figure asked again ("vậy có bao nhiêu?"); a
 * zone's workers per enterprise ("tỷ lệ cn/cty", "bình quân?"); then {@link GroupFollowUps}. Each rule returns null
 * when the question is not its own. Loops, not lambdas: this is the statistics path of a cold {@code ask}.
 */
final class FollowUpRules {
  private FollowUpRules() {}

  static final List<Measure> BOTH = List.of(Measure.WORKERS, Measure.ENTERPRISES);
  /** Words that open a correction of the last question: "không phải, em hỏi …", "no, I meant …". */
  private static final List<String> CORRECTION = List.of(" khong phai em hoi ", " khong phai minh hoi ",
      " khong phai toi hoi ", " khong phai y la ", " khong phai y em la ", " khong phai y minh la ", " no i meant ",
      " no i mean ", " i meant ", " not that one ", " sorry i meant ", " nham roi ", " em hoi nham ", " y em la ",
      " y minh la ");
  /** "không phải," set apart by a comma: the last answer is refused, what follows is the zone meant. */
  private static final java.util.regex.Pattern REFUSED = java.util.regex.Pattern.compile(
      "^\\s*(?:(?:k|ko|khong|không|hok|hong)\\s+)?(?:phai|phải)\\s*[,.!:;-]", java.util.regex.Pattern.CASE_INSENSITIVE);
  /** The words of "còn với X", "and than X?" after a comparison: X against the same subject. */
  private static final Set<String> AGAINST = Set.of("voi", "than", "with", "against");

  /**
   * The last question (at no date) a follow-up rule builds on, or null when there is none or {@code t} is no
   * follow-up of the statistics asked (a place the data lacks, a figure it lacks, the city, a date or a year).
   */
  static StatQuery followed(Tagger.Tagged t, QueryParser.Context c) {
    if (c.previous().isEmpty() || t.has(Kind.UNKNOWN_ZONE) || t.has(Kind.NOMEASURE) || t.has(Kind.THUDUC)
        || t.has(Kind.ASOF) || t.has(Kind.YEAR)) {
      return null;
    }
    return StatQuery.undated(c.previous().get());
  }

  /** The query of {@code t} when one of these rules reads it, else null. */
  static Parse read(Tagger.Tagged t, QueryParser.Context c) {
    Parse dated = datesAsked(t, c);
    if (dated != null) {
      return dated;
    }
    StatQuery prev = followed(t, c);
    if (prev == null) {
      return null;
    }
    String sp = QueryParser.spaced(t);
    List<String> zones = QueryParser.zoneIds(t);
    List<Measure> ms = QueryParser.measures(t);
    Parse p = correction(t, sp, zones, ms, prev);
    if (p == null) {
      p = sideOfComparison(t, zones, ms, prev);
    }
    if (p == null) {
      p = againstOther(t, sp, zones, ms, prev);
    }
    if (p == null) {
      p = reversed(t, zones, ms, prev);
    }
    if (p == null) {
      p = moreThanNamed(t, zones, ms, prev, c);
    }
    if (p == null && zones.isEmpty() && !t.has(Kind.KIND) && !counted(t)) {
      p = pastTheBound(t, ms, prev);
    }
    if (p == null && zones.isEmpty() && !t.has(Kind.KIND) && !counted(t)) {
      p = RankingFollowUps.read(t, ms, prev, c);
      if (p == null) {
        p = superlativeClaim(t, ms, prev, c);
      }
      if (p == null) {
        p = comparedWithOther(t, ms, prev, c);
      }
      if (p == null) {
        p = askedAgain(t, ms, prev);
      }
      if (p == null) {
        p = perEnterprise(t, sp, ms, prev, c);
      }
    }
    return p != null ? p : GroupFollowUps.read(t, c, prev, sp, zones, ms);
  }

  /**
   * "số liệu ngày nào?", "figures from when?" in a conversation, also after a year the data has no figures for: the
   * date of the figures, never the last question again.
   */
  private static Parse datesAsked(Tagger.Tagged t, QueryParser.Context c) {
    if (c.previous().isEmpty() || !t.has(Kind.ASOF) || t.has(Kind.ZONE) || t.has(Kind.KIND) || t.has(Kind.ALL)
        || t.has(Kind.MEASURE) || t.has(Kind.YEAR) || t.has(Kind.NUMBER) || t.has(Kind.THUDUC)
        || !only(t, EnumSet.of(Kind.ASOF, Kind.FILLER, Kind.FOLLOW, Kind.PRONOUN, Kind.HOWMANY, Kind.WHICH))) {
      return null;
    }
    return new Parse.Stat(new StatQuery.AsOf(), false);
  }

  /**
   * "Thủ Đức có bao nhiêu lao động", "vậy Thủ Đức có tổng bao nhiêu doanh nghiệp": the city's figure, which the source
   * gives only as the five zones' share of it, so derived and said so; never the five zones' total presented as it.
   */
  static Parse cityTotal(Tagger.Tagged t, QueryParser.Context c) {
    List<Measure> ms = QueryParser.measures(t);
    if (ms.isEmpty() && wholeCityWord(t) && c.previous().isPresent()
        && !(StatQuery.undated(c.previous().get()) instanceof StatQuery.Share)) {
      // (after a share, "and of the whole city?" is that share of the city)
      // "how many are there in the whole city?" after a zone's figure: the city's, in that measure, never the zone's
      ms = QueryParser.measuresOf(StatQuery.undated(c.previous().get()));
    }
    if (!t.has(Kind.THUDUC) || ms.size() != 1 || ms.get(0) == Measure.WORKERS_PER_ENTERPRISE
        || !(t.has(Kind.HOWMANY) || t.has(Kind.SUM) || wholeCityWord(t)) || t.has(Kind.ZONE) || t.has(Kind.KIND)
        || t.has(Kind.ALL) || t.has(Kind.ZONEWORD) || t.has(Kind.SHARE) || t.has(Kind.COMPARE) || t.has(Kind.MINUS)
        || t.has(Kind.REST) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.NUMBER) || pointsBack(t)
        || t.has(Kind.COUNTZ)) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Share(new ZoneSet.All(), java.util.Optional.empty(), ms), false);
  }

  /** The words of the whole city ("toàn Thủ Đức", "the whole of Thu Duc City", "not just the zones"). */
  private static final Set<String> WHOLE = Set.of("toan", "whole", "entire", "citywide", "just", "only", "chi", "bo");

  private static boolean wholeCityWord(Tagger.Tagged t) {
    for (Tag c : t.all(Kind.THUDUC)) {
      for (String w : t.words().subList(c.from(), c.to())) {
        if (WHOLE.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A pronoun other than the "there" of "how many workers are there in Thu Duc City" (Thủ Đức, named). */
  private static boolean pointsBack(Tagger.Tagged t) {
    for (Tag p : t.all(Kind.PRONOUN)) {
      if (!(p.to() - p.from() == 1 && t.words().get(p.from()).equals("there"))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code t} has a number other than the "one" of "the biggest one", "the other one". */
  static boolean counted(Tagger.Tagged t) {
    for (Tag n : t.all(Kind.NUMBER)) {
      if (!(n.to() - n.from() == 1 && t.words().get(n.from()).equals("one"))) {
        return true;
      }
    }
    return false;
  }

  /** The one zone the last answer was about ("nó", "khu đó", or nothing said), else null. */
  static String oneZone(StatQuery prev, QueryParser.Context c) {
    if (c.shown().size() == 1) {
      return c.shown().get(0);
    }
    ZoneSet set = QueryParser.setOf(prev);
    if (set instanceof ZoneSet.Named n && n.ids().size() == 1 && c.shown().isEmpty()) {
      return n.ids().get(0);
    }
    return null;
  }

  /**
   * The measure asked: said, else the one the conversation was on (never the ratio for a count beside it); a
   * conversation on workers per enterprise alone ("bình quân", then "cao nhất không?") stays on it.
   */
  private static Measure measure(List<Measure> ms, StatQuery prev) {
    if (ms.size() == 1) {
      return ms.get(0);
    }
    if (QueryParser.measuresOf(prev).equals(List.of(Measure.WORKERS_PER_ENTERPRISE))) {
      return Measure.WORKERS_PER_ENTERPRISE;
    }
    for (Measure m : QueryParser.measuresOf(prev)) {
      if (m != Measure.WORKERS_PER_ENTERPRISE) {
        return m;
      }
    }
    return Measure.WORKERS;
  }

  /** The row of the last ranking an ordinal or "cuối" points at, else null. */
  private static String row(Tagger.Tagged t, QueryParser.Context c) {
    List<String> rows;
    boolean listed = c.previous().isPresent() && StatQuery.undated(c.previous().get()) instanceof StatQuery.ListZones
        && c.shown().size() >= 2;
    if (listed) {
      rows = c.shown(); // "is the first one the smallest?" after a list: its first row
    } else if (c.ranking().isPresent()) {
      Conversations.Ranking k = c.ranking().get();
      rows = k.table() ? k.rows() : k.order();
    } else {
      return null;
    }
    Tag ordinal = null;
    for (Tag x : t.all(Kind.ORDINAL)) {
      if (ordinal != null) {
        return null; // two places: the rules of places combined read it
      }
      ordinal = x;
    }
    if (ordinal != null && t.has(Kind.LAST)) {
      return null;
    }
    if (ordinal != null) {
      int n = Integer.parseInt(ordinal.arg());
      return n >= 1 && n <= rows.size() ? rows.get(n - 1) : null;
    }
    if (t.has(Kind.LAST)) {
      return rows.get(rows.size() - 1);
    }
    return null;
  }

  static boolean only(Tagger.Tagged t, Set<Kind> allowed) {
    for (Tag x : t.tags()) {
      if (!allowed.contains(x.kind())) {
        return false;
      }
    }
    return true;
  }

  // --- a correction -----------------------------------------------------------------------------------------------

  /**
   * "không phải, em hỏi Linh Trung 1", "no, I meant Cat Lai": the last question about the zone now named, never
   * the zones other than it ("không phải" is no "trừ" here).
   */
  private static Parse correction(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms, StatQuery prev) {
    if (zones.isEmpty() || t.has(Kind.KIND) || t.has(Kind.ALL) || t.has(Kind.MAX) || t.has(Kind.MIN)
        || t.has(Kind.WHICH) || t.has(Kind.RANK) || t.has(Kind.SUM) || t.has(Kind.COMPARE) || t.has(Kind.MORE)
        || t.has(Kind.LESS)) {
      return null;
    }
    boolean opens = REFUSED.matcher(t.text()).find();
    for (String w : CORRECTION) {
      opens |= sp.startsWith(w) || sp.startsWith(" khong" + w) || sp.startsWith(" da" + w);
    }
    // "không phải Cát Lái thì còn bao nhiêu": the zones but Cát Lái, which the grammar of "trừ" reads
    if (!opens || t.has(Kind.REST) || sp.contains(" con bao nhieu ") || sp.contains(" thi con ")) {
      return null;
    }
    // the correction names the zone before anything else is asked: "không phải, em hỏi X (có bao nhiêu cty)"
    StatQuery q = QueryParser.withSet(prev, new ZoneSet.Named(zones));
    if (q == null) {
      q = new StatQuery.Figures(new ZoneSet.Named(zones), QueryParser.measuresOf(prev), Agg.EACH);
    }
    if (!ms.isEmpty()) {
      StatQuery other = QueryParser.withMeasures(q, ms);
      q = other == null ? q : other;
    }
    return new Parse.Stat(q, true);
  }

  // --- the other side of a comparison -------------------------------------------------------------------------------

  /**
   * "còn với Bình Chiểu?", "and than Linh Trung?", "thế còn Cát Lái?" after a comparison: its subject against the
   * zone now named; "so với 2 kcx" after a question about a group: that group against the one named.
   */
  private static Parse againstOther(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms,
      StatQuery prev) {
    if (t.has(Kind.ALL) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.SHARE) || t.has(Kind.RANK)
        || t.has(Kind.SUM) || t.has(Kind.MINUS) || t.has(Kind.REST) || t.has(Kind.WHICH) || t.has(Kind.ORDINAL)) {
      return null;
    }
    ZoneSet other = zonesOrKinds(t, zones);
    if (other == null) {
      return null;
    }
    boolean against = t.has(Kind.COMPARE);
    for (String w : t.words()) {
      against |= AGAINST.contains(w);
    }
    // "còn Linh Trung 2 có bao nhiêu lao động?" asks that zone's figure, not a comparison
    boolean figureAsked = t.has(Kind.HOWMANY) && !against;
    if (prev instanceof StatQuery.Compare pc && pc.a() instanceof ZoneSet.Named a && a.ids().size() == 1
        && zones.size() == 1 && !a.ids().contains(zones.get(0)) && (against || t.has(Kind.FOLLOW)) && !figureAsked) {
      List<Measure> m = ms.isEmpty() ? pc.measures() : ms;
      Op op = t.has(Kind.TIMES) ? Op.RATIO : t.has(Kind.DIFF) ? Op.DIFFERENCE : Op.SIDE_BY_SIDE;
      return new Parse.Stat(new StatQuery.Compare(pc.a(), other, m, op), true);
    }
    // a group against another: "2 kcn này chiếm bao nhiêu %", "còn lao động", then "so với 2 kcx"
    ZoneSet before = QueryParser.setOf(prev);
    if (!zones.isEmpty() || !t.has(Kind.COMPARE) || !(before instanceof ZoneSet.OfKind) || before.equals(other)) {
      return null;
    }
    List<Measure> m = ms.isEmpty() ? QueryParser.measuresOf(prev) : ms;
    Op op = t.has(Kind.TIMES) ? Op.RATIO : t.has(Kind.DIFF) ? Op.DIFFERENCE : Op.SIDE_BY_SIDE;
    return new Parse.Stat(new StatQuery.Compare(before, other, m, op), true);
  }

  /** The zones named, or else the kinds named; null when the question names both or neither. */
  private static ZoneSet zonesOrKinds(Tagger.Tagged t, List<String> zones) {
    Set<ZoneKind> kinds = EnumSet.noneOf(ZoneKind.class);
    for (Tag k : t.all(Kind.KIND)) {
      kinds.add(ZoneKind.fromCode(k.arg()));
    }
    if (zones.isEmpty() == kinds.isEmpty()) {
      return null;
    }
    return zones.isEmpty() ? new ZoneSet.OfKind(kinds) : new ZoneSet.Named(zones);
  }

  /**
   * "kcx nhiều hơn bao nhiêu lao động" after a comparison of the export processing zones with the industrial parks,
   * "Cát Lái ít hơn bao nhiêu" after Cát Lái against another zone: the same two sides, the one named first, never a
   * gap inside the side named.
   */
  private static Parse sideOfComparison(Tagger.Tagged t, List<String> zones, List<Measure> ms, StatQuery prev) {
    if (!(prev instanceof StatQuery.Compare pc) || !(t.has(Kind.DIFF) || t.has(Kind.TIMES)) || t.has(Kind.ALL)
        || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.SHARE)) {
      return null;
    }
    ZoneSet side = zonesOrKinds(t, zones);
    if (side == null) {
      return null;
    }
    ZoneSet other = side.equals(pc.a()) ? pc.b() : side.equals(pc.b()) ? pc.a() : null;
    if (other == null) {
      return null;
    }
    // "thế còn Linh Trung 2 gấp mấy lần": the side named first is the subject; "có gấp hơn 1,3 lần Linh Trung 2
    // không", "chênh với Linh Trung 2 bao nhiêu": a side named after the multiple is the one measured against
    Tag said = t.all(Kind.ZONE).isEmpty() ? null : t.all(Kind.ZONE).get(0);
    Tag times = t.has(Kind.TIMES) ? t.all(Kind.TIMES).get(0) : t.all(Kind.DIFF).get(0);
    boolean against = said != null && times.from() < said.from();
    return new Parse.Stat(new StatQuery.Compare(against ? other : side, against ? side : other,
        ms.isEmpty() ? pc.measures() : ms, t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE), true);
  }

  /**
   * "ít hơn LT1 không?", "more than Cat Lai?" after one zone's figure: that zone against the one now named, yes or no
   * with both figures, in the conversation's measure; never the named zone's figure alone.
   */
  private static Parse moreThanNamed(Tagger.Tagged t, List<String> zones, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    if (zones.size() != 1 || t.has(Kind.MORE) == t.has(Kind.LESS) || !(YesNo.asked(t) || bareThan(t))
        || t.has(Kind.WHICH)
        || t.has(Kind.KIND) || t.has(Kind.ALL) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.NUMBER)
        || t.has(Kind.SHARE) || t.has(Kind.SUM) || t.has(Kind.MINUS) || t.has(Kind.REST) || t.has(Kind.ORDINAL)
        || t.has(Kind.TIMES) || t.has(Kind.DIFF) || prev instanceof StatQuery.Compare) {
      return null;
    }
    String it = oneZone(prev, c);
    if (it == null || it.equals(zones.get(0)) || ms.size() > 1) {
      return null;
    }
    Measure m = ms.isEmpty() ? measure(ms, prev) : ms.get(0);
    if (ms.isEmpty() && QueryParser.measuresOf(prev).size() == 1) {
      m = QueryParser.measuresOf(prev).get(0);
    }
    // "ít hơn LT1 không": the zone before is the subject; "còn Cát Lái nhiều hơn không": the zone named is
    Tag than = t.has(Kind.MORE) ? t.all(Kind.MORE).get(0) : t.all(Kind.LESS).get(0);
    boolean namedFirst = t.all(Kind.ZONE).get(0).from() < than.from();
    ZoneSet before = new ZoneSet.Named(List.of(it));
    ZoneSet named = new ZoneSet.Named(zones);
    return new Parse.Stat(new StatQuery.Compare(namedFirst ? named : before, namedFirst ? before : named, List.of(m),
        Op.SIDE_BY_SIDE), true);
  }

  /**
   * "more than Cat Lai?", "and fewer than Linh Trung 2", "nhiều hơn Cát Lái à": a follow-up that is only "more than" a
   * zone, which asks whether what was just answered is, as a yes/no asked without its words.
   */
  static boolean bareThan(Tagger.Tagged t) {
    if (t.tags().isEmpty() || t.has(Kind.MORE) == t.has(Kind.LESS) || t.all(Kind.ZONE).isEmpty()
        || !only(t, EnumSet.of(Kind.MORE, Kind.LESS, Kind.ZONE, Kind.FILLER, Kind.AND, Kind.FOLLOW, Kind.MEASURE,
            Kind.SUM))) {
      return false;
    }
    Tag than = t.has(Kind.MORE) ? t.all(Kind.MORE).get(0) : t.all(Kind.LESS).get(0);
    return than.from() < t.all(Kind.ZONE).get(0).from();
  }

  /**
   * "Is that more than 25,000?" about Linh Trung 2, then "and than Linh Trung 1?": the bound's zone against the zone now
   * named, both figures, never the bound put on the zone named.
   */
  static Parse thanNamedAfterBound(Tagger.Tagged t, QueryParser.Context c) {
    StatQuery prev = followed(t, c);
    if (prev == null) {
      return null;
    }
    List<String> zones = QueryParser.zoneIds(t);
    ZoneSet set = prev instanceof StatQuery.ListZones l ? l.set() : QueryParser.setOf(prev);
    if (zones.size() != 1 || !(set instanceof ZoneSet.Filtered f) || !(f.base() instanceof ZoneSet.Named one)
        || one.ids().size() != 1 || one.ids().contains(zones.get(0)) || f.percent()
        || !only(t, EnumSet.of(Kind.ZONE, Kind.AND, Kind.FOLLOW, Kind.FILLER))) {
      return null;
    }
    Tag zone = t.all(Kind.ZONE).get(0);
    if (zone.from() == 0 || !t.words().get(zone.from() - 1).equals("than")) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Compare(one, new ZoneSet.Named(zones), List.of(f.measure()),
        Op.SIDE_BY_SIDE), true);
  }

  /** "ngược lại thì sao?" after a comparison: the same two sides the other way round. */
  private static Parse reversed(Tagger.Tagged t, List<String> zones, List<Measure> ms, StatQuery prev) {
    if (!(prev instanceof StatQuery.Compare pc) || !zones.isEmpty() || t.has(Kind.KIND) || t.has(Kind.ALL)) {
      return null;
    }
    boolean reverse = false;
    for (Tag r : t.all(Kind.RANK)) {
      reverse |= r.arg().equals("reverse");
    }
    if (!reverse || !only(t, EnumSet.of(Kind.RANK, Kind.FOLLOW, Kind.FILLER, Kind.MEASURE))) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Compare(pc.b(), pc.a(), ms.isEmpty() ? pc.measures() : ms, pc.op()), true);
  }

  // --- yes or no on a superlative -------------------------------------------------------------------------------

  /**
   * "có phải nhiều nhất không", "khu e đông nhất đúng ko", "is the first one the smallest?", "khu thứ 2 có nhiều
   * doanh nghiệp nhất không" about the zone under discussion (or a row of the ranking shown): that zone against all
   * five, yes or no with its place; never the ranking alone without the yes or no.
   */
  private static Parse superlativeClaim(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    ZoneSet.Top place = placeAsked(t, ms, prev, c);
    if (place != null && firmYesNo(t) && !t.has(Kind.WHICH) && !t.has(Kind.COMPARE) && !t.has(Kind.DIFF)
        && !t.has(Kind.TIMES) && oneZone(prev, c) != null) {
      // "có phải đông thứ hai không", "is it the second biggest?": that place among all five, yes or no
      return new Parse.Stat(new StatQuery.IsIn(oneZone(prev, c), place), true);
    }
    boolean max = t.has(Kind.MAX);
    if (max == t.has(Kind.MIN) || !firmYesNo(t) || t.has(Kind.WHICH) || t.has(Kind.TOPWORD) || t.has(Kind.COMPARE)
        || t.has(Kind.DIFF) || t.has(Kind.TIMES) || t.has(Kind.MORE) || t.has(Kind.LESS) || ms.size() > 1) {
      return null;
    }
    String zone = t.has(Kind.ORDINAL) || t.has(Kind.LAST) ? row(t, c) : oneZone(prev, c);
    if (zone == null) {
      return null;
    }
    Measure m = superlativeMeasure(t, ms, prev, c);
    return new Parse.Stat(new StatQuery.IsIn(zone, new ZoneSet.Top(new ZoneSet.All(), m, max, 0, 1)), true);
  }

  /** Words of "the most" and "the fewest" right before a place: "đông thứ hai", "ít … thứ 2". */
  private static final Set<String> MOST = Set.of("dong", "nhieu", "lon", "cao", "most", "biggest", "largest");
  private static final Set<String> FEWEST = Set.of("it", "vang", "nho", "thap", "fewest", "smallest", "least");

  /**
   * A place of every zone the question names by its order ("đông thứ hai", "ít doanh nghiệp thứ 2", "second
   * biggest"), else null; "khu thứ 2" (a row of the ranking shown) and "the first one … the smallest" are not.
   */
  private static ZoneSet.Top placeAsked(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    List<Tag> ordinals = t.all(Kind.ORDINAL);
    if (ordinals.size() != 1 || t.has(Kind.LAST)) {
      return null;
    }
    Tag o = ordinals.get(0);
    Tag before = o.from() > 0 ? t.at(o.from() - 1) : null;
    Tag after = t.at(o.to());
    if (before != null && before.is(Kind.MEASURE) && before.from() > 0) {
      before = t.at(before.from() - 1); // "ít doanh nghiệp thứ 2": the order word before the measure
    }
    String word = o.from() > 0 ? t.words().get(o.from() - 1) : "";
    boolean few = before != null && before.is(Kind.MIN) || after != null && after.is(Kind.MIN)
        || FEWEST.contains(word);
    boolean most = before != null && before.is(Kind.MAX) || after != null && after.is(Kind.MAX) || MOST.contains(word);
    if (few == most) {
      return null;
    }
    Measure m = superlativeMeasure(t, ms, prev, c);
    if (ms.isEmpty() && (word.equals("dong") || word.equals("vang"))) {
      m = Measure.WORKERS;
    }
    return new ZoneSet.Top(new ZoneSet.All(), m, most, Integer.parseInt(o.arg()) - 1, 1);
  }

  /** Particles that end a question without asking for a yes or a no by themselves: "ít nhất à?" reads "the fewest?". */
  private static final Set<String> SOFT_ENDINGS = Set.of("a", "ha", "nhi", "chu");

  /**
   * A yes/no question put with "không", "phải", "đúng" or an English auxiliary; a fragment ending in "à" alone
   * ("ít nhất à") asks for the zone at that end, which a ranking answers.
   */
  private static boolean firmYesNo(Tagger.Tagged t) {
    if (!YesNo.asked(t)) {
      return false;
    }
    List<String> w = t.words();
    if (!SOFT_ENDINGS.contains(w.get(w.size() - 1))) {
      return true;
    }
    return w.contains("khong") || w.contains("phai") || w.contains("dung");
  }

  /** The measure of "đông nhất" (workers), else the one said, else the ranking's or the conversation's. */
  private static Measure superlativeMeasure(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    for (Tag x : t.tags()) {
      if ((x.is(Kind.MAX) || x.is(Kind.MIN)) && !x.arg().equals("-")) {
        return QueryParser.code(x.arg());
      }
    }
    if (ms.isEmpty() && (t.has(Kind.ORDINAL) || t.has(Kind.LAST)) && c.ranking().isPresent()
        && !(prev instanceof StatQuery.ListZones)) {
      return c.ranking().get().query().measure();
    }
    return measure(ms, prev);
  }

  // --- a comparison with the zone before, an end or a row -----------------------------------------------------------

  /**
   * "gấp mấy lần", "chênh lệch bao nhiêu", "compare them", "so với khu trước?" after two zones asked one after the
   * other: the last against the one before; "so với khu đông nhất" after one zone: it against that end of every zone;
   * "nó gấp mấy lần khu cuối", "so với khu thứ nhất" after a ranking: it against that row.
   */
  private static Parse comparedWithOther(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    boolean asks = t.has(Kind.DIFF) || t.has(Kind.TIMES) || t.has(Kind.COMPARE);
    if (!asks || t.has(Kind.ALL) || t.has(Kind.SHARE) || t.has(Kind.SUM) || t.has(Kind.RANK) || t.has(Kind.MINUS)
        || t.has(Kind.REST) || t.has(Kind.TOPWORD) || prev instanceof StatQuery.Compare) {
      return null;
    }
    String it = oneZone(prev, c);
    if (it == null) {
      return null;
    }
    Op op = t.has(Kind.TIMES) ? Op.RATIO : t.has(Kind.DIFF) ? Op.DIFFERENCE : Op.SIDE_BY_SIDE;
    ZoneSet self = new ZoneSet.Named(List.of(it));
    ZoneSet.Top place = placeAsked(t, ms, prev, c);
    if (place != null) {
      // "so với khu đông thứ hai": it against the zone at that place of every zone
      return new Parse.Stat(new StatQuery.Compare(self, place, List.of(place.measure()), op), true);
    }
    if (t.has(Kind.MAX) != t.has(Kind.MIN) && !t.has(Kind.ORDINAL) && !t.has(Kind.LAST)) {
      Measure m = superlativeMeasure(t, ms, prev, c);
      return new Parse.Stat(new StatQuery.Compare(self, new ZoneSet.Extreme(new ZoneSet.All(), m, t.has(Kind.MAX)),
          List.of(m), op), true);
    }
    if (t.has(Kind.MAX) || t.has(Kind.MIN)) {
      return null;
    }
    if (t.has(Kind.ORDINAL) || t.has(Kind.LAST)) {
      String other = row(t, c);
      if (other == null || other.equals(it)) {
        return null;
      }
      List<Measure> m = ms.isEmpty() ? List.of(c.ranking().get().query().measure()) : ms;
      return new Parse.Stat(new StatQuery.Compare(self, new ZoneSet.Named(List.of(other)), m, op), true);
    }
    // the zone asked before the last one ("the difference between them" after the two ends of a ranking is read by
    // the rule of ends, which names them so)
    String sp = " " + String.join(" ", t.words()) + " ";
    if (prev instanceof StatQuery.Ranked && (sp.contains(" between them ") || sp.contains(" giua chung ")
        || sp.contains(" giua hai ") || sp.contains(" nhau "))) {
      return null;
    }
    List<String> recent = c.recent();
    if (recent.size() < 2 || !recent.get(recent.size() - 1).equals(it)) {
      return null;
    }
    String before = recent.get(recent.size() - 2);
    List<Measure> m = !ms.isEmpty() ? ms : List.of(measure(ms, prev));
    if (ms.isEmpty() && QueryParser.measuresOf(prev).size() == 1) {
      m = QueryParser.measuresOf(prev);
    }
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(List.of(before)), self, m, op), true);
  }

  /**
   * "hơn bao nhiêu", "by how many?" after "Cát Lái có hơn 5000 lao động không": the zone's own figure in that measure,
   * the one the bound was checked on, and its gap to the bound; after "có khu nào trên 30000 lao động không", the
   * figures of the zones past it (never a ranking of them by another measure).
   */
  private static Parse pastTheBound(Tagger.Tagged t, List<Measure> ms, StatQuery prev) {
    if (!(prev instanceof StatQuery.ListZones l) || !(l.set() instanceof ZoneSet.Filtered f) || f.percent()
        || !t.has(Kind.DIFF) || t.has(Kind.ALL) || t.has(Kind.MAX)
        || t.has(Kind.MIN) || t.has(Kind.RANK) || t.has(Kind.TIMES) || !ms.isEmpty() && !ms.equals(List.of(f.measure()))) {
      return null;
    }
    // a zone named: its figure, past the bound or not; else the zones past it
    ZoneSet set = f.base() instanceof ZoneSet.Named ? f.base() : f;
    return new Parse.Stat(new StatQuery.Figures(set, List.of(f.measure()), Agg.EACH), true);
  }

  // --- the figure again ---------------------------------------------------------------------------------------------

  /**
   * "vậy có bao nhiêu?" after a claim checked, "ý em là số lượng" after a figure: the figure of the last question
   * again, without the verdict.
   */
  private static Parse askedAgain(Tagger.Tagged t, List<Measure> ms, StatQuery prev) {
    if (!t.has(Kind.HOWMANY) || !ms.isEmpty() || !only(t, EnumSet.of(Kind.HOWMANY, Kind.FILLER, Kind.FOLLOW))
        || QueryParser.leftovers(t).size() > 1 || !(prev instanceof StatQuery.Figures)) {
      return null;
    }
    return new Parse.Stat(prev, true);
  }

  /**
   * "tỷ lệ cn/cty", "vậy bình quân?", "bình quân mỗi cty?" after one zone's figure: its workers per enterprise, never
   * the mean of one zone or its two shares.
   */
  private static Parse perEnterprise(Tagger.Tagged t, String sp, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    if (t.has(Kind.ALL) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.RANK) || t.has(Kind.COMPARE)) {
      return null;
    }
    boolean ratio = t.has(Kind.SHARE) && ms.equals(List.of(Measure.WORKERS_PER_ENTERPRISE));
    // "lđ bình quân" after one zone: its workers per enterprise too, never the five zones' mean
    boolean mean = t.has(Kind.MEAN) && (ms.isEmpty() || ms.contains(Measure.WORKERS_PER_ENTERPRISE)
        || ms.equals(List.of(Measure.WORKERS)))
        && only(t, EnumSet.of(Kind.MEAN, Kind.FILLER, Kind.FOLLOW, Kind.PER, Kind.MEASURE, Kind.PRONOUN, Kind.HOWMANY,
            Kind.ZONEWORD, Kind.ORDINAL, Kind.LAST));
    // "bình quân mỗi khu bao nhiêu lao động" is the mean of the zones; "khu" only names the row ("khu thứ 2")
    boolean row = t.has(Kind.ORDINAL) || t.has(Kind.LAST);
    if (!ratio && !mean || t.has(Kind.ZONEWORD) && !row) {
      return null;
    }
    // "khu thứ 2 bình quân bao nhiêu", "còn bình quân của khu cuối" after a ranking: that row's
    String it = row ? row(t, c) : oneZone(prev, c);
    if (it == null) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(List.of(it)),
        List.of(Measure.WORKERS_PER_ENTERPRISE), Agg.EACH), true);
  }
}
