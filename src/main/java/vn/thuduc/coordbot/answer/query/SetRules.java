package vn.thuduc.coordbot.answer.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.StatQuery.Agg;
import vn.thuduc.coordbot.answer.query.StatQuery.Op;
import vn.thuduc.coordbot.answer.query.Tag.Kind;

/**
 * The rules of {@link QueryParser} for statistics of sets and of two figures at once, tried first: the zone nearest
 * the mean ("gần mức trung bình nhất"), the two zones nearest each other ("gần bằng nhau", "chênh lệch ít nhất"),
 * the smallest and the largest asked together ("ít nhất và nhiều nhất là bao nhiêu"), a gap between one end of a
 * ranking and another place or the first few ("khu nhiều nhất và khu thứ hai", "tổng 3 khu ít nhất"), one measure
 * against the other ("tỷ lệ doanh nghiệp so với lao động", "workers vs enterprises"), a bound or an extreme of workers
 * per enterprise in words apart ("lao động bình quân trên 500 người mỗi doanh nghiệp", "… nhất tính trung bình"),
 * "nhiều doanh nghiệp nhưng ít lao động nhất" read as the ratio, a group held equal to a zone ("A và B cộng lại có
 * bằng C không"), a zone held against both groups of the conversation ("có nhiều hơn cả hai cộng lại không"), which
 * kind a zone is, and a district the data lacks ("District 9"). Each rule returns null when the question is not its
 * own. Loops, not lambdas: this is the statistics path of a cold {@code ask}.
 */
final class SetRules {
  private SetRules() {}

  private static final List<String> NEAR_MEAN = List.of(" gan muc trung binh ", " gan voi muc trung binh ",
      " gan trung binh ", " gan voi trung binh ", " sat muc trung binh ", " sat trung binh ", " gan binh quan ",
      " gan muc binh quan ", " gan voi muc binh quan ", " xap xi muc trung binh ", " closest to the average ",
      " closest to average ", " nearest the average ", " nearest to the average ", " closest to the mean ",
      " nearest the mean ", " nearest to the mean ", " nearest average ", " closest to the mean ");
  private static final List<String> CLOSEST = List.of(" gan bang nhau ", " gan nhau nhat ", " sat nhau nhat ",
      " sat nhau ", " xap xi nhau ", " ngang nhau ", " tuong duong nhau ", " chenh lech it nhat ",
      " chenh lech nho nhat ", " chenh lech thap nhat ", " chenh nhau it nhat ", " it chenh lech nhat ",
      " closest to each other ", " nearest each other ", " most similar ", " smallest difference ",
      " smallest gap ", " least difference ", " closest pair ", " closest together ", " closest in ",
      " are closest ");
  private static final List<String> KIND_WORDS = List.of(" loai khu ", " loai gi ", " loai nao ", " thuoc loai ",
      " la loai ", " what kind ", " what type ", " which kind ", " which type ", " kind of zone ", " type of zone ");
  /** Words of a district, before its number: "District 9", "quận 9", "huyện 2". */
  private static final Set<String> DISTRICT = Set.of("district", "quan", "huyen", "phuong", "ward", "q");
  /** Words between two measures that set one against the other: "workers vs enterprises", "so với". */
  private static final Set<String> AGAINST = Set.of("vs", "versus", "voi", "against", "lan", "compared", "ratio");
  private static final Set<String> BETWEEN_MEASURES = Set.of("vs", "versus", "so", "voi", "against", "to",
      "compared", "gap", "bao", "nhieu", "may", "lan", "tong", "the", "of", "total", "number", "tren", "ratio");
  private static final Set<String> MANY = Set.of("nhieu", "dong", "lon", "many", "most", "more", "cao");
  private static final Set<String> FEW = Set.of("it", "fewest", "few", "thap", "nho", "fewer", "least");
  private static final Set<String> BUT = Set.of("nhung", "but", "ma", "yet", "while");
  private static final Set<String> EQUAL = Set.of("bang", "ngang", "equal", "equals");
  private static final List<String> BOTH_GROUPS = List.of(" ca hai ", " ca 2 ", " hai nhom ", " 2 nhom ", " both ",
      " hai loai ", " 2 loai ", " hai khoi ", " 2 khoi ");

  /** The query of {@code t} when one of these rules reads it, else null. */
  static Parse read(Tagger.Tagged t, QueryParser.Context c) {
    if (t.has(Kind.UNKNOWN_ZONE) || t.has(Kind.NOMEASURE) || t.has(Kind.THUDUC)) {
      return null;
    }
    List<String> zones = new ArrayList<>();
    for (Tag z : t.all(Kind.ZONE)) {
      if (!zones.contains(z.arg())) {
        zones.add(z.arg());
      }
    }
    List<Measure> ms = QueryParser.measures(t);
    Parse p = district(t, zones);
    if (p == null) {
      p = kindOfZone(t, zones, ms);
    }
    if (p == null) {
      p = nearMean(t, zones, ms, c);
    }
    if (p == null) {
      p = closest(t, zones, ms, c);
    }
    if (p == null) {
      p = perEnterprise(t, zones, ms);
    }
    if (p == null) {
      p = shareAgainstShare(t, zones);
    }
    if (p == null) {
      p = measureAgainstMeasure(t, zones);
    }
    if (p == null) {
      p = manyButFew(t, zones);
    }
    if (p == null) {
      p = range(t, zones, ms, c);
    }
    if (p == null) {
      p = bothEnds(t, zones, ms);
    }
    if (p == null) {
      p = endAndPlace(t, zones, ms);
    }
    if (p == null) {
      p = groupEqual(t, zones, ms);
    }
    if (p == null) {
      p = againstBothGroups(t, zones, ms, c);
    }
    return p;
  }

  private static ZoneSet base(Tagger.Tagged t) {
    return RankRules.kindsOr(t, new ZoneSet.All());
  }

  /** The one measure said (a ratio only when said), else the conversation's, else workers, which the answer names. */
  private static Measure one(List<Measure> ms, QueryParser.Context c) {
    if (ms.size() == 1) {
      return ms.get(0);
    }
    if (!ms.isEmpty()) {
      return null;
    }
    if (c.previous().isPresent()) {
      for (Measure m : QueryParser.measuresOf(StatQuery.undated(c.previous().get()))) {
        if (m != Measure.WORKERS_PER_ENTERPRISE) {
          return m;
        }
      }
    }
    return Measure.WORKERS;
  }

  // --- a place the data lacks ----------------------------------------------------------------------------------

  /** "How many workers in District 9?", "quận 12 có bao nhiêu công ty": a district by its number, not found. */
  private static Parse district(Tagger.Tagged t, List<String> zones) {
    if (!zones.isEmpty() || t.has(Kind.KIND)) {
      return null;
    }
    for (Tag n : t.all(Kind.NUMBER)) {
      int w = n.from() - 1;
      if (w >= 0 && t.at(w) == null && DISTRICT.contains(t.words().get(w)) && n.to() == n.from() + 1) {
        return new Parse.NotFound(t.span(w, n.to()));
      }
    }
    return null;
  }

  // --- which kind a zone is --------------------------------------------------------------------------------------

  /** "Khu chế xuất Linh Trung thuộc loại khu gì?", "what type of zone is Cat Lai": the zone's card, with its kind. */
  private static Parse kindOfZone(Tagger.Tagged t, List<String> zones, List<Measure> ms) {
    if (zones.size() != 1 || !ms.isEmpty() || !t.saysAny(KIND_WORDS)) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Card(zones.get(0)), false);
  }

  // --- nearest the mean, nearest each other ------------------------------------------------------------------------

  /** "Khu nào có số doanh nghiệp gần với mức trung bình nhất?", "which zone is closest to the average?". */
  private static Parse nearMean(Tagger.Tagged t, List<String> zones, List<Measure> ms,
      QueryParser.Context c) {
    if (!zones.isEmpty() || t.has(Kind.NUMBER) || !t.saysAny(NEAR_MEAN)) {
      return null;
    }
    Measure m = one(ms, c);
    if (m == null) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.NearMean(base(t), m), List.of(m), Agg.EACH),
        ms.isEmpty() && c.previous().isPresent());
  }

  /** "Khu nào có số doanh nghiệp gần bằng nhau?", "hai khu nào chênh lệch ít nhất": the two nearest each other. */
  private static Parse closest(Tagger.Tagged t, List<String> zones, List<Measure> ms,
      QueryParser.Context c) {
    if (!zones.isEmpty() || !twoZonesOnly(t) || !t.saysAny(CLOSEST)
        || t.has(Kind.PRONOUN) && c.previous().isPresent()) {
      return null;
    }
    Measure m = one(ms, c);
    if (m == null) {
      return null;
    }
    ZoneSet base = base(t);
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.ClosestPair(base, m, true),
        new ZoneSet.ClosestPair(base, m, false), List.of(m), Op.DIFFERENCE), false);
  }

  /** True when the only number is the count of the pair ("hai khu nào", "which two zones"), or there is none. */
  private static boolean twoZonesOnly(Tagger.Tagged t) {
    for (Tag n : t.all(Kind.NUMBER)) {
      Tag next = t.at(n.to());
      if (n.number() != 2 || next == null || !next.is(Kind.ZONEWORD) && !next.is(Kind.WHICH)) {
        return false;
      }
    }
    return true;
  }

  // --- workers per enterprise in words apart ------------------------------------------------------------------------

  /**
   * "Liệt kê các khu có lao động bình quân trên 500 người mỗi doanh nghiệp": the bound is on the ratio; "Doanh nghiệp
   * ở khu nào đông lao động nhất tính trung bình?": the ranking is by the ratio.
   */
  private static Parse perEnterprise(Tagger.Tagged t, List<String> zones, List<Measure> ms) {
    boolean workers = MaxMeasure.of(t) == Measure.WORKERS;
    boolean enterprises = false;
    for (Tag m : t.all(Kind.MEASURE)) {
      workers |= QueryParser.code(m.arg()) == Measure.WORKERS;
      enterprises |= QueryParser.code(m.arg()) == Measure.ENTERPRISES;
    }
    boolean both = workers && enterprises;
    if (!zones.isEmpty() || !t.has(Kind.MEAN) || !both) {
      return null;
    }
    List<Tag> numbers = t.all(Kind.NUMBER);
    if (numbers.size() == 1 && t.has(Kind.PER)) {
      Tag n = numbers.get(0);
      Tag bound = n.from() > 0 ? t.at(n.from() - 1) : null;
      if (bound != null && (bound.is(Kind.MORE) || bound.is(Kind.LESS))) {
        return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.Filtered(base(t), Measure.WORKERS_PER_ENTERPRISE,
            bound.is(Kind.MORE), false, n.number())), false);
      }
    }
    // "đông lao động nhất tính trung bình": the superlative is of workers, never "nhiều doanh nghiệp nhất"
    if (numbers.isEmpty() && t.has(Kind.WHICH) && (t.has(Kind.MAX) || t.has(Kind.MIN)) && workersBeside(t)) {
      return new Parse.Stat(new StatQuery.Ranked(base(t), Measure.WORKERS_PER_ENTERPRISE, !t.has(Kind.MIN), 0, 1),
          false);
    }
    return null;
  }

  /** True when the superlative's measure is workers: in its words, or right before it ("lao động nhất"). */
  private static boolean workersBeside(Tagger.Tagged t) {
    if (MaxMeasure.of(t) == Measure.WORKERS) {
      return true;
    }
    for (Tag x : superlatives(t)) {
      Tag before = x.from() > 0 ? t.at(x.from() - 1) : null;
      if (before != null && before.is(Kind.MEASURE)) {
        return QueryParser.code(before.arg()) == Measure.WORKERS;
      }
    }
    return false;
  }

  /** The measure a superlative carries in its own words ("đông lao động nhất"), else null. */
  private static final class MaxMeasure {
    private MaxMeasure() {}

    static Measure of(Tagger.Tagged t) {
      for (Tag x : t.tags()) {
        if ((x.is(Kind.MAX) || x.is(Kind.MIN)) && !"-".equals(x.arg())) {
          return QueryParser.code(x.arg());
        }
      }
      return null;
    }
  }

  /**
   * "Khu nào có tỷ trọng lao động lớn hơn tỷ trọng doanh nghiệp?", "which zones have a larger share of workers than
   * of enterprises": each zone's share of the five zones' workers against its share of their enterprises; with a zone
   * named ("Cát Lái có tỷ lệ lao động cao hơn tỷ lệ doanh nghiệp không"), that zone.
   */
  private static Parse shareAgainstShare(Tagger.Tagged t, List<String> zones) {
    List<Tag> mt = t.all(Kind.MEASURE);
    List<Tag> shares = t.all(Kind.SHARE);
    if (mt.size() != 2 || shares.isEmpty() || t.has(Kind.NUMBER) || t.has(Kind.MAX) || t.has(Kind.MIN)
        || t.has(Kind.MORE) && t.has(Kind.LESS) || t.has(Kind.THUDUC)) {
      return null;
    }
    Measure a = QueryParser.code(mt.get(0).arg());
    Measure b = QueryParser.code(mt.get(1).arg());
    if (a == b || a == Measure.WORKERS_PER_ENTERPRISE || b == Measure.WORKERS_PER_ENTERPRISE
        || shares.get(0).from() > mt.get(0).from()) {
      return null;
    }
    // the comparative is between the two shares: "tỷ trọng lao động lớn hơn tỷ trọng doanh nghiệp", "a larger share
    // of workers than of enterprises"; a share word before each measure, or "than" between them
    Tag cmp = first(t, t.has(Kind.MORE) ? Kind.MORE : Kind.LESS);
    boolean secondShare = false;
    boolean than = false;
    boolean and = false;
    for (int i = mt.get(0).to(); i < mt.get(1).from(); i++) {
      Tag x = t.at(i);
      secondShare |= x != null && x.is(Kind.SHARE);
      than |= t.words().get(i).equals("than") || t.words().get(i).equals("hon");
      and |= x != null && x.is(Kind.AND) || t.words().get(i).equals("voi") || t.words().get(i).equals("vs");
    }
    if (cmp == null && and && secondShare && zones.isEmpty() && !YesNo.asked(t)) {
      // "so sánh tỷ trọng lao động và tỷ trọng doanh nghiệp của từng khu": every zone, both shares
      return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.ShareVsShare(base(t), a, true, true)), false);
    }
    if (cmp == null || cmp.to() > mt.get(1).from() || !secondShare && !than) {
      return null;
    }
    ZoneSet base = zones.isEmpty() ? base(t) : new ZoneSet.Named(zones);
    return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.ShareVsShare(base, a, t.has(Kind.MORE), false)), false);
  }

  private static Tag first(Tagger.Tagged t, Kind k) {
    for (Tag x : t.tags()) {
      if (x.is(k)) {
        return x;
      }
    }
    return null;
  }

  /**
   * "Tỷ lệ doanh nghiệp so với lao động ở Cát Lái?", "linh trung workers vs enterprises", "Tổng số lao động gấp bao
   * nhiêu lần tổng số doanh nghiệp?": one measure against the other is workers per enterprise, which the answer
   * gives with both figures.
   */
  private static Parse measureAgainstMeasure(Tagger.Tagged t, List<String> zones) {
    List<Tag> mt = t.all(Kind.MEASURE);
    if (mt.size() != 2 || mt.get(0).arg().equals(mt.get(1).arg()) || t.has(Kind.NUMBER) || t.has(Kind.MAX)
        || t.has(Kind.MIN) || t.has(Kind.RANK) || t.has(Kind.ORDINAL) || t.has(Kind.MORE) || t.has(Kind.LESS)
        || t.has(Kind.KIND) || YesNo.asked(t)) {
      return null;
    }
    if (QueryParser.code(mt.get(0).arg()) == Measure.WORKERS_PER_ENTERPRISE
        || QueryParser.code(mt.get(1).arg()) == Measure.WORKERS_PER_ENTERPRISE) {
      return null;
    }
    // "ratio of enterprises to workers", "tỷ lệ doanh nghiệp trên lao động": the ratio word before them sets them apart
    boolean against = false;
    for (int i = 0; i < mt.get(0).from(); i++) {
      Tag x = t.at(i);
      against |= t.words().get(i).equals("ratio") || x != null && x.is(Kind.SHARE);
    }
    for (int i = mt.get(0).to(); i < mt.get(1).from(); i++) {
      String w = t.words().get(i);
      if (!BETWEEN_MEASURES.contains(w)) {
        return null;
      }
      against |= AGAINST.contains(w);
    }
    if (!against) {
      return null;
    }
    ZoneSet set = zones.isEmpty() ? new ZoneSet.All() : new ZoneSet.Named(zones);
    return new Parse.Stat(new StatQuery.Figures(set, List.of(Measure.WORKERS_PER_ENTERPRISE),
        zones.isEmpty() ? Agg.SUM : Agg.EACH), false);
  }

  /**
   * "Khu nào có nhiều doanh nghiệp nhưng ít lao động nhất?": many of one measure but few of the other, with one
   * superlative, is read as the ratio (the fewest workers per enterprise), which the answer names.
   */
  private static Parse manyButFew(Tagger.Tagged t, List<String> zones) {
    List<Tag> mt = t.all(Kind.MEASURE);
    if (!zones.isEmpty() || !t.has(Kind.WHICH) || mt.size() != 2 || mt.get(0).arg().equals(mt.get(1).arg())
        || t.all(Kind.MAX).size() + t.all(Kind.MIN).size() != 1) {
      return null;
    }
    Measure a = QueryParser.code(mt.get(0).arg());
    Measure b = QueryParser.code(mt.get(1).arg());
    if (a == Measure.WORKERS_PER_ENTERPRISE || b == Measure.WORKERS_PER_ENTERPRISE) {
      return null;
    }
    String beforeA = mt.get(0).from() > 0 ? t.words().get(mt.get(0).from() - 1) : "";
    String beforeB = t.words().get(mt.get(1).from() - 1);
    boolean but = false;
    for (int i = mt.get(0).to(); i < mt.get(1).from(); i++) {
      but |= BUT.contains(t.words().get(i));
    }
    boolean manyFew = MANY.contains(beforeA) && FEW.contains(beforeB);
    boolean fewMany = FEW.contains(beforeA) && MANY.contains(beforeB);
    if (!but || !manyFew && !fewMany) {
      return null;
    }
    // many enterprises, few workers: the fewest workers per enterprise; many workers, few enterprises: the most
    boolean most = a == Measure.WORKERS == manyFew;
    return new Parse.Stat(new StatQuery.Ranked(base(t), Measure.WORKERS_PER_ENTERPRISE, most, 0, 1), false);
  }

  /** Words that ask how far the figures spread: "dao động trong khoảng nào", "range", "from … to …". */
  private static final List<String> RANGE = List.of(" dao dong ", " trong khoang nao ", " khoang nao ", " pham vi ",
      " bien do ", " bien dong tu ", " tu bao nhieu den bao nhieu ", " range ", " ranges ", " spread ",
      " min and max ", " min max ", " minimum and maximum ");

  /**
   * "Số lao động các khu dao động trong khoảng nào?", "range of enterprises across zones": from the fewest (zone,
   * figure) to the most, side by side.
   */
  private static Parse range(Tagger.Tagged t, List<String> zones, List<Measure> ms, QueryParser.Context c) {
    if (!zones.isEmpty() || t.has(Kind.NUMBER) || !t.saysAny(RANGE) || t.has(Kind.MAX) || t.has(Kind.MIN)
        || t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.RANK)) {
      return null;
    }
    Measure m = one(ms, c);
    if (m == null) {
      return null;
    }
    ZoneSet base = base(t);
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Extreme(base, m, false), new ZoneSet.Extreme(base, m, true),
        List.of(m), Op.SIDE_BY_SIDE), ms.isEmpty() && c.previous().isPresent());
  }

  // --- two ends of a ranking ------------------------------------------------------------------------------------

  /**
   * "Số lao động ít nhất và nhiều nhất là bao nhiêu?", "khu nào lớn nhất và khu nào nhỏ nhất", "which zones have the
   * most and the fewest enterprises": both ends, side by side (the question cut in two parts did not reach here).
   */
  private static Parse bothEnds(Tagger.Tagged t, List<String> zones, List<Measure> ms) {
    List<Tag> sup = superlatives(t);
    if (!zones.isEmpty() || sup.size() != 2 || sup.get(0).kind() == sup.get(1).kind()
        || t.has(Kind.DIFF) || t.has(Kind.TIMES) || t.has(Kind.SUM) || t.has(Kind.SHARE) || ms.size() > 1
        || !t.has(Kind.AND)) {
      return null;
    }
    Tag and = t.all(Kind.AND).get(0);
    if (and.from() < sup.get(0).to() || and.to() > sup.get(1).from() || countBefore(t, sup.get(0)) > 1
        || countBefore(t, sup.get(1)) > 1) {
      return null;
    }
    Measure m = ms.isEmpty() ? Measure.WORKERS : ms.get(0);
    ZoneSet base = base(t);
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Extreme(base, m, sup.get(0).is(Kind.MAX)),
        new ZoneSet.Extreme(base, m, sup.get(1).is(Kind.MAX)), List.of(m), Op.SIDE_BY_SIDE), false);
  }

  /**
   * "Khoảng cách giữa khu có nhiều lao động nhất và khu thứ hai?", "Khu có nhiều lao động nhất nhiều hơn tổng 3 khu ít
   * nhất bao nhiêu?": one end of the ranking against another place, or against the first few of the other end.
   */
  private static Parse endAndPlace(Tagger.Tagged t, List<String> zones, List<Measure> ms) {
    boolean gap = t.has(Kind.DIFF) || t.has(Kind.TIMES)
        || (t.has(Kind.MORE) || t.has(Kind.LESS)) && t.has(Kind.HOWMANY);
    List<Tag> sup = superlatives(t);
    if (!zones.isEmpty() || !gap || sup.isEmpty() || sup.size() > 2 || ms.size() > 1) {
      return null;
    }
    Measure m = ms.isEmpty() ? Measure.WORKERS : ms.get(0);
    ZoneSet base = base(t);
    Op op = t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE;
    Tag ordinal = t.has(Kind.ORDINAL) ? t.all(Kind.ORDINAL).get(0) : null;
    if (sup.size() == 1 && ordinal != null && t.all(Kind.ORDINAL).size() == 1 && countBefore(t, sup.get(0)) <= 1) {
      boolean most = sup.get(0).is(Kind.MAX);
      ZoneSet end = new ZoneSet.Top(base, m, most, 0, 1);
      // "khu nhiều lao động thứ 2": the place is counted in the direction said beside it, else in the end's
      ZoneSet place = new ZoneSet.Top(base, m, directionBefore(t, ordinal, most),
          Integer.parseInt(ordinal.arg()) - 1, 1);
      boolean endFirst = sup.get(0).from() < ordinal.from();
      return new Parse.Stat(new StatQuery.Compare(endFirst ? end : place, endFirst ? place : end, List.of(m), op),
          false);
    }
    if (sup.size() == 2 && ordinal == null && sup.get(0).kind() != sup.get(1).kind()) {
      int a = countBefore(t, sup.get(0));
      int b = countBefore(t, sup.get(1));
      if (a <= 1 && b <= 1) {
        return null; // the two ends alone: RankRules compares them
      }
      return new Parse.Stat(new StatQuery.Compare(end(base, m, sup.get(0), a), end(base, m, sup.get(1), b),
          List.of(m), op), false);
    }
    return null;
  }

  /** The direction of the words right before {@code ordinal} ("ít … thứ 2", "nhiều … thứ 2"), else {@code otherwise}. */
  private static boolean directionBefore(Tagger.Tagged t, Tag ordinal, boolean otherwise) {
    for (int i = ordinal.from() - 1; i >= 0 && i >= ordinal.from() - 4; i--) {
      Tag x = t.at(i);
      if (x != null && (x.is(Kind.MAX) || x.is(Kind.MIN) || x.is(Kind.AND))) {
        break;
      }
      if (x != null && x.is(Kind.MEASURE)) {
        continue; // the "đông" of "lao động" is no direction
      }
      if (MANY.contains(t.words().get(i))) {
        return true;
      }
      if (FEW.contains(t.words().get(i))) {
        return false;
      }
    }
    return otherwise;
  }

  private static ZoneSet end(ZoneSet base, Measure m, Tag sup, int count) {
    return count <= 1 ? new ZoneSet.Extreme(base, m, sup.is(Kind.MAX))
        : new ZoneSet.Top(base, m, sup.is(Kind.MAX), 0, count);
  }

  /** The MAX and MIN tags, in order. */
  private static List<Tag> superlatives(Tagger.Tagged t) {
    List<Tag> out = new ArrayList<>();
    for (Tag x : t.tags()) {
      if (x.is(Kind.MAX) || x.is(Kind.MIN)) {
        out.add(x);
      } else if (x.is(Kind.MORE) && x.to() - x.from() >= 2 && t.words().get(x.from()).equals("it")
          && t.words().get(x.from() + 1).equals("nhat")) {
        // "nhiều nhất và ít nhất là bao nhiêu": the lexicon reads "ít nhất là" as "at least"; beside "nhất" it is the
        // fewest
        out.add(new Tag(Kind.MIN, x.from(), x.from() + 2, "-"));
      }
    }
    return out;
  }

  /** "3 khu ít nhất", "ba khu ít doanh nghiệp nhất": the count of zones before a superlative, else 0. */
  private static int countBefore(Tagger.Tagged t, Tag s) {
    int skipped = 0;
    for (int back = 1; back - skipped <= 3 && s.from() - back >= 0; back++) {
      Tag x = t.at(s.from() - back);
      if (x != null && x.is(Kind.MEASURE)) {
        skipped++;
        continue;
      }
      if (x != null && (x.is(Kind.MAX) || x.is(Kind.MIN))) {
        return 0;
      }
      if (x != null && x.is(Kind.NUMBER)) {
        Tag next = t.at(x.to());
        return next != null && next.is(Kind.ZONEWORD) && x.number() >= 2 && x.number() <= 5 ? (int) x.number() : 0;
      }
    }
    return 0;
  }

  // --- a group against a zone ------------------------------------------------------------------------------------

  /** "Bình Chiểu và Cát Lái cộng lại có bằng Linh Trung 2 không?": the group's sum side by side with the zone. */
  private static Parse groupEqual(Tagger.Tagged t, List<String> zones, List<Measure> ms) {
    if (zones.size() < 3 || !YesNo.asked(t) || t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.KIND)) {
      return null;
    }
    int pivot = -1;
    for (int i = 0; i < t.words().size(); i++) {
      if (t.at(i) == null && EQUAL.contains(t.words().get(i))) {
        pivot = i;
        break;
      }
    }
    if (pivot < 0) {
      return null;
    }
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (Tag z : t.all(Kind.ZONE)) {
      List<String> side = z.from() < pivot ? a : b;
      if (!side.contains(z.arg())) {
        side.add(z.arg());
      }
    }
    if (a.isEmpty() || b.isEmpty()) {
      return null;
    }
    List<Measure> measures = ms.isEmpty() ? List.of(Measure.WORKERS, Measure.ENTERPRISES) : ms;
    // "bằng" stays among the words left out: it is the claim the answer's yes or no is on
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(a), new ZoneSet.Named(b), measures,
        Op.SIDE_BY_SIDE), false, List.of(t.original().get(pivot)), false);
  }

  /**
   * "khu công nghệ cao có nhiều hơn cả hai cộng lại không" after the totals of two groups: the zone against both
   * groups together, in the conversation's measure.
   */
  private static Parse againstBothGroups(Tagger.Tagged t, List<String> zones, List<Measure> ms,
      QueryParser.Context c) {
    if (zones.size() != 1 || c.groups().size() != 2 || c.previous().isEmpty() || !t.saysAny(BOTH_GROUPS)
        || !(t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.COMPARE) || t.has(Kind.MAX)) || t.has(Kind.KIND)) {
      return null;
    }
    // two comparisons of zones are no two groups' totals ("both of them" after "A or B?", "no, A vs C" is A and C),
    // and groups that share a zone would count it twice
    if (StatQuery.undated(c.previous().get()) instanceof StatQuery.Compare) {
      return null;
    }
    for (String id : c.groups().get(0).namedIds()) {
      if (c.groups().get(1).namedIds().contains(id)) {
        return null;
      }
    }
    List<Measure> measures = ms;
    if (measures.isEmpty()) {
      measures = QueryParser.measuresOf(StatQuery.undated(c.previous().get()));
    }
    if (measures.isEmpty() || measures.contains(Measure.WORKERS_PER_ENTERPRISE)) {
      return null;
    }
    ZoneSet groups = new ZoneSet.Union(List.of(c.groups().get(0), c.groups().get(1)));
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(zones), groups, measures, Op.SIDE_BY_SIDE), true);
  }
}
