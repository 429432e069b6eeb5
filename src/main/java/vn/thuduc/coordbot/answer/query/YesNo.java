package vn.thuduc.coordbot.answer.query;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Tag.Kind;

/**
 * Questions asked for a yes or a no ("Cát Lái có nhiều doanh nghiệp hơn Bình Chiểu không?", "binh chieu it cong
 * nhan hon linh trung 2 ha?", "Does Cat Lai have fewer workers than Binh Chieu?") and the verdict of a comparison
 * they ask for: the answer starts with it, then gives both figures.
 */
public final class YesNo {
  /** The words that end a Vietnamese yes/no question, folded ("ko", "k", "hok", "hong" are read as "khong"). */
  private static final Set<String> ENDINGS = Set.of("khong", "ha", "a", "chu", "hem", "phai khong", "dung khong",
      "co dung khong", "co phai khong", "dung chu", "phai chu", "nhi", "dung roi", "phai roi", "dung nhi", "phai nhi",
      "dung chua", "right", "correct", "yes", "true", "isn t it", "aren t they", "don t they", "doesn t it",
      "is that so");
  /** Particles and forms of address after the question word ("không vậy bạn?"). */
  private static final Set<String> TRAILING = Set.of("vay", "z", "a", "ha", "nhi", "nhe", "nha", "ban", "ad", "admin",
      "bot", "oi", "the", "ta", "chi", "anh", "em", "ne", "hen");
  /** Words said before an English question that leave it a question for a yes or a no. */
  private static final Set<String> LEADING = Set.of("thanks", "thank", "you", "thx", "ok", "okay", "and", "so", "then",
      "but", "also", "hey", "well", "oh", "cool", "great", "nice", "alright", "now");
  /** English questions for a yes or a no begin with an auxiliary verb. */
  private static final Set<String> AUXILIARIES = Set.of("does", "do", "did", "is", "are", "was", "were", "has", "have",
      "had", "can", "could");

  private YesNo() {}

  /** True when {@code t} asks for a yes or a no. */
  public static boolean asked(Tagger.Tagged t) {
    List<String> w = t.words();
    if (w.isEmpty()) {
      return false;
    }
    int first = 0;
    while (first < w.size() - 1 && LEADING.contains(w.get(first))) {
      first++; // "thanks. and is the hi-tech park bigger …?", "ok so does Cat Lai have …?"
    }
    if (AUXILIARIES.contains(w.get(first))) {
      return true;
    }
    // the question word at the end, maybe followed by particles: "không?", "không vậy bạn?", "hả?"
    for (int end = w.size(); end >= 1; end--) {
      for (int n = Math.min(3, end); n >= 1; n--) {
        if (ENDINGS.contains(String.join(" ", w.subList(end - n, end)))) {
          return true;
        }
      }
      if (!TRAILING.contains(w.get(end - 1))) {
        break;
      }
    }
    if (claimAsked(t) || tagAsked(t) || comparisonClaimed(t)
        || (FollowUpRules.bareThan(t) || bareBound(t)) && t.text().strip().endsWith("?")) {
      return true; // … and "more than Cat Lai?", "and more than 50?" after a figure
    }
    String joined = " " + String.join(" ", w) + " ";
    // "xác nhận giúp: …", "confirm that …": a claim put for a yes or a no
    if (w.get(0).equals("xac") && w.size() > 1 && w.get(1).equals("nhan") || w.get(0).equals("confirm")) {
      return true;
    }
    // "có đúng là các khu chiếm 60% …?", "is it true that …"
    return joined.contains(" co phai ") || joined.contains(" phai khong ") || joined.contains(" dung khong ")
        || joined.contains(" co dung la ") || joined.contains(" is it true ");
  }

  /** "and more than 50?", "over 60,000 workers?": a bound and nothing else, put as a question. */
  private static boolean bareBound(Tagger.Tagged t) {
    if (t.has(Kind.MORE) == t.has(Kind.LESS) || t.all(Kind.NUMBER).size() != 1) {
      return false;
    }
    for (Tag x : t.tags()) {
      if (!x.is(Kind.MORE) && !x.is(Kind.LESS) && !x.is(Kind.NUMBER) && !x.is(Kind.MEASURE) && !x.is(Kind.AND)
          && !x.is(Kind.FOLLOW) && !x.is(Kind.FILLER)) {
        return false;
      }
    }
    Tag bound = t.has(Kind.MORE) ? t.all(Kind.MORE).get(0) : t.all(Kind.LESS).get(0);
    return bound.from() < t.all(Kind.NUMBER).get(0).from();
  }

  private static final Set<String> REFERRING = Set.of("it", "that", "this", "they", "those", "these");

  /**
   * "the zones' share of Thu Duc businesses - is it under 1 percent?": the subject said first, then the yes or no put
   * on it ("is it", "are they", "does that"), with no word before it asking for something else ("what share is it?").
   */
  private static boolean tagAsked(Tagger.Tagged t) {
    List<String> w = t.words();
    if (!t.text().strip().endsWith("?")) {
      return false;
    }
    for (int i = 1; i + 1 < w.size(); i++) {
      if (OPEN.contains(w.get(i - 1))) {
        return false;
      }
      if (AUXILIARIES.contains(w.get(i)) && REFERRING.contains(w.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Folded words that ask for something other than a yes or a no ("gì", "nào", "what"), or offer a choice ("hay"). */
  private static final Set<String> OPEN = Set.of("gi", "nao", "sao", "dau", "ai", "may", "hay", "hoac", "what", "how",
      "which", "who", "where", "when", "why", "or", "j");

  /**
   * "Còn Linh Trung 2 thì chiếm khoảng 25%?", "Cát Lái có 90 doanh nghiệp?": a figure said and a question mark, with
   * no word asking for anything else, is put for a yes or a no; "bao nhiêu …?", "25% hay 30%?" and a bound ("các khu
   * có trên 100 nghìn lao động?", which other rules read) are not.
   */
  private static boolean claimAsked(Tagger.Tagged t) {
    if (!t.text().strip().endsWith("?") || !FollowUpRules.counted(t) || t.has(Kind.HOWMANY) || t.has(Kind.WHICH)
        || t.has(Kind.RANK) || t.has(Kind.RANKOF) || t.has(Kind.MORE) || t.has(Kind.LESS)) {
      return false;
    }
    for (String x : t.words()) {
      if (OPEN.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Binh Chieu has more workers than Cat Lai?", "cát lái nhiều dn hơn linh trung?": a comparison said as a statement
   * and a question mark between two sides named, with no word asking for anything else ("how many more", "bao
   * nhiêu", "which") and no number, is put for a yes or a no.
   */
  private static boolean comparisonClaimed(Tagger.Tagged t) {
    List<String> w = t.words();
    if (!t.text().strip().endsWith("?") || !t.has(Kind.MORE) && !t.has(Kind.LESS) || t.has(Kind.HOWMANY)
        || t.has(Kind.WHICH) || !w.contains("than") && !w.contains("hon") || t.has(Kind.NUMBER) || t.has(Kind.SUM)
        || !t.has(Kind.ZONE) && !t.has(Kind.KIND)) {
      // a bound ("more than 9,000 workers?") or a total ("Total workers of the zones with more than 30 …?") is read
      // by other rules
      return false;
    }
    for (String x : w) {
      if (OPEN.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the first side of {@code c} has more (or, when the question says "fewer", fewer) of every measure
   * than the second; empty when the question compares without a direction ("so sánh", "which has more").
   */
  public static Optional<Boolean> verdict(Tagger.Tagged t, Result.Comparison c) {
    boolean more = t.has(Kind.MORE) || moreThanBoth(t);
    boolean less = t.has(Kind.LESS);
    if (more == less || t.has(Kind.WHICH)) {
      return Optional.empty();
    }
    // more enterprises per worker is fewer workers per enterprise, the figure compared
    more = more != QueryParser.inverse(t);
    // "cat lai nhieu dn hon ko" after Linh Trung against Cát Lái: the one zone named before "hơn" is the subject,
    // the one named after it ("ít hơn LT1 không") the other side, whichever side the comparison carried it on
    boolean flip = namedOnOtherSide(t, c);
    boolean all = true;
    boolean none = true;
    for (Measure m : c.measures()) {
      double a = flip ? c.valueB(m) : c.valueA(m);
      double b = flip ? c.valueA(m) : c.valueB(m);
      boolean holds = more ? a > b : a < b;
      all &= holds;
      none &= !holds;
    }
    // "Cát Lái có hơn Linh Trung không?" without a measure: more enterprises, fewer workers; neither yes nor no, the
    // figures say it
    return all || none ? Optional.of(all) : Optional.empty();
  }

  /**
   * Whether the one zone the question names stands on the comparison's other side from where the question puts it:
   * named before "than" / "hơn" it is the subject (side a), named after it the object (side b).
   */
  private static boolean namedOnOtherSide(Tagger.Tagged t, Result.Comparison c) {
    String zone = null;
    Tag at = null;
    for (Tag z : t.all(Kind.ZONE)) {
      if (zone != null && !zone.equals(z.arg())) {
        return false; // two zones named: the order said is the comparison's order
      }
      zone = z.arg();
      at = at == null ? z : at;
    }
    if (zone == null) {
      return false;
    }
    // "than" / "hơn" parts the sides: "more companies in SHTP than …" has SHTP first, "ít hơn LT1" has LT1 second;
    // with neither ("does cat lai have more enterprises?") the zone named is the subject
    int than = t.words().indexOf("than");
    than = than >= 0 ? than : t.words().indexOf("hon");
    boolean subject = than < 0 || at.from() < than;
    boolean onA = c.a() instanceof ZoneSet.Named a && a.ids().equals(List.of(zone));
    boolean onB = c.b() instanceof ZoneSet.Named b && b.ids().equals(List.of(zone));
    return subject ? onB && !onA : onA && !onB;
  }

  /**
   * "nhiều hơn cả hai cộng lại không": the lexicon reads "nhiều hơn cả" as "the most of all", but between two sides
   * it is "more than".
   */
  private static boolean moreThanBoth(Tagger.Tagged t) {
    for (Tag x : t.all(Kind.MAX)) {
      if (t.words().subList(x.from(), x.to()).contains("hon")) {
        return true;
      }
    }
    return false;
  }
}
