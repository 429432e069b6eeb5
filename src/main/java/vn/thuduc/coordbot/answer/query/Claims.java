package vn.thuduc.coordbot.answer.query;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.answer.query.Tag.Kind;

/**
 * What a yes/no question claims about the figures that answer it, and whether the data bears it out: a figure
 * ("KCX Linh Trung có 40.000 lao động đúng không?"), a share against one half ("Khu Công nghệ cao chiếm hơn một nửa
 * số doanh nghiệp không?"), a multiple ("… gấp đôi Cát Lái không?"), an equality or a fraction ("Cát Lái có bằng
 * Linh Trung 2 về doanh nghiệp không?", "… bằng 1/10 Cát Lái không?") and one measure against another ("Tổng số doanh
 * nghiệp có lớn hơn tổng số lao động không?"). Each check is empty when the question makes no such claim: the answer
 * is then the figures alone, never a yes or a no it cannot stand behind.
 *
 * <p>Loops, no lambdas: this is on the way of a statistics question (see performance.md, "Start-up of ask").
 */
public final class Claims {
  /** Words that make a claimed figure approximate ("khoảng 40.000"): the figure is given without a yes or a no. */
  private static final Set<String> ROUGHLY = Set.of("khoang", "tam", "xap", "gan", "chung", "hon", "about", "around",
      "roughly", "approximately", "nearly", "almost", "over", "under");
  /** The words of an equality claim ("có bằng … không?", "as many as"). */
  private static final Set<String> EQUAL = Set.of("bang", "ngang", "equal", "same");
  private static final List<String> SAME = List.of(" cung so ", " cung mot so ", " nhu nhau ", " giong nhau ",
      " bang nhau ");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern FRACTION = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,3})(?![\\d/])");
  /** A share within this many points of 50% is half; within {@link #NEARLY_HALF}, nearly half (no yes, no no). */
  private static final double HALF_ROUNDING = 0.5;
  private static final double NEARLY_HALF = 2.0;

  private Claims() {}

  /** The result itself, out of the note of dates that may wrap it. */
  public static Result unwrapped(Result r) {
    return r instanceof Result.Noted n ? n.result() : r;
  }

  /**
   * "KCX Linh Trung có 40.000 lao động đúng không?", "5 khu có 328 doanh nghiệp phải không": whether every figure
   * the question states (a number right before its measure) is the figure of the one zone or of the sum asked.
   */
  public static Optional<Boolean> onFigure(Tagger.Tagged t, Result result) {
    if (!(unwrapped(result) instanceof Result.Figures f) || t.has(Kind.MORE) || t.has(Kind.LESS) || roughly(t)) {
      return Optional.empty();
    }
    boolean one = f.agg() == StatQuery.Agg.EACH && f.rows().size() == 1;
    boolean sum = f.agg() == StatQuery.Agg.SUM && f.combined().size() == f.measures().size();
    if (!one && !sum) {
      return Optional.empty();
    }
    Optional<Boolean> verdict = Optional.empty();
    for (Tag n : t.all(Kind.NUMBER)) {
      Tag m = t.at(n.to());
      if (m == null || !m.is(Kind.MEASURE)) {
        m = measureBefore(t, n); // "còn doanh nghiệp là 31 phải không", "lao động thì 80.000 hả"
      }
      if (m == null) {
        continue;
      }
      int i = indexOf(f.measures(), m.arg());
      if (i < 0) {
        return Optional.empty(); // a number of a measure not answered: nothing to hold it against
      }
      double value = one ? f.rows().get(0).value(f.measures().get(i)) : f.combined().get(i);
      boolean holds = Math.round(value) == n.number();
      verdict = Optional.of(verdict.orElse(true) && holds);
    }
    if (verdict.isEmpty() && f.measures().size() == 1) {
      // "tổng lao động 5 khu là 130.000 đúng không", "vậy lao động là 60.000 phải không": the figure claimed after
      // "là" / "is" / "bằng", of the one measure answered
      Tag said = claimedAfterVerb(t);
      if (said != null) {
        double value = one ? f.rows().get(0).value(f.measures().get(0)) : f.combined().get(0);
        verdict = Optional.of(Math.round(value) == said.number());
      }
    }
    return verdict;
  }

  /**
   * "đúng 30 hả", "97 phải ko", "right, 8?" right after one figure: the one number said, with no measure or the
   * measure answered, against that figure; empty when the answer was not one figure or the number is not alone.
   */
  public static Optional<Boolean> onBareFigure(Tagger.Tagged t, Result result) {
    if (!(unwrapped(result) instanceof Result.Figures f) || f.measures().size() != 1 || t.all(Kind.NUMBER).size() != 1
        || t.has(Kind.MORE) || t.has(Kind.LESS) || roughly(t)) {
      return Optional.empty();
    }
    for (Tag m : t.all(Kind.MEASURE)) {
      if (!m.arg().equals(f.measures().get(0).code())) {
        return Optional.empty();
      }
    }
    boolean one = f.agg() == StatQuery.Agg.EACH && f.rows().size() == 1;
    boolean sum = f.agg() == StatQuery.Agg.SUM && f.combined().size() == 1;
    if (!one && !sum) {
      return Optional.empty();
    }
    double value = one ? f.rows().get(0).value(f.measures().get(0)) : f.combined().get(0);
    return Optional.of(Math.round(value) == t.all(Kind.NUMBER).get(0).number());
  }

  /** Words after which a number is the figure claimed: "… là 130.000", "… is 130,000", "… bằng 10.000". */
  private static final Set<String> VERBS = Set.of("la", "is", "are", "bang", "was", "totals", "total", "phai");

  /** The one number right after a verb of {@link #VERBS} and before no measure or zone word, else null. */
  private static Tag claimedAfterVerb(Tagger.Tagged t) {
    Tag found = null;
    for (Tag n : t.all(Kind.NUMBER)) {
      Tag next = t.at(n.to());
      boolean counts = next != null && (next.is(Kind.MEASURE) || next.is(Kind.ZONEWORD) || next.is(Kind.ALL)
          || next.is(Kind.KIND) || next.is(Kind.SHARE));
      Tag before = n.from() == 0 ? null : t.at(n.from() - 1);
      // "… lao động 8.127 đúng không", "is the total number of workers 130,000?": the figure right after its measure
      boolean afterMeasure = before != null && before.is(Kind.MEASURE) && before.to() == n.from();
      if (n.from() == 0 || counts || !VERBS.contains(t.words().get(n.from() - 1)) && !afterMeasure) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = n;
    }
    return found;
  }

  /**
   * "Có 5 khu công nghiệp ở Thủ Đức đúng không?", "TP Thủ Đức có 3 khu chế xuất à?": the number right before a kind
   * against the {@code zones} of that kind the data has; empty when no number is claimed of the kind.
   */
  public static Optional<Boolean> onCount(Tagger.Tagged t, int zones) {
    return onCount(t, zones, Kind.KIND);
  }

  /**
   * "Thủ Đức có 5 khu phải không", "are there 6 zones?": a number said right before the word for zones, against the
   * count of zones in the set asked; empty when no number is said so.
   */
  public static Optional<Boolean> onCount(Tagger.Tagged t, int zones, Kind word) {
    for (Tag k : t.all(Kind.ALL)) {
      // "5 khu", "cả năm khu", "five zones": the lexicon reads the number said with the word as every zone
      for (String w : t.words().subList(k.from(), k.to())) {
        int said = w.matches("\\d{1,2}") ? Integer.parseInt(w) : w.equals("nam") || w.equals("five") ? 5 : -1;
        if (said >= 0 && word == Kind.ZONEWORD) {
          return Optional.of(said == zones);
        }
      }
    }
    for (Tag k : t.all(word)) {
      Tag n = k.from() > 0 ? t.at(k.from() - 1) : null;
      if (n != null && n.is(Kind.NUMBER) && n.to() == k.from()) {
        return Optional.of(n.number() == zones);
      }
    }
    return Optional.empty();
  }

  /**
   * "trung bình mỗi dn ở Cát Lái có hơn 100 lao động không": the average per enterprise of named zones, read with a
   * bound on workers, is that average bounded; the figures of the average to check, or null when {@code q} is not
   * such a question.
   */
  public static StatQuery.Figures boundOnAverage(StatQuery q, Tagger.Tagged t) {
    if (q instanceof StatQuery.Figures f && f.measures().equals(List.of(Measure.WORKERS_PER_ENTERPRISE))
        && f.set() instanceof ZoneSet.Filtered b && b.base() instanceof ZoneSet.Named n && !b.percent()
        && b.measure() == Measure.WORKERS && YesNo.asked(t)) {
      return new StatQuery.Figures(n, f.measures(), StatQuery.Agg.EACH);
    }
    return null;
  }

  /** Words between a measure and the number claimed for it: "doanh nghiệp là 31", "lao động thì 80.000". */
  private static final java.util.Set<String> IS_WORDS = java.util.Set.of("la", "thi", "co", "is", "are", "was", "were",
      "chi", "tan", "toi", "den", "bang");

  /** The measure a number right after it, with at most two words of "là" between, is claimed for; else null. */
  private static Tag measureBefore(Tagger.Tagged t, Tag n) {
    int i = n.from() - 1;
    int between = 0;
    while (i >= 0 && between < 2 && IS_WORDS.contains(t.words().get(i))) {
      i--;
      between++;
    }
    if (between == 0 || i < 0) {
      return null;
    }
    Tag m = t.at(i);
    return m != null && m.is(Kind.MEASURE) && m.to() == i + 1 ? m : null;
  }

  /**
   * "Cát Lái chiếm 6% lao động đúng không", "5 khu chiếm 64% doanh nghiệp Thủ Đức phải ko", "holds 6.41% of the workers,
   * right?": the one share answered against the percent claimed, to the claim's precision (6% holds at 6,41%, 50%
   * does not at 51,21%); empty without a number right before "%", with a bound ("hơn 50%" is a bound), or with more
   * than one share.
   */
  public static Optional<Boolean> onPercent(Tagger.Tagged t, Result result) {
    if (!(unwrapped(result) instanceof Result.Shares s) || s.values().isEmpty() || t.has(Kind.MORE)
        || t.has(Kind.LESS)) {
      return Optional.empty();
    }
    Double claimed = null;
    double tolerance = 0.5;
    int decimals = -1;
    for (Tag n : t.all(Kind.NUMBER)) {
      if (n.from() == decimals) {
        continue; // the digits after the comma of the number before
      }
      Tag after = t.at(n.to());
      Tag fraction = after != null && after.is(Kind.NUMBER) && after.from() == n.to()
          && decimal(t, t.words().get(n.from()), t.words().get(after.from())) ? after : null;
      Tag share = t.at(fraction == null ? n.to() : fraction.to());
      if (share == null || !share.is(Kind.SHARE) || !"-".equals(share.arg())) {
        continue;
      }
      if (claimed != null) {
        return Optional.empty(); // two percents: a range or a comparison, not one claim
      }
      claimed = (double) n.number();
      if (fraction != null) {
        decimals = fraction.from();
        String digits = t.words().get(fraction.from());
        tolerance = 0.5 * Math.pow(10, -digits.length());
        claimed += fraction.number() / Math.pow(10, digits.length());
      }
    }
    if (claimed == null) {
      return Optional.empty();
    }
    if (roughly(t)) {
      // "chiếm khoảng 30%" at 30,63%: about that many, within a point (or a twentieth of the claim, when larger);
      // under 10% within a quarter of the claim ("around 1%" is not 0,64%)
      tolerance = claimed >= 10 ? Math.max(1.0, claimed * 0.05) : claimed * 0.25;
    } else {
      tolerance = Math.min(tolerance, claimed * 0.1); // "1%" is not 0,64%, though it rounds so
    }
    // "Còn Linh Trung 2 thì chiếm khoảng 25%?" read with both measures: a no when neither share is it, a yes when
    // both are, and no verdict when only one is
    boolean all = true;
    boolean none = true;
    for (Result.ShareValue v : s.values()) {
      boolean holds = Math.abs(v.percent() - claimed) < tolerance + 1e-9;
      all &= holds;
      none &= !holds;
    }
    return all || none ? Optional.of(all) : Optional.empty();
  }

  /** Whether the text has {@code whole} and {@code digits} as one decimal number ("6,41", "6.41"). */
  private static boolean decimal(Tagger.Tagged t, String whole, String digits) {
    String text = t.text();
    return text.contains(whole + "," + digits) || text.contains(whole + "." + digits);
  }

  /** "chiếm hơn một nửa … không?", "more than half of the workers?": every share against 50%. */
  public static Optional<Boolean> onShare(Tagger.Tagged t, Result result) {
    if (!(unwrapped(result) instanceof Result.Shares s) || s.values().isEmpty() || !claimsHalf(t)) {
      return Optional.empty();
    }
    boolean more = t.has(Kind.MORE) || halfSaid(t, OVER_HALF);
    boolean less = t.has(Kind.LESS);
    boolean nearly = !more && !less && halfSaid(t, NEAR_HALF);
    boolean all = true;
    for (Result.ShareValue v : s.values()) {
      double p = v.percent();
      if (nearly) {
        // "chiếm gần một nửa … phải không": 49,39% is nearly half; 41,83% is not
        all &= p < 50 + HALF_ROUNDING && p > 50 - NEARLY_HALF_WIDE;
        continue;
      }
      if (more == less && Math.abs(p - 50) >= HALF_ROUNDING && Math.abs(p - 50) < NEARLY_HALF) {
        return Optional.empty(); // "chiếm một nửa không?" at 49,39%: nearly half, neither a plain yes nor a plain no
      }
      all &= more && !less ? p > 50 : less && !more ? p < 50 : Math.abs(p - 50) < HALF_ROUNDING;
    }
    return Optional.of(all);
  }

  /** Words of "quá nửa", "quá bán", "vượt quá nửa": more than half. */
  private static final Set<String> OVER_HALF = Set.of("qua", "vuot", "hon", "over", "more");
  /** Words of "gần một nửa", "nearly half", "almost half": just under half. */
  private static final Set<String> NEAR_HALF = Set.of("gan", "nearly", "almost", "xap");
  /** How far under 50% "nearly half" may be. */
  private static final double NEARLY_HALF_WIDE = 5.0;

  /** True when a word of {@code words} is in the half's phrase or right before it ("quá nửa", "gần một nửa"). */
  private static boolean halfSaid(Tagger.Tagged t, Set<String> words) {
    for (Tag x : t.all(Kind.SHARE)) {
      if (!"half".equals(x.arg())) {
        continue;
      }
      for (int i = Math.max(0, x.from() - 1); i < x.to(); i++) {
        if (words.contains(t.words().get(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean claimsHalf(Tagger.Tagged t) {
    for (Tag x : t.all(Kind.SHARE)) {
      if ("half".equals(x.arg())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Số doanh nghiệp Khu CNC gấp đôi Cát Lái không?", "gấp 4 lần … không?": whether the first side has that many
   * times the second, at least (to a tenth: "gấp đôi" holds at 1,96 and at 4,78 times; "hơn gấp đôi": more than that many
   * times; "A ít hơn 4 lần B": B is at least 4 times A).
   */
  public static Optional<Boolean> onMultiple(Tagger.Tagged t, Result.Comparison c) {
    Optional<Double> claimed = claimedMultiple(t);
    if (claimed.isEmpty() || c.measures().isEmpty()) {
      return Optional.empty();
    }
    double k = claimed.get();
    boolean all = true;
    for (Measure m : c.measures()) {
      double b = c.valueB(m);
      if (b == 0) {
        return Optional.empty();
      }
      double ratio = c.valueA(m) / b;
      if (!t.has(Kind.ZONE) && !t.has(Kind.KIND) && !t.has(Kind.ALL) && ratio > 0) {
        // "có gấp hơn 1,3 lần không" after "gấp mấy lần": no side named, so the multiple the answer gave, the larger
        // side over the smaller, is the one claimed
        ratio = Math.max(ratio, 1 / ratio);
        all &= t.has(Kind.MORE) ? ratio > k : t.has(Kind.LESS) ? ratio < k : Math.round(ratio * 10) / 10.0 >= k;
      } else if (t.has(Kind.LESS) && ratio < 1 && c.valueA(m) > 0) {
        // "Cát Lái có ít lao động hơn 4 lần Linh Trung không": the second side is that many times the first
        all &= Math.round(b / c.valueA(m) * 10) / 10.0 >= k;
      } else {
        // "gấp đôi … không?" at 4,78 times: yes, and more (the answer gives the multiple); "gấp 5 lần" at 4,78: no
        all &= t.has(Kind.MORE) ? ratio > k : t.has(Kind.LESS) ? ratio < k : Math.round(ratio * 10) / 10.0 >= k;
      }
    }
    return Optional.of(all);
  }

  /** Words that make a claimed gap approximate ("khoảng 90 doanh nghiệp", "about 90"). */
  private static final Set<String> ABOUT = Set.of("khoang", "tam", "xap", "gan", "about", "around", "roughly",
      "approximately", "nearly");

  /**
   * The gap a comparison claims ("Cát Lái hơn Bình Chiểu 89 doanh nghiệp đúng không", "ít hơn 1 cty phải ko" after
   * two zones): the one number beside "hơn" / "ít hơn", not a multiple nor a percent; else empty.
   */
  static Optional<Long> claimedGap(Tagger.Tagged t) {
    if (t.has(Kind.MORE) == t.has(Kind.LESS) || t.has(Kind.TIMES) || t.has(Kind.SHARE)
        || t.all(Kind.NUMBER).size() != 1) {
      return Optional.empty();
    }
    Tag n = t.all(Kind.NUMBER).get(0);
    Tag next = t.at(n.to());
    if (next != null && (next.is(Kind.KIND) || next.is(Kind.ZONEWORD) || next.is(Kind.ZONE))) {
      return Optional.empty(); // "Hai KCX có nhiều lao động hơn SHTP không": two zones counted, no gap claimed
    }
    List<String> w = t.words();
    if (n.to() < w.size() && (w.get(n.to()).equals("%") || w.get(n.to()).equals("phan")
        || w.get(n.to()).equals("percent") || w.get(n.to()).equals("lan") || w.get(n.to()).equals("times"))) {
      return Optional.empty();
    }
    return Optional.of(n.number());
  }

  /** True when {@code t} claims a gap ("hơn … 89 doanh nghiệp", "ít hơn 1 cty"). */
  public static boolean gapClaimed(Tagger.Tagged t) {
    return claimedGap(t).isPresent();
  }

  /**
   * A comparison's yes or no when it claims a gap ({@code sideHolds}: the side claimed has more, or fewer, as said):
   * yes only at that gap (about it with "khoảng"), no when the gap is smaller than claimed or the side is wrong; a
   * larger gap ("hơn 50" may be "at least 50") gets no yes or no, the figures say it. Empty when no gap is claimed.
   */
  public static Optional<Boolean> onGap(Tagger.Tagged t, Result.Comparison c, boolean sideHolds) {
    Optional<Long> claimed = claimedGap(t);
    if (claimed.isEmpty() || c.measures().size() != 1 || c.measures().get(0) == Measure.WORKERS_PER_ENTERPRISE) {
      return Optional.empty();
    }
    if (!sideHolds) {
      return Optional.of(false);
    }
    Measure m = c.measures().get(0);
    double gap = Math.abs(c.valueA(m) - c.valueB(m));
    double k = claimed.get();
    boolean about = false;
    for (String w : t.words()) {
      about |= ABOUT.contains(w);
    }
    if (gap == k || about && Math.abs(gap - k) <= 0.1 * k) {
      return Optional.of(true);
    }
    return gap < k ? Optional.of(false) : Optional.empty();
  }

  /** A multiple with a decimal: "1,5 lần", "1.3 times", "2,25x". */
  private static final Pattern DECIMAL_TIMES = Pattern.compile(
      "(?iu)(?<![\\d.,])(\\d{1,2})[.,](\\d{1,2})\\s*(?:lần|lan|times|x)(?![\\p{L}])");

  /** The multiple a question claims: "gấp đôi" (the lexicon's argument), "gấp 4 lần" (the number after "gấp"). */
  static Optional<Double> claimedMultiple(Tagger.Tagged t) {
    java.util.regex.Matcher decimal = DECIMAL_TIMES.matcher(t.text());
    if (decimal.find() && !t.all(Kind.TIMES).isEmpty()) {
      // "gấp 1,5 lần", "more than 1.3 times": the words split at the comma, the multiple did not
      return Optional.of(Double.parseDouble(decimal.group(1) + "." + decimal.group(2)));
    }
    for (Tag x : t.all(Kind.TIMES)) {
      if (DIGITS.matcher(x.arg()).matches()) {
        return Optional.of(Double.parseDouble(x.arg()));
      }
      Tag next = t.at(x.to());
      if (next != null && next.is(Kind.NUMBER) && t.words().get(x.from()).equals("gap") && next.number() > 1) {
        return Optional.of((double) next.number());
      }
    }
    return Optional.empty();
  }

  /**
   * "Cát Lái có bằng Linh Trung 2 về doanh nghiệp không?", "Bình Chiểu có bằng 1/10 Cát Lái không?": an equality
   * claimed between two zones, or a fraction of the second; empty when the question claims neither.
   */
  public static Optional<Double> claimedFraction(Tagger.Tagged t, List<String> dropped) {
    boolean equal = false;
    for (String d : dropped) {
      for (String w : Lexicon.normalise(d)) {
        equal |= EQUAL.contains(w);
      }
    }
    // "có cùng số doanh nghiệp không", "như nhau", "giống nhau": the two the same ("cũng", folded alike, is "also")
    String said = " " + String.join(" ", t.words()) + " ";
    for (String x : SAME) {
      equal |= said.contains(x);
    }
    if (!equal) {
      return Optional.empty();
    }
    Matcher m = FRACTION.matcher(t.text());
    if (m.find()) {
      double num = Double.parseDouble(m.group(1));
      double den = Double.parseDouble(m.group(2));
      return den == 0 || num >= den ? Optional.empty() : Optional.of(num / den);
    }
    return t.has(Kind.NUMBER) ? Optional.empty() : Optional.of(1.0);
  }

  /** Whether side a is {@code fraction} of side b by every measure (to the rounding of a count: within 0,5). */
  public static boolean isFraction(Result.Comparison c, double fraction) {
    boolean all = true;
    for (Measure m : c.measures()) {
      all &= Math.abs(c.valueA(m) - fraction * c.valueB(m)) < 0.5;
    }
    return all;
  }

  /**
   * "Tổng số doanh nghiệp có lớn hơn tổng số lao động không?": the first measure named against the second, for the
   * same zones; a plain comparison of two counts, which the answer gives with both.
   */
  public static Optional<Boolean> acrossMeasures(Tagger.Tagged t, Result result) {
    if (!(unwrapped(result) instanceof Result.Figures f) || f.measures().size() != 2
        || f.agg() != StatQuery.Agg.SUM && !(f.agg() == StatQuery.Agg.EACH && f.rows().size() == 1)
        || t.has(Kind.MORE) == t.has(Kind.LESS) || !t.all(Kind.NUMBER).isEmpty()) {
      return Optional.empty();
    }
    List<Tag> named = t.all(Kind.MEASURE);
    if (named.size() != 2 || named.get(0).arg().equals(named.get(1).arg())) {
      return Optional.empty();
    }
    int first = indexOf(f.measures(), named.get(0).arg());
    int second = indexOf(f.measures(), named.get(1).arg());
    if (first < 0 || second < 0) {
      return Optional.empty();
    }
    boolean sum = f.agg() == StatQuery.Agg.SUM;
    double a = sum ? f.combined().get(first) : f.rows().get(0).value(f.measures().get(first));
    double b = sum ? f.combined().get(second) : f.rows().get(0).value(f.measures().get(second));
    return Optional.of(t.has(Kind.MORE) ? a > b : a < b);
  }

  /** How a yes/no bound on several zones is meant: on none of them as a group, on the group's total, or on each. */
  public enum BoundReading { NONE, GROUP, EACH }

  /** Words that put a bound on each zone: "mỗi khu", "từng khu", "đều", "each", "every", "apiece". */
  private static final List<String> EACH_WORDS = List.of(" deu ", " tung khu ", " tung kcx ", " tung kcn ",
      " moi khu ", " moi kcx ", " moi kcn ", " rieng tung ", " tinh rieng ", " moi mot khu ", " each ", " every ",
      " apiece ", " individually ", " on its own ", " separately ", " ca hai khu deu ");
  /** Words that put it on the total: "cộng lại", "tổng", "together", "combined". */
  private static final List<String> TOTAL_WORDS = List.of(" tong ", " tong cong ", " cong lai ", " gop lai ",
      " gop chung ", " tinh chung ", " cong chung ", " together ", " combined ", " altogether ", " in total ",
      " total ", " overall ", " between them ", " as a group ", " collectively ");

  /** "cả hai", "both": either the two together or each of them, unless the question says which. */
  private static final List<String> BOTH = List.of(" ca hai ", " ca 2 ", " both ");

  /** True when "cả hai" / "both" leaves open whether a bound is on the two together or on each. */
  public static boolean saysBoth(Tagger.Tagged t) {
    return t.saysAny(BOTH) && !t.saysAny(TOTAL_WORDS) && !t.saysAny(EACH_WORDS);
  }

  /** True when the question says the bound is on the total ("cộng lại", "tổng", "together", "combined"). */
  public static boolean saysTotal(Tagger.Tagged t) {
    return t.saysAny(TOTAL_WORDS);
  }

  /**
   * "Hai khu chế xuất chiếm hơn 50% lao động phải không?", "Khu CNC và Linh Trung có trên 90.000 lao động không?":
   * a yes/no bound whose subject is several zones (a kind, "A và B", a union, the rest) is on the group's total (or
   * its share of the five zones); "mỗi khu", "đều", "each" put it on each zone; "khu nào …" (which zones) is a
   * list, and so is a bound on every zone without "each" (NONE: the rules of one zone and of all five decide).
   */
  public static BoundReading boundReading(Tagger.Tagged t, ZoneSet.Filtered f) {
    if (f.base() instanceof ZoneSet.Filtered || t.has(Kind.WHICH) || !YesNo.asked(t)) {
      return BoundReading.NONE;
    }
    boolean each = t.saysAny(EACH_WORDS) && !t.saysAny(TOTAL_WORDS);
    ZoneSet b = f.base();
    boolean group = b instanceof ZoneSet.OfKind || b instanceof ZoneSet.Union || b instanceof ZoneSet.Minus
        || b instanceof ZoneSet.Named n && n.ids().size() >= 2;
    if (each && (group || b instanceof ZoneSet.All)) {
      return BoundReading.EACH;
    }
    return group || b instanceof ZoneSet.All && allAfterTheBound(t) ? BoundReading.GROUP : BoundReading.NONE;
  }

  /** Words that put the five zones after a figure as where it is counted: "trong 5 khu", "in the five zones". */
  private static final Set<String> IN_WORDS = Set.of("trong", "in", "o", "tai", "across", "of", "cua");

  /**
   * "có hơn 300 doanh nghiệp trong 5 khu không", "Are there more than 300 enterprises in the five zones?": the five
   * zones named after the bound, as where the figure is counted, are its total, never each zone.
   */
  private static boolean allAfterTheBound(Tagger.Tagged t) {
    Tag n = null;
    for (Tag x : t.all(Kind.NUMBER)) {
      n = n == null ? x : n;
    }
    if (n == null) {
      return false;
    }
    for (Tag a : t.all(Kind.ALL)) {
      if (a.from() <= n.from() || a.from() == 0 || !IN_WORDS.contains(t.words().get(a.from() - 1))) {
        return false;
      }
    }
    return t.has(Kind.ALL);
  }

  private static int indexOf(List<Measure> ms, String code) {
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean roughly(Tagger.Tagged t) {
    for (String w : t.words()) {
      if (ROUGHLY.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Còn các KCX?", "And both industrial parks?" right after a group's total was checked against a bound ("2 khu
   * công nghiệp cộng lại có hơn 9.000 lao động không?"): the same bound on the group now asked, in the same measure;
   * null when the question is not a bare follow-up of that check.
   */
  public static ZoneSet.Filtered carriedGroupBound(Parse.Stat st, Tagger.Tagged t, java.util.Optional<ZoneSet.Filtered> bound) {
    // "còn 2 kcx": the only number counts the zones of the kind
    boolean number = t.has(Kind.NUMBER) && !(t.has(Kind.KIND) && t.all(Kind.NUMBER).size() == 1
        && t.all(Kind.NUMBER).get(0).arg().equals("2"));
    if (bound.isEmpty() || !st.followUp() || number || t.has(Kind.MORE) || t.has(Kind.LESS)
        || t.has(Kind.DIFF) || t.has(Kind.TIMES) || t.has(Kind.COMPARE) || t.has(Kind.WHICH) || t.has(Kind.MAX)
        || t.has(Kind.MIN) || t.has(Kind.RANK) || t.has(Kind.MEAN)) {
      return null;
    }
    ZoneSet.Filtered b = bound.get();
    ZoneSet set = null;
    if (st.query() instanceof StatQuery.Figures f && f.agg() == StatQuery.Agg.SUM && !b.percent()
        && f.measures().equals(List.of(b.measure()))) {
      set = f.set();
    } else if (st.query() instanceof StatQuery.Share s && b.percent() && s.base().isPresent()
        && s.base().get() instanceof ZoneSet.All && s.measures().equals(List.of(b.measure()))) {
      set = s.part();
    }
    boolean group = set instanceof ZoneSet.OfKind || set instanceof ZoneSet.Union
        || set instanceof ZoneSet.Named n && n.ids().size() >= 2;
    if (!group || set.equals(b.base())) {
      return null;
    }
    return new ZoneSet.Filtered(set, b.measure(), b.more(), b.inclusive(), b.value(), b.percent());
  }
}
