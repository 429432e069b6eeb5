package vn.thuduc.coordbot.answer.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.StatQuery.Agg;
import vn.thuduc.coordbot.answer.query.StatQuery.Op;
import vn.thuduc.coordbot.answer.query.Tag.Kind;
import vn.thuduc.coordbot.data.ZoneKind;

/**
 * The rules of {@link QueryParser} for statistics of positions and values, tried before the others: a zone looked up
 * by its figure ("khu nào có 30 doanh nghiệp", "53.000 là số gì"), a place next to a zone or counted from the bottom
 * ("đứng ngay sau Cát Lái", "áp chót", "đứng giữa", "2 khu cuối bảng"), places combined ("thứ 2 và thứ 3 có tổng",
 * "khu thứ 1 gấp mấy lần khu thứ 3"), a zone picked by one measure and asked another ("khu có nhiều lao động nhất có
 * bao nhiêu doanh nghiệp"), yes or no on a place ("có nằm trong top 3 không"), the median, the zones above or below
 * the mean, the zones by name and each zone's share ("cơ cấu"). Each rule returns null when the question is not its
 * own, so the general grammar reads it. Loops, not lambdas: this is the statistics path of a cold {@code ask}.
 */
final class RankRules {
  private RankRules() {}

  private static final List<String> APPROX = List.of(" khoang ", " about ", " around ", " approximately ",
      " roughly ", " xap xi ", " chung ", " nearly ", " gan ", " uoc ", " approx ");
  private static final List<String> WHAT_NUMBER = List.of(" la so gi ", " la con so gi ", " la gi ", " nghia la gi ",
      " co nghia gi ", " what is ", " what does ", " stand for ", " refer to ", " what s ", " la so lieu gi ",
      " chi cai gi ", " noi ve gi ", " la so cua gi ");
  private static final List<String> YEAR_WORDS = List.of("nam", "year", "in", "thang", "since", "tu", "den", "to",
      "vao", "cuoi", "dau", "of");
  private static final List<String> AFTER = List.of("sau", "after", "behind", "below");
  private static final List<String> BEFORE = List.of("truoc", "before", "above");
  private static final List<String> PENULTIMATE = List.of(" ap chot ", " ke cuoi ", " gan cuoi ", " second to last ",
      " second last ", " penultimate ", " next to last ", " second from the bottom ", " thu hai tu duoi len ",
      " thu 2 tu duoi len ", " thu hai tu cuoi ", " thu 2 tu cuoi ");
  private static final List<String> FROM_BOTTOM = List.of(" tu duoi len ", " from the bottom ", " tu cuoi ");
  private static final List<String> MEDIAN = List.of(" trung vi ", " median ", " dung giua ", " o giua ",
      " xep giua ", " in the middle ", " middle ", " giua bang ", " o vi tri giua ");
  private static final List<String> BOTTOM = List.of(" cuoi bang ", " bet bang ", " bottom ", " last ",
      " cuoi danh sach ", " cuoi cung ", " xep cuoi ", " dung cuoi ");
  private static final List<String> ABOVE_MEAN = List.of(" cao hon muc trung binh ", " tren muc trung binh ",
      " tren trung binh ", " cao hon trung binh ", " nhieu hon muc trung binh ", " nhieu hon trung binh ",
      " vuot muc trung binh ", " vuot trung binh ", " above average ", " above the average ", " above the mean ",
      " more than average ", " more than the average ", " higher than average ", " higher than the average ",
      " above mean ");
  private static final List<String> BELOW_MEAN = List.of(" duoi muc trung binh ", " duoi trung binh ",
      " thap hon muc trung binh ", " thap hon trung binh ", " it hon muc trung binh ", " it hon trung binh ",
      " below average ", " below the average ", " below the mean ", " less than average ", " less than the average ",
      " lower than average ", " lower than the average ", " fewer than average ", " fewer than the average ",
      " below mean ");
  private static final List<String> BY_NAME = List.of(" theo ten ", " theo thu tu ten ", " theo abc ",
      " theo bang chu cai ", " theo thu tu chu cai ", " theo alphabet ", " alphabetical ", " alphabetically ",
      " by name ", " by their names ", " by names ", " a z ", " a den z ", " tu a den z ", " thu tu abc ", " van abc ",
      " thu tu chu cai ", " bang chu cai ", " alphabet ", " alphabetic ", " a to z ", " a to vay ", " a den vay ",
      " thu tu a vay ", " theo a vay "); // "a-z" is read "a vậy" (the chat "z")
  private static final List<String> BREAKDOWN = List.of(" co cau ", " phan bo ", " breakdown ", " composition ",
      " distribution ", " structure ", " ty trong cua tung khu ", " ti trong cua tung khu ");
  private static final List<String> EACH_ZONE = List.of(" tung khu ", " moi khu ", " each zone ", " per zone ",
      " by zone ", " theo khu ", " for each ", " every zone ", " each of the zones ", " cua cac khu ");
  private static final List<String> OVERALL = List.of(" overall ", " in general ", " noi chung ", " chung ",
      " toan bo ", " tong the ", " across the zones ", " across all zones ");
  private static final List<String> ARITHMETIC_MEAN = List.of(" trung binh cong ", " binh quan cong ",
      " arithmetic mean ", " mean per zone ", " average per zone ", " trung binh moi khu ", " binh quan moi khu ");
  private static final List<String> THOUSANDS = List.of(" bao nhieu nghin ", " may nghin ", " bao nhieu ngan ",
      " may ngan ", " how many thousand ", " how many thousands ", " in thousands ", " bao nhieu van ");
  private static final List<String> ARTICLES = List.of("the", "cac", "nhung");
  /** Words between a count of zones and its superlative that are no distance: "2 khu có ít …", "with the fewest". */
  private static final Set<String> COUNT_GAP = Set.of("co", "with", "having", "the", "that", "have", "has", "it");
  private static final List<String> THAN_MEAN = List.of(" than average ", " than the average ", " than the mean ",
      " than mean ", " so voi muc trung binh ", " so voi trung binh ", " hon muc trung binh ", " hon trung binh ",
      " hon muc binh quan ", " hon binh quan ");
  private static final List<String> LESS_WORDS = List.of("fewer", "less", "lower", "below", "thap", "it", "duoi");
  private static final List<String> AMONG = List.of("trong", "among", "of", "giua", "in");
  private static final List<String> FEW_WORDS = List.of("it", "fewest", "least", "smallest", "nho", "thap", "bottom",
      "vang", "fewer", "lowest");

  /** The query of {@code t} when one of these rules reads it, else null. */
  static Parse read(Tagger.Tagged t, QueryParser.Context c) {
    if (t.has(Kind.UNKNOWN_ZONE) || t.has(Kind.NOMEASURE) || t.has(Kind.THUDUC) || t.has(Kind.SHARE)) {
      return null;
    }
    String sp = QueryParser.spaced(t);
    List<String> zones = QueryParser.zoneIds(t);
    List<Measure> ms = QueryParser.measures(t);
    Optional<StatQuery> prev = c.previous().isEmpty() ? Optional.empty()
        : Optional.ofNullable(StatQuery.undated(c.previous().get()));
    Parse p = byValue(t, sp, zones);
    if (p == null) {
      p = position(t, sp, zones, ms, prev, c);
    }
    if (p == null) {
      p = picked(t, sp, zones, ms);
    }
    if (p == null) {
      p = overSet(t, sp, zones, ms, prev);
    }
    if (p == null) {
      p = comparativePick(t, zones, ms);
    }
    return p;
  }

  private static boolean any(String sp, List<String> phrases) {
    for (String x : phrases) {
      if (sp.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** The kinds the question names as a set, else {@code otherwise}. */
  static ZoneSet kindsOr(Tagger.Tagged t, ZoneSet otherwise) {
    Set<ZoneKind> kinds = EnumSet.noneOf(ZoneKind.class);
    for (Tag k : t.all(Kind.KIND)) {
      kinds.add(ZoneKind.fromCode(k.arg()));
    }
    return kinds.isEmpty() ? otherwise : new ZoneSet.OfKind(kinds);
  }

  /** The one measure asked: said, else the conversation's (never a ratio for a count), else none. */
  private static Measure measure(List<Measure> ms, Optional<StatQuery> prev, Optional<Conversations.Ranking> k) {
    if (ms.size() == 1) {
      return ms.get(0);
    }
    if (!ms.isEmpty()) {
      return null;
    }
    if (k.isPresent()) {
      return k.get().query().measure();
    }
    if (prev.isPresent()) {
      // the conversation's first measure ("trung bình mỗi khu" gave workers, then enterprises)
      for (Measure m : QueryParser.measuresOf(prev.get())) {
        if (m != Measure.WORKERS_PER_ENTERPRISE) {
          return m;
        }
      }
    }
    // none said nor shown: workers, the source's headline figure; every answer names the measure it ranked by
    return Measure.WORKERS;
  }

  private static boolean fewest(Tagger.Tagged t) {
    if (t.has(Kind.MIN)) {
      return true;
    }
    if (t.has(Kind.MAX)) {
      return false;
    }
    for (String w : t.words()) {
      if (FEW_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // --- 1. a figure looked up by its value --------------------------------------------------------------------

  private static Parse byValue(Tagger.Tagged t, String sp, List<String> zones) {
    if (!zones.isEmpty() || t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.MAX) || t.has(Kind.MIN)
        || t.has(Kind.KIND) || t.has(Kind.ORDINAL) || t.has(Kind.TOPWORD) || t.has(Kind.DIFF) || t.has(Kind.TIMES)) {
      return null;
    }
    List<Tag> numbers = new ArrayList<>();
    for (Tag x : t.tags()) {
      boolean year = x.is(Kind.YEAR) && (x.from() == 0 || !YEAR_WORDS.contains(t.words().get(x.from() - 1)));
      if (x.is(Kind.NUMBER) || year) {
        numbers.add(x);
      }
    }
    if (numbers.size() != 1 || percentNear(t, numbers.get(0))) {
      return null;
    }
    Tag n = numbers.get(0);
    Tag next = t.at(n.to());
    if (next != null && next.is(Kind.MEASURE) && next.from() == n.to()) {
      // "còn khu có 8 doanh nghiệp?", "the zone with 8 enterprises": the zone named by its figure
      int z = n.from();
      String before = z >= 1 ? t.words().get(z - 1) : "";
      boolean zoneWith = z >= 2 && (before.equals("co") || before.equals("with") || before.equals("having"))
          && t.at(z - 2) != null && t.at(z - 2).is(Kind.ZONEWORD);
      boolean asked = t.has(Kind.WHICH) || sp.contains(" la cua ") || sp.contains(" thuoc ")
          || sp.contains(" belong") || zoneWith;
      Measure m = QueryParser.code(next.arg());
      if (!asked || m == Measure.WORKERS_PER_ENTERPRISE || t.all(Kind.MEASURE).size() != 1) {
        return null;
      }
      return new Parse.Stat(new StatQuery.ByValue(Optional.of(m), n.number(), any(sp, APPROX)), false);
    }
    // a figure asked about is written in digits: "ten họ là gì" folds "tên" (name) to the English "ten"
    boolean digits = false;
    for (char ch : t.original().get(n.from()).toCharArray()) {
      digits |= Character.isDigit(ch);
    }
    if (n.is(Kind.NUMBER) && digits && !t.has(Kind.MEASURE) && !t.has(Kind.ALL) && any(sp, WHAT_NUMBER)) {
      return new Parse.Stat(new StatQuery.ByValue(Optional.empty(), n.number(), false), false);
    }
    return null;
  }

  /** "0,64%", "51 phần trăm": a share, which other rules read. */
  private static boolean percentNear(Tagger.Tagged t, Tag n) {
    for (int i = n.from(); i < n.to(); i++) {
      String o = t.original().get(i);
      if (o.contains("%") || o.contains(",") && !o.matches("\\d{1,3}(,\\d{3})+")) {
        return true;
      }
    }
    if (n.to() < t.words().size()) {
      String w = t.words().get(n.to());
      return w.equals("%") || w.equals("phan") || w.equals("percent") || w.equals("pct");
    }
    return false;
  }

  /** "có khu nào không có doanh nghiệp không", "any zone with no workers": a zone with none of a measure. */
  private static Parse none(Tagger.Tagged t, List<String> zones, List<Measure> ms) {
    if (!zones.isEmpty() || ms.size() != 1 || ms.get(0) == Measure.WORKERS_PER_ENTERPRISE || !t.has(Kind.MEASURE)) {
      return null;
    }
    Tag m = t.all(Kind.MEASURE).get(0);
    List<String> w = t.words();
    int at = m.from();
    boolean no = at >= 2 && w.get(at - 2).equals("khong") && w.get(at - 1).equals("co")
        || at >= 1 && (w.get(at - 1).equals("no") || w.get(at - 1).equals("zero") || w.get(at - 1).equals("without"));
    boolean which = t.has(Kind.WHICH) || w.contains("any") || w.contains("nao");
    return no && which ? new Parse.Stat(new StatQuery.ByValue(Optional.of(ms.get(0)), 0, false), false) : null;
  }

  // --- 2. places in a ranking ----------------------------------------------------------------------------------

  private static Parse position(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms,
      Optional<StatQuery> prev, QueryParser.Context c) {
    Optional<Conversations.Ranking> k = c.ranking();
    Parse p = none(t, zones, ms);
    if (p != null) {
      return p;
    }
    if (!zones.isEmpty() && any(sp, THOUSANDS) && ms.size() == 1 && ms.get(0) != Measure.WORKERS_PER_ENTERPRISE) {
      return new Parse.Stat(new StatQuery.InThousands(new StatQuery.Figures(new ZoneSet.Named(zones), ms,
          Agg.EACH)), false);
    }
    if (zones.isEmpty() && (t.has(Kind.ALL) || t.has(Kind.KIND)) && any(sp, THOUSANDS) && ms.size() == 1
        && ms.get(0) != Measure.WORKERS_PER_ENTERPRISE) {
      return new Parse.Stat(new StatQuery.InThousands(new StatQuery.Figures(kindsOr(t, new ZoneSet.All()), ms,
          Agg.SUM)), false);
    }
    if (zones.size() == 1) {
      p = next(t, zones.get(0), ms, prev, k);
      if (p == null) {
        p = isIn(t, zones.get(0), ms, prev, k);
      }
      return p;
    }
    if (!zones.isEmpty()) {
      return null;
    }
    ZoneSet set = k.isPresent() && ms.isEmpty() ? k.get().query().set() : kindsOr(t, new ZoneSet.All());
    boolean desc = k.isPresent() && ms.isEmpty() ? k.get().query().descending() : !fewest(t);
    if (any(sp, PENULTIMATE)) {
      Measure m = measure(ms, prev, k);
      // the second from the bottom of the list shown, when an ascending list of several was shown ("áp chót" of a
      // list from the fewest); else the second fewest ("thứ 2 từ dưới lên" after "ít nhất à", "second from the
      // bottom"): "bottom", "ít" in the phrase are the end it counts from, not the order of a ranking
      boolean ascendingListShown = k.isPresent() && ms.isEmpty() && !k.get().query().descending()
          && k.get().order().size() > 2 && !any(sp, FROM_BOTTOM);
      return m == null ? null : new Parse.Stat(new StatQuery.Ranked(set, m, ascendingListShown, 1, 1), false);
    }
    if (any(sp, MEDIAN) && !sp.contains(" giua khu ") && !sp.contains(" between ")) {
      Measure m = measure(ms, prev, k);
      return m == null ? null : new Parse.Stat(new StatQuery.Median(kindsOr(t, new ZoneSet.All()), m), false);
    }
    List<Tag> ordinals = t.all(Kind.ORDINAL);
    if (ordinals.size() >= 2 && !ordinals.get(0).arg().equals(ordinals.get(1).arg())) {
      Measure m = measure(ms, prev, k);
      if (m == null) {
        return null;
      }
      ZoneSet a = new ZoneSet.Top(set, m, desc, Integer.parseInt(ordinals.get(0).arg()) - 1, 1);
      ZoneSet b = new ZoneSet.Top(set, m, desc, Integer.parseInt(ordinals.get(1).arg()) - 1, 1);
      if (t.has(Kind.TIMES) || t.has(Kind.DIFF)) {
        return new Parse.Stat(new StatQuery.Compare(a, b, List.of(m), t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE),
            k.isPresent());
      }
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Union(List.of(a, b)), List.of(m),
          t.has(Kind.SUM) || sp.contains(" cong lai ") ? Agg.SUM : Agg.EACH), k.isPresent());
    }
    // "khu thứ 6" where the lexicon's places end: a place past the ranking's end says how many there are
    for (Tag n : t.all(Kind.NUMBER)) {
      if (n.from() > 0 && t.words().get(n.from() - 1).equals("thu") && n.number() > 5 && n.number() < 100) {
        Measure m = measure(ms, prev, k);
        return new Parse.Stat(new StatQuery.Ranked(set, m == null ? Measure.WORKERS : m, desc,
            (int) n.number() - 1, 1), k.isPresent());
      }
    }
    // "2 khu cuối bảng về lao động", "the bottom 2 zones"
    if (any(sp, BOTTOM) && !t.has(Kind.MAX) && !t.has(Kind.MIN)) {
      for (Tag n : t.all(Kind.NUMBER)) {
        if (n.number() >= 2 && n.number() <= 10) {
          Measure m = measure(ms, prev, k);
          return m == null ? null : new Parse.Stat(new StatQuery.Ranked(set, m, !desc, 0, (int) n.number()), false);
        }
      }
    }
    return null;
  }

  /** "khu nào đứng ngay sau Cát Lái về số doanh nghiệp", "thứ hai sau Khu Công nghệ cao". */
  private static Parse next(Tagger.Tagged t, String zone, List<Measure> ms, Optional<StatQuery> prev,
      Optional<Conversations.Ranking> k) {
    Tag z = t.all(Kind.ZONE).get(0);
    int at = z.from() - 1;
    while (at >= 0 && (t.words().get(at).equals("khu") || t.words().get(at).equals("the"))) {
      at--;
    }
    if (at < 0) {
      return null;
    }
    String w = t.words().get(at);
    boolean after = AFTER.contains(w);
    if (!after && !BEFORE.contains(w) || !t.has(Kind.WHICH) && !t.has(Kind.ORDINAL)) {
      return null;
    }
    Measure m = measure(ms, prev, k);
    if (m == null) {
      return null;
    }
    // in a ranking from the fewest, "after" is the next with fewer
    return new Parse.Stat(new StatQuery.Next(zone, m, fewest(t) != after), false);
  }

  /** "Bình Chiểu có nằm trong top 3 về lao động không?", "Linh Trung có phải khu đông lao động thứ hai không?". */
  private static Parse isIn(Tagger.Tagged t, String zone, List<Measure> ms, Optional<StatQuery> prev,
      Optional<Conversations.Ranking> k) {
    if (!YesNo.asked(t) && !t.words().get(0).equals("is")) {
      return null;
    }
    int limit = 0;
    int offset = 0;
    for (Tag top : t.all(Kind.TOPWORD)) {
      Tag n = t.at(top.to());
      if (n != null && n.is(Kind.NUMBER) && n.number() >= 1 && n.number() <= 10) {
        limit = (int) n.number();
      }
    }
    List<Tag> ordinals = t.all(Kind.ORDINAL);
    if (limit == 0 && ordinals.size() == 1) {
      offset = Integer.parseInt(ordinals.get(0).arg()) - 1;
      limit = 1;
    }
    if (limit == 0) {
      return null;
    }
    Measure m = measure(ms, prev, Optional.empty());
    if (m == null) {
      return null;
    }
    return new Parse.Stat(new StatQuery.IsIn(zone, new ZoneSet.Top(new ZoneSet.All(), m, !fewest(t), offset, limit)),
        false);
  }

  // --- 3. a zone picked by one measure, asked another --------------------------------------------------------

  private static Parse picked(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms) {
    if (!zones.isEmpty()) {
      return null;
    }
    List<Tag> sup = new ArrayList<>();
    for (Tag x : t.tags()) {
      if (x.is(Kind.MAX) || x.is(Kind.MIN)) {
        sup.add(x);
      } else if (x.is(Kind.MORE) && t.words().get(x.from()).equals("it") && x.to() - x.from() == 3) {
        // "ít nhất là bao nhiêu" is read as "at least" by the lexicon: after "nhiều nhất và" it is the fewest
        sup.add(new Tag(Kind.MIN, x.from(), x.from() + 2, "-"));
      }
    }
    List<Tag> mtags = t.all(Kind.MEASURE);
    if (sup.isEmpty()) {
      return topSummed(t, ms, mtags);
    }
    ZoneSet base = kindsOr(t, new ZoneSet.All());
    // "Trong 3 khu lớn nhất, khu nào ít doanh nghiệp nhất?": the first superlative picks the set, the second ranks it
    if (sup.size() == 2) {
      Tag n = t.at(Math.max(0, sup.get(0).from() - 2));
      if (n == null || !n.is(Kind.NUMBER)) {
        n = t.at(Math.max(0, sup.get(0).from() - 1));
      }
      int before = n == null ? -1 : n.from() - 1;
      while (before > 0 && ARTICLES.contains(t.words().get(before))) {
        before--;
      }
      boolean among = n != null && n.is(Kind.NUMBER) && n.number() >= 2 && n.number() <= 10 && before >= 0
          && AMONG.contains(t.words().get(before));
      if (among && ms.size() <= 1) {
        Measure pick = nearest(mtags, sup.get(0), sup.get(1), Measure.WORKERS);
        Measure rank = nearest(mtags, sup.get(1), sup.get(0), ms.isEmpty() ? pick : ms.get(0));
        ZoneSet top = new ZoneSet.Top(base, pick, sup.get(0).is(Kind.MAX), 0, (int) n.number());
        return new Parse.Stat(new StatQuery.Ranked(top, rank, sup.get(1).is(Kind.MAX), 0, 1), false);
      }
      // "nhiều doanh nghiệp nhất nhưng ít lao động nhất": one zone both, or none
      if (ms.size() == 2 && !ms.contains(Measure.WORKERS_PER_ENTERPRISE)) {
        Measure a = nearest(mtags, sup.get(0), sup.get(1), null);
        Measure b = nearest(mtags, sup.get(1), sup.get(0), null);
        if (a != null && b != null && a != b) {
          return new Parse.Stat(new StatQuery.Both(new ZoneSet.Extreme(base, a, sup.get(0).is(Kind.MAX)),
              new ZoneSet.Extreme(base, b, sup.get(1).is(Kind.MAX))), false);
        }
      }
      // "chênh lệch lao động giữa khu nhiều nhất và ít nhất là bao nhiêu"
      if ((t.has(Kind.DIFF) || t.has(Kind.TIMES)) && ms.size() == 1 && sup.get(0).kind() != sup.get(1).kind()) {
        Measure m = ms.get(0);
        return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Extreme(base, m, sup.get(0).is(Kind.MAX)),
            new ZoneSet.Extreme(base, m, sup.get(1).is(Kind.MAX)), ms,
            t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE), false);
      }
      return null;
    }
    Tag s = sup.get(0);
    // "Hai khu nhỏ nhất có tổng bao nhiêu doanh nghiệp?": the sum of the first places
    int count = countBefore(t, s);
    if (count >= 2 && ms.size() == 1 && (t.has(Kind.SUM) || sp.contains(" cong lai "))) {
      // "top 3 khu đông lao động nhất có tổng bao nhiêu doanh nghiệp": ranked by the superlative's own measure
      Measure m = "-".equals(s.arg()) ? ms.get(0) : QueryParser.code(s.arg());
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Top(base, m, s.is(Kind.MAX), 0, count), ms, Agg.SUM),
          false);
    }
    boolean summed = t.has(Kind.SUM) || sp.contains(" cong lai ");
    if (count >= 2 && ms.size() == 2 && !ms.contains(Measure.WORKERS_PER_ENTERPRISE)
        && (summed || t.has(Kind.HOWMANY))) {
      // "hai khu ít doanh nghiệp nhất có tổng bao nhiêu lao động": ranked by the measure beside the superlative,
      // the other one summed
      Measure by = null;
      for (Tag m : mtags) {
        if (m.to() <= s.from() && s.from() - m.to() <= 1) {
          by = QueryParser.code(m.arg()); // "ít doanh nghiệp nhất"
        }
      }
      for (Tag m : mtags) {
        if (by == null && m.from() == s.to()) {
          by = QueryParser.code(m.arg()); // "the fewest enterprises"
        }
      }
      by = by == null ? measureAfterBy(t, s.to(), mtags) : by; // "3 khu lớn nhất theo lao động"
      if (by != null && by != Measure.WORKERS_PER_ENTERPRISE) {
        Measure other = by == Measure.WORKERS ? Measure.ENTERPRISES : Measure.WORKERS;
        // "hai khu ít doanh nghiệp nhất có bao nhiêu lao động" (no sum asked): each one's figure
        return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Top(base, by, s.is(Kind.MAX), 0, count),
            List.of(other), summed ? Agg.SUM : Agg.EACH), false);
      }
    }
    if (!"-".equals(s.arg()) && ms.size() == 1 && t.has(Kind.HOWMANY) && count == 0 && mtags.size() == 1
        && mtags.get(0).from() >= s.to() && QueryParser.code(s.arg()) != ms.get(0)
        && ms.get(0) != Measure.WORKERS_PER_ENTERPRISE) {
      // "khu đông (lao động) nhất có bao nhiêu DN": the superlative carries its measure (workers), the one asked after
      // it is the figure, never the zone with the most enterprises
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Extreme(base, QueryParser.code(s.arg()), s.is(Kind.MAX)),
          ms, Agg.EACH), false);
    }
    // "Khu có nhiều lao động nhất có bao nhiêu doanh nghiệp?"
    if (ms.size() == 2 && !ms.contains(Measure.WORKERS_PER_ENTERPRISE) && t.has(Kind.HOWMANY) && count == 0) {
      Measure pick = nearest(mtags, s, null, null);
      if (pick == null) {
        return null;
      }
      Measure asked = pick == Measure.WORKERS ? Measure.ENTERPRISES : Measure.WORKERS;
      Tag ordinal = null;
      for (Tag x : t.all(Kind.ORDINAL)) {
        ordinal = x.arg().matches("[0-9]+") && Integer.parseInt(x.arg()) >= 2 ? x : ordinal;
      }
      if (ordinal != null) {
        // "khu ít lao động thứ 2 có bao nhiêu doanh nghiệp": the zone in that place, never the first
        return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Top(base, pick, s.is(Kind.MAX),
            Integer.parseInt(ordinal.arg()) - 1, 1), List.of(asked), Agg.EACH), false);
      }
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Extreme(base, pick, s.is(Kind.MAX)), List.of(asked),
          Agg.EACH), false);
    }
    return null;
  }

  /** "hai khu nhỏ nhất", "2 khu lớn nhất", "the two smallest": the count right before the superlative. */
  /** Words that name the measure of a ranking right after them: "theo lao động", "by enterprises", "về DN". */
  private static final Set<String> BY_WORDS = Set.of("theo", "by", "ve", "xet");

  /** The measure right after a word of {@link #BY_WORDS} at {@code at} (or one word later), else null. */
  private static Measure measureAfterBy(Tagger.Tagged t, int at, List<Tag> mtags) {
    for (int i = at; i <= at + 1 && i < t.words().size(); i++) {
      if (BY_WORDS.contains(t.words().get(i))) {
        for (Tag m : mtags) {
          if (m.from() == i + 1 || m.from() == i + 2 && "so".equals(t.words().get(i + 1))) {
            return QueryParser.code(m.arg());
          }
        }
      }
    }
    return null;
  }

  /**
   * "sum of enterprises of the top 2 zones by enterprises", "tổng lao động top 3 khu theo doanh nghiệp": the sum over
   * the first places of the ranking by the measure after "by", of the measure asked (the same one when only one
   * is said); never the ranking alone.
   */
  private static Parse topSummed(Tagger.Tagged t, List<Measure> ms, List<Tag> mtags) {
    Tag top = null;
    for (Tag x : t.all(Kind.TOPWORD)) {
      top = top == null ? x : top;
    }
    if (top == null || !t.has(Kind.SUM) || ms.isEmpty() || ms.contains(Measure.WORKERS_PER_ENTERPRISE)
        || t.has(Kind.WHICH) || t.has(Kind.PRONOUN) || YesNo.asked(t)) {
      return null;
    }
    Tag n = t.at(top.to());
    if (n == null || !n.is(Kind.NUMBER) || n.number() < 2 || n.number() > 5) {
      return null;
    }
    for (String w : t.words()) {
      if (FEW_WORDS.contains(w)) {
        return null; // the fewest: the grammar's "top N khu ít …" reads it
      }
    }
    int after = n.to();
    while (after < t.words().size() && t.at(after) != null && t.at(after).is(Kind.ZONEWORD)) {
      after = t.at(after).to();
    }
    Measure by = measureAfterBy(t, after, mtags);
    if (by == null) {
      return null;
    }
    Measure asked = by;
    for (Tag m : mtags) {
      if (m.to() <= top.from() && QueryParser.code(m.arg()) != Measure.WORKERS_PER_ENTERPRISE) {
        asked = QueryParser.code(m.arg()); // the measure said before "top" is the one summed
      }
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Top(kindsOr(t, new ZoneSet.All()), by, true, 0,
        (int) n.number()), List.of(asked), Agg.SUM), false);
  }

  /**
   * "KCN có ít lao động hơn có bao nhiêu doanh nghiệp", "the EPZ with more workers: how many enterprises?": the zone
   * of that kind at the end the comparative names, by the measure beside it, and the other measure of it; never the
   * gap between the kind's zones.
   */
  private static Parse comparativePick(Tagger.Tagged t, List<String> zones, List<Measure> ms) {
    if (!zones.isEmpty() || t.all(Kind.KIND).size() != 1 || ms.size() != 2
        || ms.contains(Measure.WORKERS_PER_ENTERPRISE) || t.has(Kind.NUMBER) || t.has(Kind.MAX) || t.has(Kind.MIN)
        || t.has(Kind.TIMES) || YesNo.asked(t)) {
      return null;
    }
    List<Tag> cmp = new ArrayList<>(t.all(Kind.MORE));
    cmp.addAll(t.all(Kind.LESS));
    List<Tag> how = t.all(Kind.HOWMANY);
    if (cmp.size() != 1 || how.isEmpty()) {
      return null;
    }
    Tag c = cmp.get(0);
    Tag h = how.get(how.size() - 1);
    if (h.from() < c.to()) {
      return null;
    }
    Measure pick = null;
    Measure asked = null;
    for (Tag m : t.all(Kind.MEASURE)) {
      if (m.to() <= h.from() && distance(m, c) <= 1) {
        pick = QueryParser.code(m.arg());
      } else if (m.from() >= h.to() && m.from() - h.to() <= 1) {
        asked = QueryParser.code(m.arg());
      }
    }
    if (pick == null || asked == null || pick == asked) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Extreme(kindsOr(t, new ZoneSet.All()), pick,
        c.is(Kind.MORE)), List.of(asked), Agg.EACH), false);
  }

  private static int countBefore(Tagger.Tagged t, Tag s) {
    // the measure between the count and the superlative ("ba khu ít doanh nghiệp nhất") is not counted as distance,
    // nor "có", "with the" ("2 khu có ít doanh nghiệp nhất", "the two zones with the fewest enterprises")
    int skipped = 0;
    for (int back = 1; back - skipped <= 3 && s.from() - back >= 0; back++) {
      String w = t.words().get(s.from() - back);
      Tag x = t.at(s.from() - back);
      if (x != null && x.is(Kind.MEASURE) || COUNT_GAP.contains(w) && back - skipped > 1) {
        skipped++;
        continue;
      }
      if (x != null && x.is(Kind.NUMBER)) {
        return (int) x.number();
      }
      int n = switch (w) {
        case "hai", "two" -> 2;
        case "ba", "three" -> 3;
        case "bon", "four" -> 4;
        default -> 0;
      };
      if (n > 0) {
        return n;
      }
    }
    return 0;
  }

  /**
   * The measure whose words are nearest to superlative {@code s} and nearer to it than to {@code other}: "nhiều
   * lao động nhất" and "the most workers" both put the measure beside the superlative.
   */
  private static Measure nearest(List<Tag> mtags, Tag s, Tag other, Measure otherwise) {
    Tag best = null;
    int bestD = Integer.MAX_VALUE;
    for (Tag m : mtags) {
      int d = distance(m, s);
      if (d < bestD && (other == null || d <= distance(m, other))) {
        best = m;
        bestD = d;
      }
    }
    return best == null || bestD > 3 ? otherwise : QueryParser.code(best.arg());
  }

  private static int distance(Tag a, Tag b) {
    return a.to() <= b.from() ? b.from() - a.to() : a.from() >= b.to() ? a.from() - b.to() : 0;
  }

  // --- 4. over a set: above the mean, by name, each zone's share or ratio ------------------------------------

  private static Parse overSet(Tagger.Tagged t, String sp, List<String> zones, List<Measure> ms,
      Optional<StatQuery> prev) {
    if (!zones.isEmpty()) {
      return null;
    }
    if (t.has(Kind.COUNTZ) && !t.has(Kind.KIND) && !t.has(Kind.ALL) && ms.isEmpty() && prev.isPresent()
        && prev.get() instanceof StatQuery.ListZones l && !(l.set() instanceof ZoneSet.All)) {
      // "how many zones is that?" after a list of zones: those counted
      return new Parse.Stat(new StatQuery.CountZones(l.set()), true);
    }
    ZoneSet base = kindsOr(t, new ZoneSet.All());
    if (any(sp, ARITHMETIC_MEAN) && !ms.isEmpty() && !ms.contains(Measure.WORKERS_PER_ENTERPRISE)) {
      // "trung bình cộng lao động các khu chế xuất": the mean per zone, never workers per enterprise
      return new Parse.Stat(new StatQuery.Figures(base, ms, Agg.MEAN), false);
    }
    boolean above = any(sp, ABOVE_MEAN);
    boolean than = any(sp, THAN_MEAN);
    if (than && !above && !any(sp, BELOW_MEAN)) {
      // "which zones have fewer workers than average": the direction is the comparative's
      above = true;
      for (String w : t.words()) {
        above &= !LESS_WORDS.contains(w);
      }
    }
    if ((above || than || any(sp, BELOW_MEAN)) && ms.isEmpty() && !t.has(Kind.WHICH) && !t.has(Kind.LIST)
        && !t.has(Kind.KIND) && prev.isPresent() && prev.get() instanceof StatQuery.Figures pf
        && pf.measures().equals(List.of(Measure.WORKERS_PER_ENTERPRISE)) && pf.set() instanceof ZoneSet.Named n
        && n.ids().size() == 1) {
      // "có cao hơn mức trung bình 5 khu không" after one zone's workers per enterprise: that zone against the
      // five's, yes or no, never the zones above the mean of another measure
      return new Parse.Stat(new StatQuery.Compare(pf.set(), new ZoneSet.All(), pf.measures(),
          StatQuery.Op.SIDE_BY_SIDE), true);
    }
    if (above || than || any(sp, BELOW_MEAN)) {
      Measure m = measure(ms, prev, Optional.empty());
      return m == null ? null
          : new Parse.Stat(new StatQuery.ListZones(new ZoneSet.VsMean(base, m, above)), ms.isEmpty());
    }
    if (any(sp, BY_NAME) && !t.has(Kind.MEASURE)) {
      return new Parse.Stat(new StatQuery.ByName(base), false);
    }
    if (any(sp, BREAKDOWN) && ms.size() == 1 && ms.get(0) != Measure.WORKERS_PER_ENTERPRISE) {
      return new Parse.Stat(new StatQuery.ShareRanking(base, ms.get(0), true, 0), false);
    }
    if (ms.equals(List.of(Measure.WORKERS_PER_ENTERPRISE)) && any(sp, EACH_ZONE)) {
      return new Parse.Stat(new StatQuery.Figures(base, ms, Agg.EACH), false);
    }
    if (ms.equals(List.of(Measure.WORKERS_PER_ENTERPRISE)) && !t.has(Kind.ALL) && !t.has(Kind.KIND)
        && any(sp, OVERALL)) {
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.All(), ms, Agg.SUM), false);
    }
    return null;
  }
}
