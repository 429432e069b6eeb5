package vn.thuduc.coordbot.answer.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.StatQuery.Agg;
import vn.thuduc.coordbot.answer.query.StatQuery.Op;
import vn.thuduc.coordbot.answer.query.Tag.Kind;

/**
 * The rules of {@link QueryParser} for follow-ups over the sets of zones a conversation built and the yes/no checks it
 * carried, tried before the other follow-up rules: the same check on another zone ("còn Cát Lái?" after "Linh Trung
 * có hơn 30000 cn ko"), the two zones checked one by one together ("tổng hai khu"), the rows of the last ranking
 * ("tổng các khu này" after a question on one of its rows), the last two groups joined ("gộp cả 4 khu") and a group
 * grown by a zone ("thêm khu công nghệ cao nữa"), the zone under discussion against another ("ít hơn Linh Trung
 * không"), and the kind of the zone under discussion ("nó là khu chế xuất hay khu công nghiệp"). Each rule returns
 * null when the question is not its own. Loops, not lambdas: this is the statistics path of a cold {@code ask}.
 */
final class SetFollowUps {
  private SetFollowUps() {}

  /** Words that ask a zone's kind ("thuộc loại nào", "là KCX hay KCN", "what type"). */
  private static final List<String> KIND_WORDS = List.of(" loai khu ", " loai gi ", " loai nao ", " thuoc loai ",
      " la loai ", " what kind ", " what type ", " which kind ", " which type ", " kind of zone ", " type of zone ");
  /** Plural pronouns pointing at the rows of a table ("các khu này", "chúng", "these", "them"). */
  private static final List<String> PLURAL = List.of(" cac khu nay ", " cac khu do ", " cac khu tren ", " cac khu ay ",
      " nhung khu nay ", " nhung khu do ", " nhung khu tren ", " cac khu vua roi ", " cua chung ", " these ",
      " those ", " of them ", " them up ", " they ", " these zones ", " those zones ", " cac khu kia ");
  /** Words that add a zone to the group just totalled ("thêm Khu CNC nữa", "plus Cat Lai", "add Binh Chieu"). */
  private static final Set<String> ADD = Set.of("them", "add", "plus", "adding");
  /** Words between an adding word and the zone added ("plus the", "thêm cả", "cộng thêm với"). */
  private static final Set<String> SKIPPED = Set.of("the", "ca", "voi", "khu", "luon");
  /** Words that join the last two groups ("gộp cả 4 khu", "cả 4 khu cộng lại", "all 4 together"). */
  private static final List<String> JOIN = List.of(" gop ", " ca ", " all ", " together ", " cong lai ", " tong ",
      " combined ", " cong ");

  /** The query of {@code t} when one of these rules reads it, else null. */
  static Parse read(Tagger.Tagged t, QueryParser.Context c) {
    Parse there = totalThere(t, c);
    if (there != null) {
      return there;
    }
    StatQuery prev = FollowUpRules.followed(t, c);
    if (prev == null) {
      return null;
    }
    String sp = QueryParser.spaced(t);
    List<String> zones = QueryParser.zoneIds(t);
    List<Measure> ms = QueryParser.measures(t);
    Parse p = sameCheck(t, zones, ms, prev);
    if (p == null) {
      p = pairApart(t, sp, zones, ms, prev);
    }
    if (p == null) {
      p = sameComparisonBy(t, zones, ms, prev);
    }
    if (p == null) {
      p = pairShare(t, sp, zones, ms, prev, c);
    }
    if (p == null) {
      p = otherMeasureOfChecked(t, zones, ms, prev);
    }
    if (p == null) {
      p = namedAgainstAsked(t, zones, ms, prev);
    }
    if (p == null) {
      p = twoChecked(t, sp, zones, ms, prev, c);
    }
    if (p == null) {
      p = rowsOfRanking(t, sp, zones, ms, prev, c);
    }
    if (p == null) {
      p = groupsJoined(t, sp, zones, ms, prev, c);
    }
    if (p == null) {
      p = grown(t, zones, ms, prev);
    }
    if (p == null) {
      p = againstAsked(t, zones, ms, prev, c);
    }
    if (p == null) {
      p = kindOfIt(t, sp, zones, ms, prev, c);
    }
    return p;
  }

  /** "trung bình 1 khu", "bình quân một khu", "average for a zone": per zone, like "mỗi khu". */
  static boolean oneZoneEach(Tagger.Tagged t) {
    List<String> w = t.words();
    for (int i = 0; i + 1 < w.size(); i++) {
      String n = w.get(i);
      String z = w.get(i + 1);
      if ((n.equals("1") || n.equals("mot") || n.equals("a") || n.equals("one")) && (z.equals("khu")
          || z.equals("zone") || z.equals("park")) && (i + 2 >= w.size() || !w.get(i + 2).equals("nao"))) {
        return true;
      }
    }
    return false;
  }

  /** The zones a yes/no bound was checked on ("Cát Lái có hơn 100 dn ko"), else the empty list. */
  static List<String> checked(StatQuery q) {
    if (q instanceof StatQuery.ListZones l && l.set() instanceof ZoneSet.Filtered f) {
      ZoneSet base = f;
      while (base instanceof ZoneSet.Filtered g) {
        base = g.base();
      }
      return base.namedIds();
    }
    return List.of();
  }

  /** The zones a question named, to remember: those of its set, or of the bound it checked. */
  static List<String> zonesAsked(StatQuery q) {
    List<String> ids = checked(q);
    if (!ids.isEmpty()) {
      return ids;
    }
    ZoneSet set = QueryParser.setOf(q);
    return set == null ? List.of() : set.namedIds();
  }

  /** The one zone the last question was about, with the measures it was asked in. */
  private record Subject(String zone, List<Measure> measures) {}

  /**
   * The zone asked, or the zone a bound was checked on, or (when {@code compared}) the subject of a comparison of
   * one zone with others; null when the last question was about no one zone.
   */
  private static Subject subject(StatQuery prev, boolean compared) {
    List<String> checked = checked(prev);
    if (checked.size() == 1) {
      return new Subject(checked.get(0), List.of(checkedMeasure((StatQuery.ListZones) prev)));
    }
    if (prev instanceof StatQuery.Figures f && f.agg() == Agg.EACH && f.set() instanceof ZoneSet.Named n
        && n.ids().size() == 1) {
      return new Subject(n.ids().get(0), f.measures());
    }
    if (compared && prev instanceof StatQuery.Compare cmp && cmp.a() instanceof ZoneSet.Named n
        && n.ids().size() == 1 && cmp.b() instanceof ZoneSet.Named) {
      return new Subject(n.ids().get(0), cmp.measures());
    }
    return null;
  }

  /** The measures of the last question: the bound's of a check ("có hơn 100 dn không"), else its own. */
  static List<Measure> measuresAsked(StatQuery q) {
    if (!checked(q).isEmpty()) {
      return List.of(checkedMeasure((StatQuery.ListZones) q));
    }
    return QueryParser.measuresOf(q);
  }

  /** The same bounds on another base: "còn Cát Lái?" after "Linh Trung có hơn 30000 cn ko". */
  private static ZoneSet rebased(ZoneSet set, ZoneSet base) {
    if (set instanceof ZoneSet.Filtered f) {
      return new ZoneSet.Filtered(rebased(f.base(), base), f.measure(), f.more(), f.inclusive(), f.value(),
          f.percent());
    }
    return base;
  }

  /** The measure of the innermost bound of a check. */
  private static Measure checkedMeasure(StatQuery.ListZones l) {
    ZoneSet s = l.set();
    Measure m = null;
    while (s instanceof ZoneSet.Filtered f) {
      m = f.measure();
      s = f.base();
    }
    return m;
  }

  /** True when {@code t} has only a zone and words of a fragment: no figure, operation or kind of its own. */
  private static boolean bare(Tagger.Tagged t) {
    return !t.has(Kind.NUMBER) && !t.has(Kind.MORE) && !t.has(Kind.LESS) && !t.has(Kind.KIND) && !t.has(Kind.ALL)
        && !t.has(Kind.SUM) && !t.has(Kind.MEAN) && !t.has(Kind.WHICH) && !t.has(Kind.MAX) && !t.has(Kind.MIN)
        && !t.has(Kind.SHARE) && !t.has(Kind.COMPARE) && !t.has(Kind.DIFF) && !t.has(Kind.TIMES)
        && !t.has(Kind.RANK) && !t.has(Kind.RANKOF) && !t.has(Kind.ORDINAL) && !t.has(Kind.LAST)
        && !t.has(Kind.MINUS) && !t.has(Kind.REST) && !t.has(Kind.COUNTZ) && !t.has(Kind.LIST)
        && !t.has(Kind.CARD) && !t.has(Kind.PER) && !t.has(Kind.TOPWORD) && !t.has(Kind.PRONOUN);
  }

  /**
   * "còn Bình Chiểu thì sao", "and Cat Lai?" after a yes/no bound on a zone ("Linh Trung có hơn 30000 cn ko"): the
   * same bound checked on the zone now named, never that zone's card.
   */
  private static Parse sameCheck(Tagger.Tagged t, List<String> zones, List<Measure> ms, StatQuery prev) {
    List<String> before = checked(prev);
    if (before.isEmpty() || zones.isEmpty() || zones.equals(before) || !bare(t)) {
      return null;
    }
    StatQuery.ListZones l = (StatQuery.ListZones) prev;
    Measure m = checkedMeasure(l);
    if (!ms.isEmpty() && !(ms.size() == 1 && ms.get(0) == m)) {
      return null; // "còn doanh nghiệp Cát Lái?": another measure is a figure asked, not the bound
    }
    return new Parse.Stat(new StatQuery.ListZones(rebased(l.set(), new ZoneSet.Named(zones))), true);
  }

  /**
   * "còn doanh nghiệp thì sao", "and enterprises?" after a bound checked on zones: those zones' figure of that measure,
   * never a sum over the zones that pass the bound (none may).
   */
  private static Parse otherMeasureOfChecked(Tagger.Tagged t, List<String> zones, List<Measure> ms, StatQuery prev) {
    List<String> before = checked(prev);
    if (before.isEmpty() || !zones.isEmpty() || ms.isEmpty() || !bare(t) || t.has(Kind.HOWMANY) && YesNo.asked(t)) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(before), ms, Agg.EACH), true);
  }

  /**
   * "Linh Trung 2 có nhiều hơn không", "is Binh Chieu smaller?" after one zone's figure: the zone named (before the
   * word of comparison) against the zone asked, yes or no first; never the zone asked against the one named.
   */
  private static Parse namedAgainstAsked(Tagger.Tagged t, List<String> zones, List<Measure> ms, StatQuery prev) {
    if (zones.size() != 1 || !(t.has(Kind.MORE) || t.has(Kind.LESS)) || !YesNo.asked(t) || t.has(Kind.WHICH)
        || t.has(Kind.NUMBER) || t.has(Kind.SUM) || t.has(Kind.KIND) || t.has(Kind.ALL) || t.has(Kind.MAX)
        || t.has(Kind.MIN) || t.has(Kind.SHARE) || t.has(Kind.DIFF) || t.has(Kind.TIMES) || t.has(Kind.MEAN)
        || t.has(Kind.ORDINAL) || t.has(Kind.LAST) || t.has(Kind.PRONOUN) || t.has(Kind.COMPARE)) {
      return null;
    }
    Tag word = t.has(Kind.MORE) ? t.all(Kind.MORE).get(0) : t.all(Kind.LESS).get(0);
    Tag zone = t.all(Kind.ZONE).get(0);
    if (zone.from() > word.from()) {
      return null; // "nhiều hơn Cát Lái không": the zone after the word is the other side (againstAsked)
    }
    Subject was = subject(prev, false);
    String asked = was == null ? null : was.zone();
    List<Measure> before = was == null ? List.of() : was.measures();
    List<Measure> m = ms.isEmpty() ? before : ms;
    if (asked == null || asked.equals(zone.arg()) || m.size() != 1) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(List.of(zone.arg())),
        new ZoneSet.Named(List.of(asked)), m, Op.SIDE_BY_SIDE), true);
  }

  /**
   * "tổng hai khu", "cả hai cộng lại", "khu nào nhiều hơn" right after two zones were checked one by one against a
   * bound ("Linh Trung có hơn 30000 ko", "còn Linh Trung 2 có hơn 20000 ko"): those two, in the bound's measure.
   */
  private static Parse twoChecked(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    List<String> last = checked(prev);
    List<String> recent = c.recent();
    if (last.size() != 1 || !zones.isEmpty() || t.has(Kind.KIND) || t.has(Kind.ALL) || recent.size() < 2
        || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.SHARE) || t.has(Kind.PRONOUN) && !two(sp)) {
      return null;
    }
    Measure m = ms.size() == 1 ? ms.get(0) : checkedMeasure((StatQuery.ListZones) prev);
    if (!ms.isEmpty() && ms.size() != 1 || m == Measure.WORKERS_PER_ENTERPRISE) {
      return null;
    }
    ZoneSet both = new ZoneSet.Named(recent.subList(recent.size() - 2, recent.size()));
    boolean counted = two(sp);
    // a bound after the sum ("cả hai cộng lại có trên 60000 không") is checked on it elsewhere (boundOnPointed)
    if (t.has(Kind.SUM) && (counted || !t.has(Kind.NUMBER)) && !t.has(Kind.MORE) && !t.has(Kind.LESS)
        && !t.has(Kind.WHICH)) {
      return new Parse.Stat(new StatQuery.Figures(both, List.of(m), Agg.SUM), true);
    }
    if (t.has(Kind.NUMBER) || !(counted || t.has(Kind.WHICH))) {
      return null;
    }
    List<String> ids = both.namedIds();
    ZoneSet a = new ZoneSet.Named(List.of(ids.get(0)));
    ZoneSet b = new ZoneSet.Named(List.of(ids.get(1)));
    if (t.has(Kind.DIFF)) {
      return new Parse.Stat(new StatQuery.Compare(a, b, List.of(m), Op.DIFFERENCE), true);
    }
    if (t.has(Kind.TIMES)) {
      return new Parse.Stat(new StatQuery.Compare(a, b, List.of(m), Op.RATIO), true);
    }
    if (t.has(Kind.WHICH) && (t.has(Kind.MORE) || t.has(Kind.LESS)) || t.has(Kind.COMPARE)) {
      return new Parse.Stat(new StatQuery.Compare(a, b, List.of(m), Op.SIDE_BY_SIDE), true);
    }
    return null;
  }

  /**
   * "what about SHTP, over 150?", "and LT1 over 30?" after "Cát Lái có hơn 100 doanh nghiệp không": a bound with no
   * measure said on the zones named is in the measure of the check (or the figure) just before, never the default.
   */
  static Parse boundInMeasureBefore(Parse p, Tagger.Tagged t, QueryParser.Context c) {
    if (!(p instanceof Parse.Stat st) || !(st.query() instanceof StatQuery.ListZones l)
        || !(l.set() instanceof ZoneSet.Filtered f) || !(f.base() instanceof ZoneSet.Named) || f.percent()
        || c.previous().isEmpty() || !QueryParser.measures(t).isEmpty()) {
      return p;
    }
    StatQuery prev = StatQuery.undated(c.previous().get());
    if (prev == null || checked(prev).isEmpty() && !(prev instanceof StatQuery.Figures pf && pf.agg() == Agg.EACH
        && pf.set() instanceof ZoneSet.Named)) {
      return p;
    }
    List<Measure> before = measuresAsked(prev);
    if (before.size() != 1 || before.get(0) == f.measure() || before.get(0) == Measure.WORKERS_PER_ENTERPRISE) {
      return p;
    }
    return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.Filtered(f.base(), before.get(0), f.more(),
        f.inclusive(), f.value(), false)), st.followUp(), st.dropped(), st.topical());
  }

  /** Words that point at the place under discussion ("there", "ở đó", "tại đây"). */
  private static final List<String> THERE = List.of(" there ", " o do ", " tai do ", " o day ", " tai day ",
      " in it ", " o khu do ", " trong do ");

  /**
   * "ok how many workers in total there?", "tổng cộng ở đó bao nhiêu lao động" right after a question about one zone
   * (answered or not): that zone's figure, never the five zones' total.
   */
  private static Parse totalThere(Tagger.Tagged t, QueryParser.Context c) {
    List<String> recent = c.recent();
    if (recent.isEmpty() || !t.has(Kind.SUM) || t.has(Kind.ZONE) || t.has(Kind.KIND) || t.has(Kind.UNKNOWN_ZONE)
        || t.has(Kind.THUDUC) || t.has(Kind.NUMBER) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.SHARE)
        || t.has(Kind.RANK) || t.has(Kind.WHICH) || t.has(Kind.COUNTZ)) {
      return null;
    }
    String sp = QueryParser.spaced(t);
    boolean there = false;
    for (String w : THERE) {
      there |= sp.contains(w);
    }
    if (!there || two(sp) || t.has(Kind.ALL)) {
      return null;
    }
    for (String w : PLURAL) {
      if (sp.contains(w)) {
        return null;
      }
    }
    StatQuery prev = c.previous().isEmpty() ? null : StatQuery.undated(c.previous().get());
    // the zone under discussion: the one the last question was on, or, after a question with no figure, the last asked
    List<String> asked = prev == null ? List.of() : zonesAsked(prev);
    if (prev != null && QueryParser.setOf(prev) != null && asked.size() != 1) {
      return null;
    }
    String zone = asked.size() == 1 ? asked.get(0) : recent.get(recent.size() - 1);
    List<Measure> ms = QueryParser.measures(t);
    if (ms.isEmpty()) {
      ms = prev == null ? List.of() : QueryParser.measuresOf(prev);
    }
    if (ms.isEmpty()) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(List.of(zone)), ms, Agg.EACH), true);
  }

  /**
   * "and more workers?", "còn lao động thì sao, nhiều hơn không?" after "Linh Trung 2 has more enterprises than Linh
   * Trung 1, right?": the same two sides compared by the measure now said, never the two zones' figures summed.
   */
  private static Parse sameComparisonBy(Tagger.Tagged t, List<String> zones, List<Measure> ms, StatQuery prev) {
    if (!(prev instanceof StatQuery.Compare pc) || pc.op() != Op.SIDE_BY_SIDE || !zones.isEmpty() || ms.isEmpty()
        || ms.equals(pc.measures()) || !(t.has(Kind.MORE) || t.has(Kind.LESS)) || t.has(Kind.KIND)
        || t.has(Kind.NUMBER) || t.has(Kind.ALL) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.SHARE)
        || t.has(Kind.SUM) || t.has(Kind.WHICH) || t.has(Kind.DIFF) || t.has(Kind.TIMES) || t.has(Kind.MEAN)
        || t.has(Kind.RANK) || t.has(Kind.ORDINAL)) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Compare(pc.a(), pc.b(), ms, Op.SIDE_BY_SIDE), true);
  }

  /** The two zones of a pair just asked together ("tổng hai khu này", "Cat Lai and Binh Chieu"), else null. */
  private static List<String> pairOf(StatQuery prev) {
    if (prev instanceof StatQuery.Figures f && f.set() instanceof ZoneSet.Named n && n.ids().size() == 2
        && (f.agg() == Agg.SUM || f.agg() == Agg.EACH)) {
      return n.ids();
    }
    return null;
  }

  /**
   * "chênh nhau bao nhiêu", "what's the difference between them?", "gấp mấy lần" right after the total (or the
   * figures) of two zones ("tổng hai khu này"): the two zones against each other, never their total against one.
   */
  private static Parse pairApart(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms, StatQuery prev) {
    List<String> pair = pairOf(prev);
    // "hai khu chênh nhau bao nhiêu": the only number is the two of the pair
    boolean number = t.has(Kind.NUMBER) && !(t.all(Kind.NUMBER).size() == 1 && two(sp) && !t.has(Kind.MORE)
        && !t.has(Kind.LESS));
    if (pair == null || !zones.isEmpty() || !(t.has(Kind.DIFF) || t.has(Kind.TIMES)) || t.has(Kind.KIND)
        || t.has(Kind.ALL) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.SHARE) || number
        || t.has(Kind.MINUS) || t.has(Kind.REST) || t.has(Kind.RANK) || t.has(Kind.ORDINAL)) {
      return null;
    }
    List<Measure> m = ms.isEmpty() ? QueryParser.measuresOf(prev) : ms;
    if (m.size() != 1 || m.get(0) == Measure.WORKERS_PER_ENTERPRISE) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(List.of(pair.get(0))),
        new ZoneSet.Named(List.of(pair.get(1))), m, t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE), true);
  }

  /** Words that take two zones together ("together", "cộng lại", "cả hai", "gộp"). */
  private static boolean together(String sp) {
    return two(sp) || sp.contains(" together ") || sp.contains(" cong lai ") || sp.contains(" gop ")
        || sp.contains(" combined ") || sp.contains(" chung ") || sp.contains(" cong ");
  }

  /**
   * "what percentage of the five zones is that together?", "hai khu chiếm bao nhiêu % của 5 khu" after two zones'
   * total or a comparison of the two; "both together?", "cả hai cộng lại?" after the two zones' shares one by one:
   * the share of the pair, never one zone as a percentage of the other nor the sum of their counts.
   */
  private static Parse pairShare(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    if (!zones.isEmpty() || t.has(Kind.KIND) || t.has(Kind.NUMBER) || t.has(Kind.MAX) || t.has(Kind.MIN)
        || t.has(Kind.RANK) || t.has(Kind.ORDINAL) || t.has(Kind.THUDUC) || t.has(Kind.DIFF) || t.has(Kind.TIMES)
        || t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.WHICH)) {
      return null;
    }
    if (prev instanceof StatQuery.Share s && s.part() instanceof ZoneSet.Named n && n.ids().size() == 1
        && !t.has(Kind.ALL) && together(sp) && ms.isEmpty() && c.recent().size() >= 2) {
      List<String> recent = c.recent();
      List<String> both = List.of(recent.get(recent.size() - 2), recent.get(recent.size() - 1));
      if (!both.contains(n.ids().get(0)) || both.get(0).equals(both.get(1))) {
        return null;
      }
      return new Parse.Stat(new StatQuery.Share(new ZoneSet.Named(both), s.base(), s.measures()), true);
    }
    if (!t.has(Kind.SHARE) || !t.has(Kind.ALL)) {
      return null;
    }
    List<String> pair = pairOf(prev);
    if (pair == null && together(sp) && prev instanceof StatQuery.Compare pc && pc.a() instanceof ZoneSet.Named a
        && pc.b() instanceof ZoneSet.Named b && a.ids().size() == 1 && b.ids().size() == 1
        && !a.ids().equals(b.ids())) {
      pair = List.of(a.ids().get(0), b.ids().get(0));
    }
    if (pair == null) {
      return null;
    }
    List<Measure> m = ms.isEmpty() ? QueryParser.measuresOf(prev) : ms;
    if (m.isEmpty() || m.contains(Measure.WORKERS_PER_ENTERPRISE)) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Share(new ZoneSet.Named(pair), java.util.Optional.of(new ZoneSet.All()), m),
        true);
  }

  /** True when the question is a sum word and nothing else: "gộp lại", "cộng lại?", "combined?". */
  private static boolean onlySum(Tagger.Tagged t) {
    for (Tag x : t.tags()) {
      if (!x.is(Kind.SUM) && !x.is(Kind.FILLER) && !x.is(Kind.FOLLOW) && !x.is(Kind.HOWMANY)) {
        return false;
      }
    }
    return true;
  }

  /** The last two zones asked when the question says "the two" ("cả hai", "both"), else the empty list. */
  static List<String> twoAsked(Tagger.Tagged t, QueryParser.Context c) {
    List<String> recent = c.recent();
    if (recent.size() < 2 || !two(QueryParser.spaced(t))) {
      return List.of();
    }
    return recent.subList(recent.size() - 2, recent.size());
  }

  /** "hai khu", "2 khu", "cả hai", "both", "the two": the two zones asked before. */
  private static boolean two(String sp) {
    return sp.contains(" hai khu ") || sp.contains(" 2 khu ") || sp.contains(" ca hai ") || sp.contains(" ca 2 ")
        || sp.contains(" both ") || sp.contains(" the two ") || sp.contains(" two zones ") || sp.contains(" hai ben ")
        || sp.contains(" those two ") || sp.contains(" these two ") || sp.contains(" those 2 ")
        || sp.contains(" these 2 ") || sp.contains(" the 2 ");
  }

  /**
   * "tổng lao động các khu này", "tổng của chúng", "total of these" after a top N, also after a question on one of its
   * rows ("cuối bảng có bao nhiêu doanh nghiệp"): the N zones of that ranking, never every zone nor that one row.
   */
  private static Parse rowsOfRanking(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    if (!zones.isEmpty() || t.has(Kind.KIND) || allSaid(t) || c.ranking().isEmpty()
        || !c.ranking().get().table() || !(t.has(Kind.SUM) || t.has(Kind.MEAN)) || t.has(Kind.MAX) || t.has(Kind.MIN)
        || t.has(Kind.WHICH) || t.has(Kind.SHARE) || t.has(Kind.PER) || !plural(t, sp)
        || two(sp) && c.ranking().get().rows().size() != 2) {
      return null; // "those two combined" after two rows asked one by one: those two (twoAsked), not the table
    }
    Conversations.Ranking k = c.ranking().get();
    List<String> rows = k.rows();
    // the ranking itself, or a question on one of its rows since: anything else has zones of its own
    boolean onRanking = prev instanceof StatQuery.Ranked;
    ZoneSet set = QueryParser.setOf(prev);
    boolean onRow = set instanceof ZoneSet.Named n && (n.ids().size() == 1 && rows.contains(n.ids().get(0))
        || n.ids().equals(rows));
    if (!onRanking && !onRow || k.query().limit() == 0 && !(set instanceof ZoneSet.Named)) {
      return null;
    }
    List<Measure> measures = new ArrayList<>();
    for (Measure m : ms) {
      if (m != Measure.WORKERS_PER_ENTERPRISE) {
        measures.add(m);
      }
    }
    if (measures.isEmpty()) {
      if (!ms.isEmpty()) {
        return null;
      }
      Measure ranked = k.query().measure();
      List<Measure> asked = QueryParser.measuresOf(prev);
      // "tổng của chúng" after "khu thứ 2 bn dn" of a ranking by workers: which figure is not said, so both
      if (ranked == Measure.WORKERS_PER_ENTERPRISE || asked.size() != 1 || asked.get(0) != ranked) {
        measures.add(Measure.WORKERS);
        measures.add(Measure.ENTERPRISES);
      } else {
        measures.add(ranked);
      }
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(rows), measures,
        t.has(Kind.MEAN) ? Agg.MEAN : Agg.SUM), true);
  }

  /** True when the question names every zone ("5 khu", "tất cả"), not "các khu này" (the zones just shown). */
  private static boolean allSaid(Tagger.Tagged t) {
    for (Tag a : t.all(Kind.ALL)) {
      String words = " " + String.join(" ", t.words().subList(a.from(), a.to())) + " ";
      if (!PLURAL.contains(words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean plural(Tagger.Tagged t, String sp) {
    for (String p : PLURAL) {
      if (sp.contains(p)) {
        return true;
      }
    }
    // "tổng chúng nó", "chúng" with its diacritics is never "chung" (common)
    for (String w : t.original()) {
      if (w.equalsIgnoreCase("chúng")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "gộp cả 4 khu thì sao", "all 4 together" right after the totals of two groups ("tổng dn 2 kcn", "còn 2 kcx"): the
   * two groups together, when the count said can be theirs, in the last question's measure.
   */
  private static Parse groupsJoined(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    List<ZoneSet> groups = c.groups();
    if (!zones.isEmpty() || t.has(Kind.KIND) || groups.size() != 2
        || groups.get(0).equals(groups.get(1)) || !(prev instanceof StatQuery.Figures f && f.agg() != Agg.MEAN)
        || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.SHARE) || t.has(Kind.WHICH) || t.has(Kind.DIFF)
        || t.has(Kind.TIMES) || t.has(Kind.COMPARE) || t.has(Kind.MINUS)) {
      return null;
    }
    int said = 0;
    for (Tag n : t.all(Kind.NUMBER)) {
      Tag next = t.at(n.to());
      String before = n.from() > 0 ? t.words().get(n.from() - 1) : "";
      if ((next != null && next.is(Kind.ZONEWORD) || before.equals("all") || before.equals("ca"))
          && n.number() >= 3 && n.number() <= 5) {
        said = (int) n.number();
      }
    }
    // "all 4 together": "all" is the count's, not every zone; "tất cả", "5 khu" alone are every zone
    for (Tag a : t.all(Kind.ALL)) {
      if (said == 0 || a.to() - a.from() != 1 || !t.words().get(a.from()).equals("all")) {
        return null;
      }
    }
    boolean joinWord = false;
    for (String w : JOIN) {
      joinWord |= sp.contains(w);
    }
    if (groups.get(0) instanceof ZoneSet.Named a && a.ids().size() == 1 && groups.get(1) instanceof ZoneSet.Named b
        && b.ids().size() == 1) {
      return null; // zones asked one by one: "the two", "cả ba khu vừa hỏi" are the zones asked, read elsewhere
    }
    // a kind among them: zones asked one by one and then summed stay what "hai khu" counts back
    boolean bothGroups = said == 0 && t.has(Kind.SUM) && (two(sp) || onlySum(t))
        && (!(groups.get(0) instanceof ZoneSet.Named) || !(groups.get(1) instanceof ZoneSet.Named))
        // every zone is no group to add another zone to ("rank the zones", then a zone, then "total of those two")
        && !(groups.get(0) instanceof ZoneSet.All) && !(groups.get(1) instanceof ZoneSet.All);
    if (bothGroups) {
      // "cả hai cộng lại" after a group's total and a zone's figure: the two asked, together
      List<Measure> measures = ms.isEmpty() ? ((StatQuery.Figures) prev).measures() : ms;
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Union(List.of(groups.get(0), groups.get(1))), measures,
          Agg.SUM), true);
    }
    if (said == 0 || !joinWord) {
      return null;
    }
    // the zones of each group where the groups name them; a kind's zones are the data's, counted when answered
    int known = 0;
    boolean counted = true;
    for (ZoneSet g : groups) {
      if (g instanceof ZoneSet.Named n) {
        known += n.ids().size();
      } else {
        counted = false;
        known += 2; // a kind is at least two zones here, or it would not be a group asked as one
      }
    }
    List<Measure> measures = ms.isEmpty() ? ((StatQuery.Figures) prev).measures() : ms;
    if (counted ? known != said : said < known) {
      // "gộp cả 3 khu" after groups of four zones: which three is asked, never guessed
      return new Parse.Clarify(Parse.Need.ZONE, measures);
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Union(List.of(groups.get(0), groups.get(1))), measures,
        Agg.SUM), true);
  }

  /**
   * "thêm khu công nghệ cao nữa", "plus Cat Lai", "add Binh Chieu" after a total of a group: that group with the zone
   * added, never the zone alone; after one zone's figure it is not this rule's (a figure asked too, not a sum).
   */
  private static Parse grown(Tagger.Tagged t, List<String> zones, List<Measure> ms, StatQuery prev) {
    if (zones.isEmpty() || !(prev instanceof StatQuery.Figures f) || f.agg() != Agg.SUM || t.has(Kind.MINUS)
        || t.has(Kind.REST) || t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.COMPARE) || t.has(Kind.DIFF)
        || t.has(Kind.TIMES) || t.has(Kind.SHARE) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.WHICH)
        || f.set() instanceof ZoneSet.All || f.measures().contains(Measure.WORKERS_PER_ENTERPRISE)) {
      return null;
    }
    Tag first = null;
    for (Tag z : t.all(Kind.ZONE)) {
      first = first == null || z.from() < first.from() ? z : first;
    }
    int at = first.from() - 1;
    while (at >= 0 && (t.at(at) != null && t.at(at).is(Kind.KIND) || SKIPPED.contains(t.words().get(at)))) {
      at--; // "thêm khu công nghệ cao", "plus the Hi-Tech Park", "thêm cả Cát Lái": the words before a name
    }
    if (at < 0 || !ADD.contains(t.words().get(at))) {
      return null;
    }
    List<String> had = f.set().namedIds();
    List<String> added = new ArrayList<>();
    for (String z : zones) {
      if (!had.contains(z)) {
        added.add(z);
      }
    }
    if (added.isEmpty()) {
      return null;
    }
    ZoneSet set;
    if (f.set() instanceof ZoneSet.Named n) {
      List<String> ids = new ArrayList<>(n.ids());
      ids.addAll(added);
      set = new ZoneSet.Named(ids);
    } else if (f.set() instanceof ZoneSet.Union u) {
      List<ZoneSet> parts = new ArrayList<>(u.parts());
      parts.add(new ZoneSet.Named(added));
      set = new ZoneSet.Union(parts);
    } else {
      set = new ZoneSet.Union(List.of(f.set(), new ZoneSet.Named(added)));
    }
    return new Parse.Stat(new StatQuery.Figures(set, ms.isEmpty() ? f.measures() : ms, Agg.SUM), true);
  }

  /**
   * "ít hơn kcx linh trung không", "nhiều hơn LT2 ko", "is that more than Binh Chieu?" after one zone's figure (or a
   * bound checked on it, or a comparison of it): that zone against the zone named, yes or no first, never the other
   * zone's figure alone.
   */
  private static Parse againstAsked(Tagger.Tagged t, List<String> zones, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    if (zones.size() != 1 || !(t.has(Kind.MORE) || t.has(Kind.LESS)) || !YesNo.asked(t) || t.has(Kind.WHICH)
        || t.has(Kind.NUMBER) || t.has(Kind.SUM) || t.has(Kind.KIND) || t.has(Kind.ALL) || t.has(Kind.MAX)
        || t.has(Kind.MIN) || t.has(Kind.SHARE) || t.has(Kind.DIFF) || t.has(Kind.TIMES) || t.has(Kind.MEAN)
        || t.has(Kind.ORDINAL) || t.has(Kind.LAST)) {
      return null;
    }
    // the subject: the zone asked, the zone a bound was checked on, or the subject of a comparison
    Subject was = subject(prev, true);
    String subject = was == null ? null : was.zone();
    List<Measure> before = was == null ? List.of() : was.measures();
    // the zone named must come after the comparison word: "Cát Lái có ít hơn không" names the subject itself
    Tag word = t.has(Kind.MORE) ? t.all(Kind.MORE).get(0) : t.all(Kind.LESS).get(0);
    if (subject == null || subject.equals(zones.get(0)) || t.all(Kind.ZONE).get(0).from() < word.from()) {
      return null;
    }
    List<Measure> m = ms.isEmpty() ? before : ms;
    if (m.size() != 1) {
      return null; // a card, or both figures: which figure is compared is not said
    }
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(List.of(subject)),
        new ZoneSet.Named(List.of(zones.get(0))), m, Op.SIDE_BY_SIDE), true);
  }

  /**
   * "nó là khu chế xuất hay khu công nghiệp", "is it an EPZ?", "khu đó thuộc loại nào" after one zone: that zone's
   * card, which says its kind (and the yes or no of a kind claimed), never a sum over kinds.
   */
  private static Parse kindOfIt(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    if (!zones.isEmpty() || !ms.isEmpty() || t.has(Kind.HOWMANY) || t.has(Kind.SUM)
        || t.has(Kind.MEAN) || t.has(Kind.ALL) || t.has(Kind.NUMBER) || t.has(Kind.MAX) || t.has(Kind.MIN)
        || t.has(Kind.SHARE) || t.has(Kind.COMPARE) || t.has(Kind.MORE) || t.has(Kind.LESS)) {
      return null;
    }
    boolean kindAsked = false;
    for (String k : KIND_WORDS) {
      kindAsked |= sp.contains(k); // "thuộc loại khu gì" asks the kind of the zone under discussion
    }
    // a kind named ("khu chế xuất?") asks it of the zone only through a pronoun: "nó là KCX hay KCN", "is it an EPZ?"
    kindAsked |= t.has(Kind.PRONOUN) && t.has(Kind.KIND) && (YesNo.asked(t) || sp.contains(" hay ")
        || sp.contains(" or ") || sp.contains(" la ") || sp.contains(" is "));
    if (!kindAsked) {
      return null;
    }
    String zone = FollowUpRules.oneZone(prev, c);
    if (zone == null) {
      List<String> checked = checked(prev);
      zone = checked.size() == 1 ? checked.get(0) : null;
    }
    return zone == null ? null : new Parse.Stat(new StatQuery.Card(zone), true);
  }
}
