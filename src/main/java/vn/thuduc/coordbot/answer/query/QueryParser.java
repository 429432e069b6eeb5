package vn.thuduc.coordbot.answer.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.StatQuery.Agg;
import vn.thuduc.coordbot.answer.query.StatQuery.Op;
import vn.thuduc.coordbot.answer.query.Tag.Kind;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.text.Fold;
import vn.thuduc.coordbot.text.Stopwords;

/**
 * Composes a {@link StatQuery} from a tagged question with a few rules: the zone set (named zones,
 * kinds, all, minus, the rest, a filter), the measures, then the one operation the tags ask for
 * (count, share, rank, place in the ranking, comparison, mean, sum, list, card). A question that
 * names no set or no measure is completed from the conversation's last query when it reads as a
 * follow-up; without one it asks. Words no rule accounts for make it say what the data lacks.
 *
 * <p>This class is long because it is one grammar: each private method is a rule over the same tags,
 * and the order in which {@link #parse} tries them is the grammar.
 */
public final class QueryParser {
  private static final List<Measure> BOTH = List.of(Measure.WORKERS, Measure.ENTERPRISES);
  /** The lexicon's measure that is the inverse of workers per enterprise, which is what the data has. */
  private static final String INVERSE = "enterprises_per_worker";
  /** The lexicon's argument of a bound written after its number ("30 trở lên", "31 or more"): inclusive. */
  private static final String AFTER = "after";
  /** The lexicon's argument of "ngược lại", "reverse": the last ranking the other way round. */
  private static final String REVERSE = "reverse";

  /**
   * What a conversation offers a follow-up: its last statistics query, the zones its last questions named
   * (what "the two", "hai khu", "both" point at), the zones its last answer showed in order (what "it"
   * points at) and the last ranking it showed (what "the second", "cuối bảng", "the last one" point at).
   */
  public record Context(Optional<StatQuery> previous, List<String> recent, List<String> shown,
      Optional<Conversations.Ranking> ranking, List<ZoneSet> groups) {
    /** A question asked on its own. */
    public static final Context NONE = new Context(Optional.empty(), List.of(), List.of(), Optional.empty());

    public Context {
      recent = List.copyOf(recent);
      shown = List.copyOf(shown);
      groups = List.copyOf(groups);
    }

    public Context(Optional<StatQuery> previous, List<String> recent, List<String> shown,
        Optional<Conversations.Ranking> ranking) {
      this(previous, recent, shown, ranking, List.of());
    }
  }

  /**
   * True when {@code part} is the two sides of the comparison just answered, that comparison was asked of the zone
   * the conversation was on before it (its first side), and {@code t} says neither "together" nor a zone.
   */
  private static ZoneSet subjectCompared(Tagger.Tagged t, Context c, ZoneSet part) {
    if (c.previous().isEmpty() || !(StatQuery.undated(c.previous().get()) instanceof StatQuery.Compare pc)
        || pc.op() != Op.SIDE_BY_SIDE || !(pc.a() instanceof ZoneSet.Named a) || a.ids().size() != 1
        || !(pc.b() instanceof ZoneSet.Named b) || b.ids().size() != 1 || !(part instanceof ZoneSet.Named n)
        || n.ids().size() != 2 || !n.ids().containsAll(List.of(a.ids().get(0), b.ids().get(0)))
        || t.has(Kind.ZONE) || t.has(Kind.KIND) || t.has(Kind.SUM)) {
      return null;
    }
    String sp = spaced(t);
    if (sp.contains(" together ") || sp.contains(" both ") || sp.contains(" hai ") || sp.contains(" 2 ")
        || sp.contains(" combined ") || sp.contains(" chung ") || sp.contains(" cong ") || sp.contains(" gop ")
        || sp.contains(" they ") || sp.contains(" them ")) {
      return null;
    }
    if (c.groups().size() != 2) {
      return null;
    }
    ZoneSet before = c.groups().get(0);
    ZoneSet base = before instanceof ZoneSet.Filtered f ? f.base() : before;
    return base.equals(a) ? a : null;
  }

  /**
   * "How many workers per enterprise does the zone with the most workers have?", "khu đông lao động nhất có bình quân
   * bao nhiêu lao động mỗi doanh nghiệp": the ratio of the zone picked by its count, never the zone with the highest
   * ratio; null when the question is not so.
   */
  private static Parse ratioOfExtreme(Tagger.Tagged t) {
    if (!t.has(Kind.HOWMANY) || t.has(Kind.ZONE) || t.all(Kind.MAX).size() + t.all(Kind.MIN).size() != 1) {
      return null;
    }
    Tag s = t.has(Kind.MAX) ? t.all(Kind.MAX).get(0) : t.all(Kind.MIN).get(0);
    Tag ratio = null;
    Measure by = "-".equals(s.arg()) ? null : code(s.arg());
    for (Tag m : t.all(Kind.MEASURE)) {
      if (code(m.arg()) == Measure.WORKERS_PER_ENTERPRISE) {
        ratio = m;
      } else if (by == null && m.from() == s.to()) {
        by = code(m.arg()); // "the most workers"
      }
    }
    if (ratio == null || by == null || by == Measure.WORKERS_PER_ENTERPRISE || ratio.from() == s.to()) {
      return null;
    }
    ZoneSet base = new ZoneSet.All();
    if (t.has(Kind.KIND)) {
      Set<ZoneKind> ks = EnumSet.noneOf(ZoneKind.class);
      for (Tag k : t.all(Kind.KIND)) {
        ks.add(ZoneKind.fromCode(k.arg()));
      }
      base = new ZoneSet.OfKind(ks);
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Extreme(base, by, s.is(Kind.MAX)),
        List.of(Measure.WORKERS_PER_ENTERPRISE), Agg.EACH), false);
  }

  /** +1 for "next", "tiếp theo", "kế tiếp"; -1 for "previous", "the one before", "trước đó"; else 0. */
  private static int stepWord(Tagger.Tagged t) {
    return t.saysAny(NEXT_ROW) ? 1 : t.saysAny(PREVIOUS_ROW) ? -1 : 0;
  }

  private static final List<String> NEXT_ROW = List.of(" next ", " tiep theo ", " ke tiep ", " tiep ", " ke ");
  private static final List<String> PREVIOUS_ROW = List.of(" previous ", " one before ", " truoc do ", " lien truoc ",
      " ngay truoc ");
  /** "cộng cả 3 nhóm", "the three groups": the three kinds of zone together. */
  private static final List<String> THREE_GROUPS = List.of(" 3 nhom ", " ba nhom ", " three groups ", " 3 groups ");

  /** True when {@code t} asks for the zone right above or below another ("the zone just above it"). */
  public static boolean nextToAsked(Tagger.Tagged t) {
    return RankingFollowUps.nextToAsked(t);
  }

  /** Parses {@code t} in its conversation {@code c}; {@code currentYear} is what "năm nay" and "this year" mean. */
  public Parse parse(Tagger.Tagged t, Context c, int currentYear) {
    if (c.ranking().isPresent() && !t.has(Kind.ZONE) && !t.has(Kind.KIND)) {
      // "which one is number 2?", "no. 5?" after a ranking: that row of it, never "2 zones"
      List<String> order = c.ranking().get().order();
      for (int i = 0; i + 1 < t.words().size(); i++) {
        String n = t.words().get(i + 1);
        if ((t.words().get(i).equals("number") || t.words().get(i).equals("no")) && n.length() == 1
            && Character.isDigit(n.charAt(0)) && n.charAt(0) - '0' >= 1 && n.charAt(0) - '0' <= order.size()) {
          List<Measure> ms = measures(t).isEmpty() ? List.of(c.ranking().get().query().measure()) : measures(t);
          return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(List.of(order.get(n.charAt(0) - '1'))), ms,
              Agg.EACH), true);
        }
      }
    }
    if (c.previous().isPresent() && StatQuery.undated(c.previous().get()) instanceof StatQuery.Ranked row
        && row.limit() == 1 && !t.has(Kind.ZONE) && !t.has(Kind.KIND) && !t.has(Kind.MEASURE)
        && FollowUpRules.only(t, EnumSet.of(Kind.AND, Kind.FOLLOW, Kind.FILLER, Kind.ZONEWORD, Kind.NUMBER))
        && !FollowUpRules.counted(t)) {
      // "the second one?", then "and the next one?", "còn khu tiếp theo", "the one before?": the row after or before
      int step = stepWord(t);
      int at = row.offset() + step;
      int rows = c.ranking().isPresent() ? c.ranking().get().order().size() : Integer.MAX_VALUE;
      if (step != 0 && at >= 0 && at < rows) {
        return new Parse.Stat(new StatQuery.Ranked(row.set(), row.measure(), row.descending(), at, 1), true);
      }
    }
    if (t.has(Kind.WHICH) && FollowUpRules.only(t, EnumSet.of(Kind.WHICH, Kind.FILLER, Kind.THUDUC, Kind.ZONEWORD,
        Kind.ALL, Kind.FOLLOW)) && (t.words().contains("khu") || t.words().contains("zones"))
        && (c.previous().isEmpty() || t.has(Kind.THUDUC))) {
      // "có những khu nào", "thủ đức có những khu nào", "which zones are there": the zones, never a passage
      return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.All()), false);
    }
    StatQuery.Ranked top = c.previous().isPresent() && StatQuery.undated(c.previous().get()) instanceof StatQuery.Ranked r
        ? r : c.ranking().isPresent() ? c.ranking().get().query() : null;
    if (top != null && top.limit() == 1 && t.has(Kind.WHICH) && FollowUpRules.only(t, EnumSet.of(Kind.WHICH,
        Kind.FILLER, Kind.FOLLOW, Kind.AND)) && leftovers(t).isEmpty()) {
      // "Is Linh Trung 2 the zone with the fewest enterprises?" (no; the conversation is on Linh Trung 2, with the
      // ranking kept), then "which one is?", "khu nào vậy": the zone that is, never a question back
      return new Parse.Stat(top, true);
    }
    if (t.has(Kind.SUM) && (t.words().contains("their") || t.words().contains("theirs")) && !t.has(Kind.ZONE)
        && !t.has(Kind.KIND) && c.previous().isPresent()
        && StatQuery.undated(c.previous().get()) instanceof StatQuery.Ranked pr && pr.limit() >= 2
        && c.shown().size() == pr.limit()) {
      // "bottom 2 zones by enterprises", then "their combined workers": the rows shown, never every zone
      List<Measure> ms = measures(t).isEmpty() ? List.of(pr.measure()) : measures(t);
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(c.shown()), ms, Agg.SUM), true);
    }
    if (t.has(Kind.SUM) && t.all(Kind.NUMBER).size() == 1 && !t.has(Kind.ZONE) && !t.has(Kind.KIND)
        && !t.has(Kind.ZONEWORD) && !t.words().contains("khu") && (t.has(Kind.PRONOUN) || t.words().contains("all"))
        && c.previous().isPresent()) {
      // "sum of these three?", "all three together?" after zones asked one by one: the last three asked
      long n = t.all(Kind.NUMBER).get(0).number();
      List<String> recent = c.recent();
      if (n >= 2 && n <= recent.size() && n <= 5) {
        List<Measure> ms = measures(t).isEmpty() ? measuresOf(c.previous().get()) : measures(t);
        return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(recent.subList(recent.size() - (int) n,
            recent.size())), ms.isEmpty() ? BOTH : ms, Agg.SUM), true);
      }
    }
    if (!t.has(Kind.ZONE) && !t.has(Kind.KIND) && c.groups().size() == 2 && t.saysAny(THREE_GROUPS)) {
      // "cộng cả 3 nhóm" after the totals of the EPZs, the IPs and the Hi-Tech Park: the three kinds are every zone
      // (the conversation keeps the last two groups only; never those two alone)
      List<Measure> ms = measures(t).isEmpty() && c.previous().isPresent() ? measuresOf(c.previous().get())
          : measures(t);
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.All(), ms.isEmpty() ? BOTH : ms, Agg.SUM), true);
    }
    Parse picked = ratioOfExtreme(t);
    if (picked != null) {
      return picked;
    }
    Parse p = parseAll(t, c, currentYear);
    if (p instanceof Parse.Stat st && st.query() instanceof StatQuery.Share sh && sh.base().isEmpty()
        && sh.part() instanceof ZoneSet.All && t.has(Kind.HOWMANY) && !t.has(Kind.SHARE) && !t.has(Kind.THUDUC)
        && c.previous().isPresent() && StatQuery.undated(c.previous().get()) instanceof StatQuery.Share was
        && was.base().isEmpty() && (t.has(Kind.PRONOUN) || spaced(t).contains(" tuc la ")
            || spaced(t).startsWith(" vay la ") || spaced(t).contains(" nghia la "))) {
      // "the zones' share of Thu Duc's enterprises" (0,64%), then "how many enterprises is that?", "tức là bao nhiêu
      // doanh nghiệp": the zones' own count that share is, never the share again
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.All(), sh.measures(), Agg.SUM), true, st.dropped(),
          st.topical());
    }
    if (p instanceof Parse.Stat st && st.query() instanceof StatQuery.Compare cmp && c.previous().isPresent()
        && cmp.a() instanceof ZoneSet.Named a && cmp.b() instanceof ZoneSet.Named b && t.all(Kind.ZONE).size() == 1) {
      // "Cát Lái", "và SHTP", "tổng", then "shtp gấp mấy lần": the zone named against the rest of the group just
      // summed, never the group against a part of itself (61.127 "gấp 1,15 lần" 53.000)
      String said = t.all(Kind.ZONE).get(0).arg();
      ZoneSet.Named group = a.ids().size() >= 2 && a.ids().contains(said) && b.ids().equals(List.of(said)) ? a
          : b.ids().size() >= 2 && b.ids().contains(said) && a.ids().equals(List.of(said)) ? b : null;
      if (group != null) {
        List<String> rest = new ArrayList<>(group.ids());
        rest.remove(said);
        return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(List.of(said)), new ZoneSet.Named(rest),
            cmp.measures(), cmp.op()), true, st.dropped(), st.topical());
      }
    }
    if (p instanceof Parse.Stat st && st.query() instanceof StatQuery.Figures f && f.agg() == Agg.SUM
        && t.has(Kind.SUM) && !t.has(Kind.ZONE) && !t.has(Kind.KIND) && !t.has(Kind.ALL) && c.previous().isPresent()
        && StatQuery.undated(c.previous().get()) instanceof StatQuery.Compare pc && pc.a() instanceof ZoneSet.Named ga
        && ga.ids().size() >= 2 && pc.b() instanceof ZoneSet.Named gb && gb.ids().size() == 1
        && f.set() instanceof ZoneSet.Named all && all.ids().size() == ga.ids().size() + 1
        && all.ids().containsAll(ga.ids()) && all.ids().containsAll(gb.ids())) {
      // "Linh Trung 1 and 2 combined enterprises?", "more than Cat Lai?", "and workers combined?": the group that was
      // combined, never the group with the zone it was set against
      return new Parse.Stat(new StatQuery.Figures(ga, f.measures(), Agg.SUM), true, st.dropped(), st.topical());
    }
    if (c.ranking().isPresent() && c.previous().isPresent() && (t.has(Kind.MORE) || t.has(Kind.LESS))
        && (t.has(Kind.HOWMANY) || spaced(t).contains(" bao nhieu ") || spaced(t).contains(" how many ")
            || spaced(t).contains(" how much ")) && t.all(Kind.ORDINAL).size() == 1 && !t.has(Kind.ZONE) && !t.has(Kind.KIND)
        && setOf(c.previous().get()) instanceof ZoneSet.Named one && one.ids().size() == 1
        && t.all(Kind.ORDINAL).get(0).arg().matches("[1-9]")) {
      // "khu nào đông thứ 2", "nó chiếm bao nhiêu %", "có hơn khu thứ 3 bao nhiêu người": the zone under discussion
      // against that row of the ranking, never that row alone
      StatQuery.Ranked r = c.ranking().get().query();
      int row = Integer.parseInt(t.all(Kind.ORDINAL).get(0).arg()) - 1;
      List<Measure> ms = measures(t).isEmpty() || measures(t).equals(List.of(Measure.WORKERS))
          && t.words().contains("nguoi") ? List.of(r.measure()) : measures(t);
      if (row < c.ranking().get().order().size() && !c.ranking().get().order().get(row).equals(one.ids().get(0))) {
        return new Parse.Stat(new StatQuery.Compare(one, new ZoneSet.Top(r.set(), r.measure(), r.descending(), row, 1),
            ms, Op.DIFFERENCE), true);
      }
    }
    ZoneSet subject = p instanceof Parse.Stat st && st.query() instanceof StatQuery.Share sh
        ? subjectCompared(t, c, sh.part()) : null;
    if (subject != null) {
      // "Linh Trung 2 bn lao động", "is that more than Linh Trung EPZ?", "what share of the five zones is that?": the
      // zone the comparison was asked about, never the two summed ("which one has more?", then "what share is that?"
      // stays the pair's: both were asked alike)
      Parse.Stat st = (Parse.Stat) p;
      StatQuery.Share sh = (StatQuery.Share) st.query();
      return new Parse.Stat(new StatQuery.Share(subject, sh.base(), sh.measures()), true, st.dropped(), st.topical());
    }
    Tag compareAt = first(t, Kind.COMPARE);
    Tag allAt = first(t, Kind.ALL);
    Tag cityAt = first(t, Kind.THUDUC);
    if (p instanceof Parse.Stat st && compareAt != null && cityAt != null && compareAt.from() < cityAt.from()
        && !t.has(Kind.ZONE) && !t.has(Kind.KIND) && !t.has(Kind.MAX) && !t.has(Kind.MIN) && !t.has(Kind.RANK)
        && (st.query() instanceof StatQuery.Ranked r && r.set() instanceof ZoneSet.All && r.limit() == 0
            || st.query() instanceof StatQuery.Figures f && f.set() instanceof ZoneSet.All)) {
      // "số lao động các khu so với toàn Thủ Đức", "workers in the zones compared to Thu Duc": the zones' share of the
      // city, the one figure the source gives of the zones against the city, never a ranking of the zones
      List<Measure> ms = measures(t);
      return new Parse.Stat(new StatQuery.Share(new ZoneSet.All(), Optional.empty(), ms.isEmpty() ? BOTH : ms),
          st.followUp(), st.dropped(), st.topical());
    }
    if (p instanceof Parse.Stat st && st.query() instanceof StatQuery.Share sh && sh.part() instanceof ZoneSet.All
        && sh.base().isEmpty() && compareAt != null && allAt != null && compareAt.from() < allAt.from()
        && !t.has(Kind.ZONE) && !t.has(Kind.THUDUC) && c.previous().isPresent()
        && setOf(c.previous().get()) instanceof ZoneSet.Named one && one.ids().size() == 1) {
      // "khu cnc có bn lao động", "so với tổng 5 khu chiếm bn": that zone's share of the five, never the five zones'
      // share of Thủ Đức
      List<Measure> ms = measures(t).isEmpty() ? measuresOf(c.previous().get()) : measures(t);
      return new Parse.Stat(new StatQuery.Share(one, Optional.of(new ZoneSet.All()), ms.isEmpty() ? BOTH : ms), true,
          st.dropped(), st.topical());
    }
    if (p instanceof Parse.Stat st && st.query() instanceof StatQuery.Figures f
        && f.set() instanceof ZoneSet.Filtered pf && pf.base() instanceof ZoneSet.Named n && !t.has(Kind.NUMBER)) {
      // "cat lai có hơn 5000 cn ko", "còn bình chiểu?", "nó có bn cty": the zone the bound was checked on, never the
      // zones among it that pass the bound (none, for Bình Chiểu: "no zone has more than 5,000" was false)
      Agg agg = n.ids().size() == 1 ? Agg.EACH : f.agg();
      return new Parse.Stat(new StatQuery.Figures(n, f.measures(), agg), st.followUp(), st.dropped(), st.topical());
    }
    if (p instanceof Parse.Stat st && st.query() instanceof StatQuery.Ranked r && r.limit() == 1 && t.has(Kind.ORDINAL)
        && c.previous().isPresent() && StatQuery.undated(c.previous().get()) instanceof StatQuery.ListZones pl
        && pl.set() instanceof ZoneSet.All
        && r.offset() < c.shown().size() && saysList(t)) {
      // "ds các khu", then "khu thứ 3 trong ds có bn cn": the third row of the list shown, never the third by workers
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(List.of(c.shown().get(r.offset()))),
          List.of(r.measure()), Agg.EACH), true, st.dropped(), st.topical());
    }
    if (p instanceof Parse.Stat st && st.query() instanceof StatQuery.ListZones l
        && l.set() instanceof ZoneSet.Filtered f && f.base() instanceof ZoneSet.All && c.shown().size() == 1
        && c.previous().isPresent() && oneZonePronoun(t) && !t.has(Kind.ZONE) && !t.has(Kind.KIND)
        && !t.has(Kind.ALL) && !t.has(Kind.WHICH)) {
      // "khu thứ 2 là khu nào" (Cát Lái), "nó có hơn 30000 lao động ko": the bound on the zone the answer named, never
      // on every zone ("Có. Các khu có trên 30.000 lao động" was a wrong yes for Cát Lái)
      return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.Filtered(new ZoneSet.Named(c.shown()), f.measure(),
          f.more(), f.inclusive(), f.value(), f.percent())), true, st.dropped(), st.topical());
    }
    return p;
  }

  /** A set of several zones asked as one: two zones named or more, a kind, a union, the top N. */
  private static boolean groupOfZones(ZoneSet set) {
    return set instanceof ZoneSet.Named n && n.ids().size() >= 2 || set instanceof ZoneSet.OfKind
        || set instanceof ZoneSet.Union || set instanceof ZoneSet.Top;
  }

  /** A bound put on what was just answered: a yes or no, "that"/"it", "both", or an "and"/"còn" opener. */
  private static boolean boundFollows(Tagger.Tagged t) {
    return YesNo.asked(t) || t.has(Kind.PRONOUN) || bothSaid(t) || t.has(Kind.FOLLOW)
        || !t.words().isEmpty() && FOLLOW_OPENERS.contains(t.words().get(0));
  }

  /** Whether two sets share a zone they name. */
  private static boolean overlap(ZoneSet a, ZoneSet b) {
    for (String id : a.namedIds()) {
      if (b.namedIds().contains(id)) {
        return true;
      }
    }
    return a instanceof ZoneSet.All || b instanceof ZoneSet.All;
  }

  /** "có khu nào …", "is there any zone …", "which zones …": zones asked for, not a total. */
  private static boolean anyZoneAsked(Tagger.Tagged t) {
    if (t.has(Kind.WHICH) || t.has(Kind.ZONEWORD) || t.has(Kind.LIST)) {
      return true;
    }
    for (String w : t.words()) {
      if (w.equals("nao") || w.equals("any") || w.equals("which") || w.equals("khu") || w.equals("zone")
          || w.equals("zones")) {
        return true;
      }
    }
    return false;
  }

  /** "trong ds", "in the list", "of the list": a row of the list shown is meant. */
  private static boolean saysList(Tagger.Tagged t) {
    for (String w : t.words()) {
      if (w.equals("ds") || w.equals("danh") || w.equals("list") || w.equals("listed")) {
        return true;
      }
    }
    return false;
  }

  private Parse parseAll(Tagger.Tagged t, Context c, int currentYear) {
    if (c.previous().isPresent() && nowOnly(t)) {
      // "còn bây giờ?", "and now?" after a figure at another date: the same question at the latest date
      return new Parse.Stat(StatQuery.undated(c.previous().get()), true);
    }
    // the dates ("năm 2024", "so với tháng 3/2024") are read apart; the rest is the question at no date
    // positions, values, medians and the mean: read before the dates, so "2023 lao động" is a figure, not a year
    // fragments only the conversation completes: a comparison with the zone asked before, a yes or no on a
    // superlative about the zone under discussion, a correction, the other side of a comparison
    String wholeHcmc = wholeHoChiMinhCity(t);
    if (wholeHcmc != null) {
      // "Tổng số lao động toàn TPHCM", "how many workers in Ho Chi Minh City": a figure of the whole city the data
      // lacks, never Thủ Đức's in its place
      return new Parse.Missing("city_total", wholeHcmc, true);
    }
    Parse followed = FollowUpRules.thanNamedAfterBound(t, c);
    if (followed == null) {
      followed = SetFollowUps.read(t, c);
    }
    if (followed == null) {
      followed = FollowUpRules.read(t, c);
    }
    if (followed == null) {
      followed = FollowUpRules.cityTotal(t, c);
    }
    if (followed == null && datedFigures(t)) {
      followed = new Parse.Stat(new StatQuery.AsOf(), false);
    }
    if (followed != null) {
      return followed;
    }
    String sp = spaced(t);
    if (sp.contains(" hai danh sach ") || sp.contains(" 2 danh sach ") || sp.contains(" both lists ")
        || sp.contains(" hai bang ") || sp.contains(" both rankings ")) {
      // the zones of two lists shown before: only the last list is kept, so this is asked back, never guessed
      return new Parse.Clarify(Parse.Need.ZONE, measures(t).isEmpty() ? BOTH : measures(t));
    }
    Parse end = zoneAgainstEnd(t, c);
    if (end != null) {
      return end;
    }
    Parse set = SetRules.read(t, c);
    if (set != null) {
      return set;
    }
    Parse ranked = RankRules.read(t, c);
    if (ranked != null) {
      return placeOfOne(ranked);
    }
    DatePhrases.Found dates = DatePhrases.find(t, currentYear);
    // loops, not lambdas, on the way of a statistics question: each lambda is a class made at its first use,
    // which every start of ask paid (see performance.md, "Start-up of ask")
    Optional<StatQuery> previous = c.previous().isEmpty() ? Optional.empty()
        : Optional.ofNullable(StatQuery.undated(c.previous().get()));
    Parse p = parseUndated(dates.rest(), previous, c.recent(), c.shown(), c.ranking(), c.groups());
    return dates.apply(SetFollowUps.boundInMeasureBefore(boundOnPointed(placeOfOne(cardSuperlative(p, t)), t, c),
        t, c), c.previous());
  }

  /**
   * "Cát Lái có phải KCN nhỏ nhất không?", "Is Linh Trung 2 the largest EPZ?": the zone against the others of that
   * kind (or all five), by workers, the source's headline figure; never its card with the kind's yes.
   */
  private static Parse cardSuperlative(Parse p, Tagger.Tagged t) {
    if (!(p instanceof Parse.Stat st) || !(st.query() instanceof StatQuery.Card card) || t.has(Kind.MAX) == t.has(Kind.MIN)) {
      return p;
    }
    Set<ZoneKind> kinds = EnumSet.noneOf(ZoneKind.class);
    for (Tag k : t.all(Kind.KIND)) {
      kinds.add(ZoneKind.fromCode(k.arg()));
    }
    ZoneSet among = kinds.isEmpty() ? new ZoneSet.All() : new ZoneSet.OfKind(kinds);
    return new Parse.Stat(new StatQuery.IsIn(card.zone(), new ZoneSet.Top(among, Measure.WORKERS, t.has(Kind.MAX), 0, 1)),
        st.followUp(), st.dropped(), st.topical());
  }

  /**
   * "có hơn 100 không" after "Cát Lái bn dn", "khu thứ 3 có hơn 30000 ko" after a ranking, "is that more than 40% of
   * the total?" after one zone: the bound is on the zone under discussion (or the row named), in the measure said or
   * else the conversation's, never a list of every zone that passes it.
   */
  private static Parse boundOnPointed(Parse p, Tagger.Tagged t, Context c) {
    if (!(p instanceof Parse.Stat st) || !(st.query() instanceof StatQuery.ListZones l)
        || !(l.set() instanceof ZoneSet.Filtered f) || !(f.base() instanceof ZoneSet.All) || c.previous().isEmpty()
        || t.has(Kind.ZONE) || t.has(Kind.KIND) || t.has(Kind.ALL) && !percentOfAll(t, f) || t.has(Kind.WHICH)
        || t.has(Kind.COUNTZ)
        || t.has(Kind.RANK) || t.has(Kind.MAX) || t.has(Kind.MIN)) {
      return p;
    }
    StatQuery prev = StatQuery.undated(c.previous().get());
    String zone = null;
    Tag ordinal = first(t, Kind.ORDINAL);
    if (ordinal != null && c.ranking().isPresent() && ordinal.arg().matches("[0-9]+")) {
      int at = Integer.parseInt(ordinal.arg()) - 1;
      List<String> order = c.ranking().get().order();
      zone = at >= 0 && at < order.size() ? order.get(at) : null;
    } else if (ordinal == null && prev != null && SetFollowUps.zonesAsked(prev).size() == 1) {
      zone = SetFollowUps.zonesAsked(prev).get(0); // the zone asked, or the zone a bound was checked on
    }
    if (zone == null && ordinal == null && prev instanceof StatQuery.Compare gap && gap.op() == Op.DIFFERENCE
        && !bothSaid(t) && SetFollowUps.twoAsked(t, c).size() != 2) {
      return p; // "is that over 6,000?" right after a difference: on that difference (Asking), never on a side of it
    }
    if (zone == null && ordinal == null && prev instanceof StatQuery.Compare cmp && cmp.a() instanceof ZoneSet.Named a
        && a.ids().size() == 1 && cmp.b() instanceof ZoneSet.Named b && b.ids().size() == 1
        && (t.has(Kind.PRONOUN) || SetFollowUps.twoAsked(t, c).size() == 2 || bothSaid(t))) {
      // "do those two have more than 50000 workers together?", "2 khu đó có tổng trên 10.000 không" after two zones
      // compared: the bound on those two (together, or each, as said); "nó", "it" is the comparison's subject
      boolean both = bothSaid(t) || SetFollowUps.twoAsked(t, c).size() == 2;
      List<String> ids = both ? List.of(a.ids().get(0), b.ids().get(0)) : a.ids();
      Measure cm = f.measure();
      if (measures(t).isEmpty() && !f.percent() && cmp.measures().size() == 1) {
        cm = cmp.measures().get(0);
      }
      return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.Filtered(new ZoneSet.Named(ids), cm, f.more(),
          f.inclusive(), f.value(), f.percent())), true);
    }
    ZoneSet pairSet = prev == null ? null : setOf(prev);
    if (zone == null && ordinal == null && prev instanceof StatQuery.Figures && pairSet instanceof ZoneSet.Named pn
        && pn.ids().size() >= 2 && (t.has(Kind.PRONOUN) || bothSaid(t) || t.has(Kind.FOLLOW)
            || !t.words().isEmpty() && FOLLOW_OPENERS.contains(t.words().get(0))
            || ((StatQuery.Figures) prev).agg() == Agg.SUM && YesNo.asked(t) && !anyZoneAsked(t))) {
      // "hai khu đó chiếm hơn 50% lao động à", "and more than 38,439 workers?" after the total of two zones: the bound
      // on those zones (together, unless each is said)
      Measure pm = f.measure();
      if (measures(t).isEmpty() && !f.percent() && measuresOf(prev).size() == 1) {
        pm = measuresOf(prev).get(0);
      }
      // "does it have more than 117?" is the first of them (the one the talk is about), never the two together
      String spaced = spaced(t);
      // but "is it under 10,000?" after "their combined total?" is that total
      boolean singular = !bothSaid(t) && ((StatQuery.Figures) prev).agg() != Agg.SUM
          && (t.words().contains("it") || t.words().contains("no")
          || spaced.contains(" khu do ") || spaced.contains(" khu nay ") || spaced.contains(" that one "));
      ZoneSet on = singular ? new ZoneSet.Named(pn.ids().subList(0, 1)) : pn;
      return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.Filtered(on, pm, f.more(), f.inclusive(), f.value(),
          f.percent())), true);
    }
    if (zone == null && ordinal == null && prev instanceof StatQuery.Share gs && gs.base().isPresent()
        && groupOfZones(gs.part()) && boundFollows(t)
        && (f.percent() ? gs.measures().size() == 1 && measures(t).isEmpty() : !anyZoneAsked(t))) {
      // "shtp và linh trung 1 chiếm bao nhiêu % lao động", "trên 70% ko": the bound on that group's share together;
      // "2 KCX chiếm bao nhiêu %", "vậy có hơn 60.000 lao động ko": on that group's total; never each zone
      Measure gm = f.percent() || measures(t).isEmpty() && gs.measures().size() == 1 ? gs.measures().get(0)
          : f.measure();
      return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.Filtered(gs.part(), gm, f.more(), f.inclusive(),
          f.value(), f.percent())), true);
    }
    if (zone == null && ordinal == null && prev instanceof StatQuery.Figures gf
        && (gf.agg() == Agg.SUM || !(pairSet instanceof ZoneSet.All))
        && (pairSet instanceof ZoneSet.OfKind || pairSet instanceof ZoneSet.Union || pairSet instanceof ZoneSet.Top
            || pairSet instanceof ZoneSet.All && f.base() instanceof ZoneSet.All && !t.has(Kind.ALL)
                && !anyZoneAsked(t))
        && !f.percent() && boundFollows(t)) {
      // "có trên 10.000 ko", "is that over 60,000?" right after a group's total ("còn hai KCN?"): a check on that
      // total (in the measure said, else the total's), never the zones of all five past the bound
      Measure gm = f.measure();
      if (measures(t).isEmpty() && gf.measures().size() == 1) {
        gm = gf.measures().get(0);
      }
      return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.Filtered(pairSet, gm, f.more(), f.inclusive(),
          f.value(), false)), true);
    }
    if (zone == null) {
      return p;
    }
    // "cả hai cộng lại có trên 60000 không" after two zones asked one by one: the bound is on those two
    List<String> zones = ordinal == null ? SetFollowUps.twoAsked(t, c) : List.of(zone);
    Measure m = f.measure();
    List<Measure> said = measures(t);
    List<Measure> before = prev == null ? List.of() : SetFollowUps.measuresAsked(prev);
    if (said.isEmpty() && !f.percent() && before.size() == 1) {
      m = before.get(0);
    }
    if (zones.size() == 2 && t.has(Kind.SUM) && !YesNo.asked(t) && !f.percent()) {
      // "both together more than 100?" with no word of a yes/no question: the sum, which the bound cannot be of each
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(zones), List.of(m), Agg.SUM), true);
    }
    return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.Filtered(new ZoneSet.Named(zones.isEmpty()
        ? List.of(zone) : zones), m, f.more(), f.inclusive(), f.value(), f.percent())), true);
  }

  /** First words that carry a question on from the last one: "and more than …?", "còn trên … thì sao". */
  private static final Set<String> FOLLOW_OPENERS = Set.of("and", "con", "va", "also", "what");

  /** Words for two zones together: "those two", "2 khu đó", "cả hai", "both". */
  private static final List<String> BOTH_SAID = List.of(" those two ", " these two ", " the two ", " both ", " ca hai ",
      " ca 2 ", " hai khu ", " 2 khu ", " hai khu do ", " 2 khu do ");

  private static boolean bothSaid(Tagger.Tagged t) {
    return t.saysAny(BOTH_SAID);
  }

  /**
   * "is it more than 10% of the enterprises in the zones?": "it" bounded by a percent of every zone, the zones named
   * after the number being the whole, not the zones checked.
   */
  private static boolean percentOfAll(Tagger.Tagged t, ZoneSet.Filtered f) {
    Tag n = first(t, Kind.NUMBER);
    if (!f.percent() || !t.has(Kind.PRONOUN) || n == null) {
      return false;
    }
    for (Tag a : t.all(Kind.ALL)) {
      if (a.from() < n.from()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the question asks for the order from the fewest ("từ thấp đến cao", "từ dưới lên", "ascending"). */
  private static boolean ascending(Tagger.Tagged t) {
    for (Tag r : t.all(Kind.RANK)) {
      if (r.arg().equals("asc")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The measure a place is counted by (before the ordinal) and another asked of that zone after it ("khu nhiều doanh
   * nghiệp thứ 2 có bao nhiêu lao động"): null unless both are there, differ, and "bao nhiêu" follows the ordinal.
   */
  private static Measure[] rankedThenAsked(Tagger.Tagged t, Tag ordinal) {
    Tag by = null;
    Tag asked = null;
    boolean howMany = false;
    for (Tag x : t.tags()) {
      if (x.is(Kind.MEASURE) && x.to() <= ordinal.from()) {
        by = x;
      } else if (x.is(Kind.MEASURE) && x.from() >= ordinal.to() && asked == null) {
        asked = x;
      } else if (x.is(Kind.HOWMANY) && x.from() >= ordinal.to()) {
        howMany = true;
      }
    }
    if (by == null || asked == null || !howMany || by.arg().equals(asked.arg())) {
      return null;
    }
    return new Measure[] {code(by.arg()), code(asked.arg())};
  }

  /** "mỗi khu trong số đó", "each of them": the only every-zone words are "each zone", beside "among them". */
  private static boolean eachOfThem(Tagger.Tagged t) {
    String sp = spaced(t);
    boolean among = sp.contains(" trong so do ") || sp.contains(" trong do ") || sp.contains(" trong cac khu do ")
        || sp.contains(" trong nhung khu do ") || sp.contains(" among them ") || sp.contains(" of them ")
        || sp.contains(" among those ");
    if (!among) {
      return false;
    }
    for (Tag a : t.all(Kind.ALL)) {
      String w = String.join(" ", t.words().subList(a.from(), a.to()));
      if (!w.equals("moi khu") && !w.equals("tung khu") && !w.equals("each zone") && !w.equals("cac khu")
          && !w.equals("khu")) {
        return false;
      }
    }
    return true;
  }

  /** The words of {@link Kind#ALL} that only say "each" ("mỗi khu", "per zone"), never which zones. */
  private static final Set<String> EACH_WORDS = Set.of("moi khu", "tung khu", "each zone", "every zone");

  /**
   * "trung bình mỗi khu", "average per zone" with no zone named, right after a question on a group of zones (two
   * industrial parks, two zones summed): "mỗi khu" is each zone of that group, the group under discussion.
   */
  private static boolean meanOfEachInGroup(Tagger.Tagged t, Optional<StatQuery> previous) {
    if (!t.has(Kind.MEAN) || t.has(Kind.ZONE) || t.has(Kind.KIND) || previous.isEmpty()) {
      return false;
    }
    ZoneSet before = setOf(previous.get());
    boolean group = before instanceof ZoneSet.OfKind || before instanceof ZoneSet.Union
        || before instanceof ZoneSet.Named n && n.ids().size() >= 2;
    if (!group || previous.get() instanceof StatQuery.Ranked) {
      return false;
    }
    for (Tag a : t.all(Kind.ALL)) {
      if (!EACH_WORDS.contains(String.join(" ", t.words().subList(a.from(), a.to())))) {
        return false;
      }
    }
    return true;
  }

  /** "bỏ cả X nữa", "also without X": a zone left out on top of those left out before. */
  private static boolean saysTooAfterMinus(Tagger.Tagged t) {
    for (String w : t.words()) {
      if (w.equals("ca") || w.equals("nua") || w.equals("also") || w.equals("too") || w.equals("them")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Khu CNC gấp mấy lần khu ít nhất?", "Cát Lái hơn khu đông nhất bao nhiêu": the zone named against that end of
   * every zone, in the measure said, else the conversation's one, else workers; null when the question is not that.
   */
  private static Parse zoneAgainstEnd(Tagger.Tagged t, Context c) {
    List<String> zones = zoneIds(t);
    boolean asks = t.has(Kind.TIMES) || t.has(Kind.DIFF) || t.has(Kind.COMPARE);
    if (zones.size() != 1 || !asks || t.has(Kind.MAX) == t.has(Kind.MIN) || t.has(Kind.KIND) || t.has(Kind.ALL)
        || t.has(Kind.ORDINAL) || t.has(Kind.LAST) || t.has(Kind.SHARE) || t.has(Kind.RANK) || t.has(Kind.MINUS)
        || t.has(Kind.REST) || t.has(Kind.TOPWORD) || t.has(Kind.THUDUC) || t.has(Kind.NUMBER)) {
      return null;
    }
    Tag sup = first(t, t.has(Kind.MAX) ? Kind.MAX : Kind.MIN);
    Tag zone = first(t, Kind.ZONE);
    if (sup.from() < zone.to()) {
      return null; // "khu đông nhất gấp mấy lần Cát Lái" is read by the rules of ends
    }
    List<Measure> ms = measures(t);
    Measure m = ms.size() == 1 ? ms.get(0) : null;
    if (m == null && ms.isEmpty() && c.previous().isPresent() && measuresOf(c.previous().get()).size() == 1) {
      m = measuresOf(c.previous().get()).get(0);
    }
    if (m == null && !ms.isEmpty()) {
      return null;
    }
    m = m == null ? Measure.WORKERS : m;
    Op op = t.has(Kind.TIMES) ? Op.RATIO : t.has(Kind.DIFF) ? Op.DIFFERENCE : Op.SIDE_BY_SIDE;
    return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(zones),
        new ZoneSet.Extreme(new ZoneSet.All(), m, t.has(Kind.MAX)), List.of(m), op), false);
  }

  /**
   * A ranking of one zone alone reads "1. KCN Bình Chiểu" whatever its place: "Bình Chiểu xếp hạng bao nhiêu về lao
   * động", or a one-zone frame's ranking, asks for that zone's place among all five.
   */
  private static Parse placeOfOne(Parse p) {
    if (p instanceof Parse.Stat st && st.query() instanceof StatQuery.Ranked r && r.offset() == 0
        && r.set() instanceof ZoneSet.Named n && n.ids().size() == 1) {
      return new Parse.Stat(new StatQuery.RankOf(n.ids(), new ZoneSet.All(), List.of(r.measure())), st.followUp(),
          st.dropped(), st.topical());
    }
    return p;
  }

  private Parse parseUndated(Tagger.Tagged t, Optional<StatQuery> previous, List<String> recent, List<String> shown,
      Optional<Conversations.Ranking> ranking, List<ZoneSet> groups) {
    List<Tag> tags = t.tags();
    Tag unknown = first(t, Kind.UNKNOWN_ZONE);
    if (unknown != null) {
      return new Parse.NotFound(unknown.arg());
    }
    Set<String> named = new LinkedHashSet<>();
    for (Tag z : t.all(Kind.ZONE)) {
      named.add(z.arg());
    }
    List<String> zones = new ArrayList<>(named);
    List<Measure> measures = measures(t);
    Set<ZoneKind> kinds = EnumSet.noneOf(ZoneKind.class);
    for (Tag k : t.all(Kind.KIND)) {
      kinds.add(ZoneKind.fromCode(k.arg()));
    }
    // "trung bình mỗi khu trong số đó": "mỗi khu" is each of those zones, not every zone
    boolean all = t.has(Kind.ALL) && !(previous.isPresent() && eachOfThem(t));
    if (all && meanOfEachInGroup(t, previous)) {
      all = false; // "trung bình mỗi khu" after two industrial parks' total: the mean of those two, not of all five
    }
    // "chiếm bao nhiêu % của 5 khu?" after a question about some zones: the five zones are the base, not the part
    Tag shareWord = first(t, Kind.SHARE);
    boolean allIsBase = all && shareWord != null && zones.isEmpty() && kinds.isEmpty() && !t.has(Kind.THUDUC)
        && previous.map(q -> pointed(q, shown)).filter(x -> !(x instanceof ZoneSet.All)).isPresent()
        && t.all(Kind.ALL).stream().allMatch(a -> a.from() > shareWord.from());
    if (allIsBase) {
      all = false;
    }
    String joined = " " + String.join(" ", t.words()) + " ";
    // the zones asked about one by one, oldest first; "the two", "hai khu" are the last two of them
    List<String> asked = List.copyOf(new LinkedHashSet<>(recent));
    List<String> recentZones = asked.subList(Math.max(0, asked.size() - 2), asked.size());
    // "tổng cả hai nhóm", "both groups" after two questions about groups of zones: the zones of both
    boolean twoGroups = groups.size() == 2 && previous.isPresent() && (joined.contains(" hai nhom ")
        || joined.contains(" 2 nhom ") || joined.contains(" both groups ") || joined.contains(" two groups ")
        || joined.contains(" hai khoi ") || joined.contains(" 2 khoi ") || joined.contains(" hai loai ")
        || joined.contains(" 2 loai ") || joined.contains(" both kinds ") || joined.contains(" both types "));

    // "2 khu nhiều doanh nghiệp nhất", "top 2 khu": the first two of every zone, not the two asked about before
    boolean topTwo = !t.has(Kind.PRONOUN) && (t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.TOPWORD));
    // "khu nào nhiều hơn", "which is bigger?" right after two zones asked one by one: which of those two
    boolean whichOfTwo = t.has(Kind.WHICH) && (t.has(Kind.MORE) || t.has(Kind.LESS)) && named.isEmpty()
        && !t.has(Kind.KIND) && !t.has(Kind.ALL) && !t.has(Kind.NUMBER) && recentZones.size() == 2
        && previous.isPresent() && setOf(previous.get()) instanceof ZoneSet.Named pn && pn.ids().size() == 1;
    boolean twoWords = whichOfTwo || (!topTwo && (joined.contains(" hai khu ") || joined.contains(" 2 khu "))
        || joined.contains(" the two ") || joined.contains(" both ")
        || joined.contains(" ca hai ") || joined.contains(" two zones ") || joined.contains(" hai ben ")
        || joined.contains(" two parks ") || joined.contains(" which one ") || joined.contains(" those two ")
        || joined.contains(" these two ") || joined.contains(" ca 2 ") || joined.contains(" nhau "));
    // "cộng hết lại", "add them all up" after zones asked one by one: every zone asked (up to five), never the last two
    boolean everyAsked = joined.contains(" het ") || joined.contains(" them all ") || joined.contains(" all of them ")
        || joined.contains(" all up ") || joined.contains(" everything ") || joined.contains(" tat ca lai ");
    boolean summing = t.has(Kind.SUM) || joined.contains(" cong ") || joined.contains(" add ")
        || joined.contains(" sum ");
    if (everyAsked && summing && asked.size() >= 2 && zones.isEmpty() && kinds.isEmpty()
        && !t.has(Kind.NUMBER) && !t.has(Kind.MAX) && !t.has(Kind.MIN) && !t.has(Kind.TOPWORD) && previous.isPresent()
        && setOf(previous.get()) instanceof ZoneSet.Named last && last.ids().size() == 1
        && asked.contains(last.ids().get(0)) && !(previous.get() instanceof StatQuery.Ranked)) {
      List<Measure> ms = !measures.isEmpty() ? measures : measuresOf(previous.get());
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(asked),
          ms.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : ms, Agg.SUM), true);
    }
    // "so which share is larger?" after one zone's share of workers and then of enterprises: both of its shares, set
    // against each other, never one of them again
    if (previous.isPresent() && previous.get() instanceof StatQuery.Share ps && ps.base().isPresent()
        && ps.base().get() instanceof ZoneSet.All && ps.measures().size() == 1
        && ps.measures().get(0) != Measure.WORKERS_PER_ENTERPRISE && ps.part() instanceof ZoneSet.Named pn
        && pn.ids().size() == 1 && t.has(Kind.SHARE) && (t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.MAX)
        || t.has(Kind.MIN)) && t.has(Kind.WHICH) && zones.isEmpty() && kinds.isEmpty() && measures.isEmpty()
        && !t.has(Kind.NUMBER) && !all) {
      return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.ShareVsShare(ps.part(), Measure.WORKERS,
          !t.has(Kind.LESS) && !t.has(Kind.MIN), false)), true);
    }
    // "cộng cả hai", "both together" right after a group's share or total and then another's: the two groups
    // together, in the last question's terms (a share of the two, a total of the two)
    boolean bothSummed = groups.size() == 2 && previous.isPresent() && t.has(Kind.SUM) && !t.has(Kind.NUMBER)
        && (joined.contains(" ca hai ") || joined.contains(" ca 2 ") || joined.contains(" both "))
        && !overlap(groups.get(0), groups.get(1))
        && !(groups.get(0) instanceof ZoneSet.Named a && a.ids().size() == 1 && groups.get(1) instanceof ZoneSet.Named b
            && b.ids().size() == 1);
    if (bothSummed && zones.isEmpty() && kinds.isEmpty() && !all && measures.isEmpty()
        && previous.get() instanceof StatQuery.Share ps && ps.base().isPresent()
        && ps.part().equals(groups.get(1))) {
      return new Parse.Stat(new StatQuery.Share(new ZoneSet.Union(List.of(groups.get(0), groups.get(1))), ps.base(),
          ps.measures()), true);
    }
    twoGroups |= bothSummed;
    if (twoGroups && !groups.get(0).equals(groups.get(1)) && zones.isEmpty() && kinds.isEmpty() && !all
        && !t.has(Kind.DIFF) && !t.has(Kind.COMPARE) && !t.has(Kind.TIMES)) {
      // "tổng cả hai nhóm": the two groups asked together, in the last question's terms
      List<Measure> ms = !measures.isEmpty() ? measures : measuresOf(previous.get());
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Union(List.of(groups.get(0), groups.get(1))),
          ms.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : ms, Agg.SUM), true);
    }
    ZoneSet under = previous.isPresent() ? setOf(previous.get()) : null;
    if (previous.isPresent() && StatQuery.undated(previous.get()) instanceof StatQuery.Compare pc
        && pc.a() instanceof ZoneSet.Named pa && pa.ids().size() == 1) {
      under = pa; // "Does SHTP have more than Cat Lai?", "and more than Cat Lai and Binh Chieu together?": SHTP
    }
    Tag than = first(t, Kind.MORE) != null ? first(t, Kind.MORE) : first(t, Kind.LESS);
    Tag firstZone = first(t, Kind.ZONE);
    if (under instanceof ZoneSet.Named one && one.ids().size() == 1 && !zones.contains(one.ids().get(0))
        && zones.size() >= 2 && kinds.isEmpty() && !all && t.has(Kind.SUM) && than != null && firstZone != null
        && than.from() < firstZone.from() && !t.has(Kind.NUMBER) && !t.has(Kind.WHICH) && !t.has(Kind.MAX)
        && !t.has(Kind.MIN) && !t.has(Kind.TIMES) && !t.has(Kind.SHARE)) {
      // "is that more than Cat Lai and Binh Chieu together?" after one zone's figure: that zone against the zones
      // named summed, never those zones against each other
      List<Measure> ms = !measures.isEmpty() ? measures : measuresOf(previous.get());
      return new Parse.Stat(new StatQuery.Compare(one, new ZoneSet.Named(zones),
          ms.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : ms, Op.SIDE_BY_SIDE), true);
    }
    boolean two = twoWords && recentZones.size() >= 2 && previous.isPresent();
    if (two && zones.size() == 1 && !recentZones.contains(zones.get(0)) && kinds.isEmpty() && !all
        && (t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.COMPARE)) && !t.has(Kind.NUMBER)) {
      // "is the hi-tech park bigger than both of them together?" after two zones: the zone against those two summed
      List<Measure> ms = !measures.isEmpty() ? measures : measuresOf(previous.get());
      return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(zones), new ZoneSet.Named(recentZones),
          ms.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : ms, Op.SIDE_BY_SIDE), true);
    }
    // "chênh nhau bao nhiêu", "gấp mấy lần" after the totals of two groups ("lao động 2 kcx", "còn 2 kcn"): the
    // two groups compared, never a zone asked for
    // two groups, at least one of several zones (two zones asked one by one are "the two", above)
    boolean groupsApart = groups.size() == 2 && previous.isPresent() && !(previous.get() instanceof StatQuery.Compare)
        && !groups.get(0).equals(groups.get(1))
        && !(groups.get(0) instanceof ZoneSet.Named a && a.ids().size() == 1 && groups.get(1) instanceof ZoneSet.Named b
            && b.ids().size() == 1)
        // "Bình Chiểu", then "tổng của chúng" (Linh Trung 2 and Bình Chiểu): one group holds the other's zone, so
        // these are no two groups to weigh against each other
        && !overlap(groups.get(0), groups.get(1));
    if (previous.isPresent() && previous.get() instanceof StatQuery.Compare c && zones.isEmpty() && kinds.isEmpty()
        && !all && (t.has(Kind.DIFF) || t.has(Kind.TIMES)) && !t.has(Kind.MAX) && !t.has(Kind.MIN) && !t.has(Kind.SHARE)) {
      // "gấp mấy lần nhau?" after a comparison: the same two sides, in the way now asked
      return new Parse.Stat(new StatQuery.Compare(c.a(), c.b(), measures.isEmpty() ? c.measures() : measures,
          t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE), true);
    }
    boolean between = joined.contains(" between them ") || joined.contains(" giua chung ");
    if ((between || twoWords) && previous.isPresent() && previous.get() instanceof StatQuery.Ranked pr
        && pr.limit() == 1 && pr.offset() == 0 && named.isEmpty() && !t.has(Kind.KIND) && !t.has(Kind.ALL)
        && (t.has(Kind.DIFF) || t.has(Kind.TIMES))) {
      // "the most …", "and the least?", then "what is the difference between them?": the two ends of that ranking
      Measure m = measures.size() == 1 ? measures.get(0) : pr.measure();
      return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Extreme(pr.set(), m, true),
          new ZoneSet.Extreme(pr.set(), m, false), List.of(m), t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE), true);
    }
    // "Which is more?", "bên nào nhiều hơn" right after a group's total and then another group's (or a zone's): which
    // of those two, never a zone inside the last one or the zones past it
    boolean whichOfGroups = groupsApart && t.has(Kind.WHICH) && (t.has(Kind.MORE) || t.has(Kind.LESS))
        && named.isEmpty() && !t.has(Kind.KIND) && !t.has(Kind.ALL) && !t.has(Kind.NUMBER) && !t.has(Kind.MAX)
        && !t.has(Kind.MIN) && previous.get() instanceof StatQuery.Figures wf && wf.set().equals(groups.get(1));
    between |= whichOfGroups;
    // "chênh lệch bao nhiêu?" right after the second of two groups' totals: between the groups, not inside the last
    between |= groups.size() == 2 && previous.isPresent() && previous.get() instanceof StatQuery.Figures pf
        && pf.agg() == Agg.SUM && pf.set().equals(groups.get(1)) && !t.has(Kind.WHICH) && !t.has(Kind.PRONOUN);
    // "how many times more is that?", "gấp mấy lần" right after a group's total and then one zone's figure: the two
    between |= groupsApart && previous.get() instanceof StatQuery.Figures pz && pz.agg() == Agg.EACH
        && pz.set().equals(groups.get(1)) && pz.set() instanceof ZoneSet.Named pn && pn.ids().size() == 1
        && !(groups.get(0) instanceof ZoneSet.Named) && !t.has(Kind.WHICH) && named.isEmpty()
        && (t.has(Kind.TIMES) || t.has(Kind.DIFF));
    if ((twoWords || twoGroups || between) && groupsApart && zones.isEmpty() && kinds.isEmpty() && !all
        && (t.has(Kind.DIFF) || t.has(Kind.COMPARE) || t.has(Kind.TIMES) || whichOfGroups)) {
      List<Measure> ms = !measures.isEmpty() ? measures : measuresOf(previous.get());
      Op op = t.has(Kind.TIMES) ? Op.RATIO : t.has(Kind.DIFF) ? Op.DIFFERENCE : Op.SIDE_BY_SIDE;
      return new Parse.Stat(new StatQuery.Compare(groups.get(0), groups.get(1),
          ms.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : ms, op), true);
    }
    if (twoWords && !two && zones.isEmpty() && kinds.isEmpty() && !all && !t.has(Kind.MAX) && !t.has(Kind.MIN)
        && !t.has(Kind.RANK) && !t.has(Kind.ORDINAL) && !t.has(Kind.TOPWORD) && !t.has(Kind.UNKNOWN_ZONE)) {
      // "tổng hai khu?", "those two?" with no two zones to point at: ask which, never guess
      List<Measure> ms = !measures.isEmpty() ? measures
          : previous.map(QueryParser::measuresOf).filter(m -> !m.contains(Measure.WORKERS_PER_ENTERPRISE)).orElse(BOTH);
      return new Parse.Clarify(Parse.Need.ZONE, ms);
    }
    StatQuery before = previous.orElse(null); // undated already (parse); no lambda: AskStartIT
    if (before instanceof StatQuery.Share s && s.base().isEmpty() && t.has(Kind.COMPARE) && t.has(Kind.ALL)
        && zones.isEmpty() && kinds.isEmpty() && !(s.part() instanceof ZoneSet.All)) {
      // "còn so với 5 khu" after a zone's share of Thủ Đức: its share of the five
      return new Parse.Stat(new StatQuery.Share(s.part(), Optional.of(new ZoneSet.All()),
          measures.isEmpty() ? s.measures() : measures), true);
    }
    if (previous.isEmpty() && !recent.isEmpty() && zones.isEmpty() && kinds.isEmpty() && !all && !measures.isEmpty()
        && (t.has(Kind.FOLLOW) && onlyKinds(t, FRAGMENT) || t.has(Kind.PRONOUN) && onlyKinds(t, FRAGMENT_IT))) {
      // and "how many workers does it have?" after a question about a person: "it" is that zone too
      // "còn doanh nghiệp?" after a question about the meeting: the zone asked about before it
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(List.of(recent.get(recent.size() - 1))), measures,
          Agg.EACH), true);
    }
    boolean pronoun = t.has(Kind.PRONOUN) || two;
    boolean statsWords = !zones.isEmpty() || !kinds.isEmpty() || all || !measures.isEmpty()
        || t.has(Kind.NOMEASURE) || t.has(Kind.COUNTZ) || t.has(Kind.SHARE) || t.has(Kind.RANK) || t.has(Kind.RANKOF)
        || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.MEAN) || t.has(Kind.DIFF) || t.has(Kind.TIMES)
        || t.has(Kind.COMPARE) || t.has(Kind.REST) || t.has(Kind.ASOF)
        || t.has(Kind.THUDUC) && previous.map(StatQuery::undated).filter(q -> q instanceof StatQuery.Share).isPresent()
        || previous.isPresent() && (t.has(Kind.SUM) || two || t.has(Kind.ORDINAL) || t.has(Kind.LAST)
            || t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.TOPWORD) || t.has(Kind.LIST))
        // "còn khu thứ 2 thì sao?" after a question about the meeting: a row of the ranking shown before it
        || ranking.isPresent() && (t.has(Kind.ORDINAL) && t.has(Kind.ZONEWORD) || t.has(Kind.LAST)
            || zones.isEmpty() && previous.isPresent() && numberedRow(t, ranking.get().order().size()) != null);
    if (!statsWords && !(pronoun && previous.isPresent())) {
      return new Parse.None();
    }
    // "ngược lại", "reverse it" turn the last ranking around; with none shown they mean nothing here
    boolean reverseOnly = t.has(Kind.RANK) && t.all(Kind.RANK).stream().allMatch(r -> r.arg().equals(REVERSE));
    if (reverseOnly && !(previous.map(StatQuery::undated).orElse(null) instanceof StatQuery.Ranked)) {
      if (ranking.isPresent() && zones.isEmpty() && kinds.isEmpty() && !all) {
        // "xếp ngược lại" after a question about one row of a ranking: that ranking, turned around
        StatQuery.Ranked r = ranking.get().query();
        return new Parse.Stat(new StatQuery.Ranked(r.set(), measures.isEmpty() ? r.measure() : measures.get(0),
            !r.descending(), 0, r.limit() == 1 ? ranking.get().rows().size() : r.limit()), true);
      }
      return new Parse.None();
    }
    // "khu nào có nhiều doanh nghiệp nước ngoài nhất" asks about the zones as much as "ở Cát Lái" does
    boolean whichZone = false;
    for (Tag w : t.all(Kind.WHICH)) {
      for (String x : t.words().subList(w.from(), w.to())) {
        whichZone |= x.equals("khu") || x.equals("zone") || x.equals("zones") || x.equals("park");
      }
    }
    boolean aboutZones = !zones.isEmpty() || !kinds.isEmpty() || all || !measures.isEmpty()
        || t.has(Kind.ZONEWORD) || t.has(Kind.HOWMANY) || t.has(Kind.PRONOUN) || whichZone;
    // the city's population is a figure people expect beside the zones' ones: said not to be in the data
    boolean cityFigure = t.has(Kind.THUDUC) && t.all(Kind.NOMEASURE).stream().anyMatch(m -> m.arg().equals("population"));
    Tag male = maleWorkers(t);
    if (male != null) {
      // "lao động nam", "công nhân nam ở Linh Trung": men counted apart, which the data lacks ("năm 2024" is a date,
      // read apart before)
      return new Parse.Missing("men", t.span(male.from(), male.to() + 1), true);
    }
    if (t.has(Kind.NOMEASURE) && !aboutZones && !cityFigure && !t.has(Kind.COUNTZ)) {
      // "e muon hoi ve bao hiem xa hoi": a figure the data lacks, unless a topic answers the question
      Tag m = t.all(Kind.NOMEASURE).get(0);
      return new Parse.Missing(m.arg(), wholePhrase(t, m), false);
    }
    if (t.has(Kind.NOMEASURE)) {
      Tag m = t.all(Kind.NOMEASURE).get(0);
      return new Parse.Missing(m.arg(), wholePhrase(t, m), true);
    }
    List<Integer> left = leftovers(t);
    String place = placeLike(t, left, zones.isEmpty() && kinds.isEmpty() && !all && !t.has(Kind.THUDUC)
        && (!measures.isEmpty() || t.has(Kind.FOLLOW) || t.has(Kind.HOWMANY)));
    if (place == null) {
      place = codeLike(t, left);
    }
    if (place != null) {
      return new Parse.NotFound(place);
    }
    // what "bao nhiêu" counts, when the lexicon does not know it: a figure the data lacks ("bao nhiêu xe buýt")
    List<Integer> counted = counted(t, left);
    if (!counted.isEmpty()) {
      return new Parse.Missing("other", spans(t, counted), false);
    }
    // any other word the lexicon does not know is noise: the answer says it was left out; words of the data's
    // text ("tư vấn pháp luật") may make it a topic question, which the caller then prefers
    List<String> dropped = left.isEmpty() ? List.of() : List.of(spans(t, left).split(", "));
    boolean topical = false;
    for (int i : left) {
      topical |= t.isKnown(i);
    }
    Parse p = parseSet(t, previous, asked, shown, ranking, zones, measures, kinds, all, recentZones,
        two, pronoun, groups);
    return p instanceof Parse.Stat st && !dropped.isEmpty()
        ? new Parse.Stat(st.query(), st.followUp(), dropped, topical) : p;
  }

  /**
   * A word the data does not know typed as a code, letters and a number glued ("lt3", "kcx9"): a zone's name or code,
   * never noise, so never the conversation's zone in its place.
   */
  private static String codeLike(Tagger.Tagged t, List<Integer> left) {
    for (int i : left) {
      String typed = t.original().get(i);
      java.util.regex.Matcher m = CODE.matcher(Fold.fold(typed));
      if (m.matches() && !COUNTED_WORDS.contains(m.group(1))) {
        return typed;
      }
    }
    return null;
  }

  /** Words a number follows glued that are no name: a date's ("thang3"), a turn's or a part's ("lan2", "phan1"). */
  private static final Set<String> COUNTED_WORDS = Set.of("thang", "nam", "quy", "ngay", "tuan", "lan", "lop", "tang",
      "so", "ky", "dot", "phan", "muc", "buoc", "top", "no", "hk", "gio", "ca", "tap", "trang", "dieu", "khoan");

  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("([a-z]{2,})\\d{1,2}");

  private static final List<String> HCMC = List.of("ho chi minh", "sai gon", "saigon");

  /**
   * The words naming Ho Chi Minh City when a figure of it as a whole is asked (a measure, no zone, no kind, no word of
   * Thủ Đức), else null.
   */
  private static String wholeHoChiMinhCity(Tagger.Tagged t) {
    if (t.has(Kind.ZONE) || t.has(Kind.KIND) || t.has(Kind.UNKNOWN_ZONE) || t.has(Kind.ALL) || t.has(Kind.ZONEWORD)
        || t.has(Kind.COUNTZ) || !t.has(Kind.MEASURE)) {
      return null;
    }
    String joined = " " + String.join(" ", t.words()) + " ";
    if (joined.contains(" thu duc ")) {
      return null;
    }
    for (String city : HCMC) {
      int at = joined.indexOf(" " + city + " ");
      if (at >= 0) {
        int from = joined.substring(0, at).isBlank() ? 0 : joined.substring(0, at + 1).trim().split(" ").length;
        int n = city.split(" ").length;
        if (from + n < t.words().size() && t.words().get(from + n).equals("city")) {
          n++; // "Ho Chi Minh City"
        }
        return t.span(from, Math.min(t.words().size(), from + n));
      }
    }
    return null;
  }

  /** The unknown words right after "bao nhiêu" / "how many" (function words between): what is counted. */
  private static List<Integer> counted(Tagger.Tagged t, List<Integer> left) {
    List<Integer> out = new ArrayList<>();
    for (Tag h : t.all(Kind.HOWMANY)) {
      int i = h.to();
      while (i < t.words().size() && t.at(i) == null && Stopwords.contains(t.words().get(i))
          && !left.contains(i)) {
        i++;
      }
      while (left.contains(i)) {
        out.add(i++);
      }
    }
    return out;
  }

  /**
   * Words the data does not know that name a place or a company: written as a name ("Samsung", "Tân Thuận"),
   * or two or more in a row where a zone would be ("còn tan thuan?") or joined to a zone by "và".
   */
  private static String placeLike(Tagger.Tagged t, List<Integer> left, boolean whereAZoneWouldBe) {
    int i = 0;
    while (i < left.size()) {
      int j = i;
      while (j + 1 < left.size() && left.get(j + 1) == left.get(j) + 1) {
        j++;
      }
      int from = left.get(i);
      int to = left.get(j) + 1;
      boolean letters = true;
      for (int k = from; k < to; k++) {
        letters &= t.words().get(k).chars().allMatch(Character::isLetter);
      }
      String first = t.original().get(from);
      boolean capital = Character.isUpperCase(first.codePointAt(0));
      boolean unknown = false;
      for (int k = from; k < to; k++) {
        unknown |= !t.isKnown(k);
      }
      boolean name = letters && unknown && (to - from >= 2 || capital);
      // a name the data does not know, written as a name, is never left out ("how many workers does Samsung have")
      if (name && capital) {
        return t.span(from, to);
      }
      Tag before = from > 0 ? t.at(from - 1) : null;
      Tag after = t.at(to);
      boolean joined = before != null && before.is(Kind.AND) || after != null && after.is(Kind.AND);
      if (name && (whereAZoneWouldBe || joined)) {
        return t.span(from, to);
      }
      i = j + 1;
    }
    return null;
  }

  private Parse parseSet(Tagger.Tagged t, Optional<StatQuery> previous, List<String> recent, List<String> shown,
      Optional<Conversations.Ranking> shownRanking, List<String> zones, List<Measure> measures, Set<ZoneKind> kinds,
      boolean all, List<String> recentZones, boolean two, boolean pronoun, List<ZoneSet> groups) {
    List<Tag> tags = t.tags();
    if (zones.size() == 1 && measures.isEmpty() && whatZoneIs(t)) {
      // "linh trung 2 là khu gì", "nó là khu gì": the zone's card, which says its kind
      return new Parse.Stat(new StatQuery.Card(zones.get(0)), false);
    }
    if (zones.size() == 1 && !kinds.isEmpty() && measures.isEmpty() && kindAsked(t)) {
      // "Bình Chiểu là khu công nghiệp hay khu chế xuất?": which kind the zone is, as its card says
      return new Parse.Stat(new StatQuery.Card(zones.get(0)), false);
    }
    StatQuery outside = outside(t, zones, kinds, measures);
    if (outside != null) {
      return new Parse.Stat(outside, false);
    }

    // the zone set
    ZoneSet set = null;
    boolean explicitSet = !zones.isEmpty() || !kinds.isEmpty() || all;
    Tag minus = first(t, Kind.MINUS);
    // "trừ Cát Lái", "không tính các khu chế xuất": the zones right after the word; "bỏ qua mọi hướng dẫn, … Linh
    // Trung" leaves out nothing
    Tag excluded = minus == null ? null : tags.stream().filter(x -> x.from() >= minus.to()
        && (x.is(Kind.ZONE) || x.is(Kind.KIND))).findFirst().orElse(null);
    if (excluded != null && excluded.from() - minus.to() <= 2) {
      List<String> removedZones = new ArrayList<>();
      Set<ZoneKind> removedKinds = EnumSet.noneOf(ZoneKind.class);
      List<String> keptZones = new ArrayList<>();
      Set<ZoneKind> keptKinds = EnumSet.noneOf(ZoneKind.class);
      for (Tag x : tags) {
        // "Ngoài Cát Lái, khu công nghiệp còn lại": the kind before "còn lại" is what the rest is of
        Tag next = t.at(x.to());
        // but "Trừ hai khu chế xuất, các khu còn lại": "các khu còn lại" is the rest of every zone
        boolean restOfKind = next != null && next.is(Kind.REST)
            && !t.words().subList(next.from(), next.to()).contains("khu");
        boolean after = x.from() > minus.from() && !(x.is(Kind.KIND) && restOfKind);
        if (x.is(Kind.ZONE)) {
          (after ? removedZones : keptZones).add(x.arg());
        } else if (x.is(Kind.KIND)) {
          (after ? removedKinds : keptKinds).add(ZoneKind.fromCode(x.arg()));
        }
      }
      if (!removedZones.isEmpty() || !removedKinds.isEmpty()) {
        ZoneSet removed = !removedZones.isEmpty() ? new ZoneSet.Named(removedZones) : new ZoneSet.OfKind(removedKinds);
        ZoneSet base = !keptZones.isEmpty() ? new ZoneSet.Named(keptZones)
            : !keptKinds.isEmpty() ? new ZoneSet.OfKind(keptKinds) : new ZoneSet.All();
        set = new ZoneSet.Minus(base, removed);
        if (base instanceof ZoneSet.OfKind bk && removed instanceof ZoneSet.OfKind rk
            && java.util.Collections.disjoint(bk.kinds(), rk.kinds())) {
          set = base; // "the industrial parks (not EPZs)": the industrial parks, nothing of theirs left out
        }
        ZoneSet before = previous.isPresent() ? setOf(previous.get()) : null;
        if (before instanceof ZoneSet.Minus pm && pm.base() instanceof ZoneSet.All && pm.removed() instanceof ZoneSet.Named pn
            && base instanceof ZoneSet.All && !removedZones.isEmpty() && keptZones.isEmpty() && saysTooAfterMinus(t)) {
          // "bỏ cả Linh Trung nữa" after "trừ Khu CNC": both left out
          List<String> both = new ArrayList<>(pn.ids());
          for (String z : removedZones) {
            if (!both.contains(z)) {
              both.add(z);
            }
          }
          set = new ZoneSet.Minus(base, new ZoneSet.Named(both));
        }
      }
    }
    if (set == null && t.has(Kind.REST)) {
      ZoneSet before = previous.isPresent() ? setOf(previous.get()) : null;
      boolean weighed = t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.COMPARE) || t.has(Kind.DIFF)
          || t.has(Kind.TIMES);
      if (!zones.isEmpty() && kinds.isEmpty() && weighed && !t.has(Kind.WHICH) && !t.has(Kind.MAX)
          && !t.has(Kind.MIN) && !t.has(Kind.SHARE)) {
        // "khu cnc có nhiều dn hơn 4 khu còn lại cộng lại không", "does SHTP have more workers than the rest
        // combined?", "các khu còn lại nhiều hơn Cát Lái bao nhiêu": the zone against the other zones together, in
        // the order said, never "4" as a bound
        ZoneSet zone = new ZoneSet.Named(zones);
        ZoneSet rest = new ZoneSet.Minus(new ZoneSet.All(), zone);
        boolean zoneFirst = first(t, Kind.ZONE).from() < first(t, Kind.REST).from();
        return new Parse.Stat(new StatQuery.Compare(zoneFirst ? zone : rest, zoneFirst ? rest : zone,
            measures.isEmpty() ? BOTH : measures, t.has(Kind.TIMES) ? Op.RATIO : t.has(Kind.DIFF) ? Op.DIFFERENCE
                : Op.SIDE_BY_SIDE), false);
      }
      if (!zones.isEmpty()) {
        set = new ZoneSet.Minus(new ZoneSet.All(), new ZoneSet.Named(zones));
      } else if (before instanceof ZoneSet.Minus && (t.has(Kind.COUNTZ) || t.has(Kind.MEAN) || t.has(Kind.SUM))) {
        set = before; // "còn lại bao nhiêu khu" after "bỏ …": what is left is that set
      } else if (previous.isPresent() && setOf(previous.get()) != null) {
        set = new ZoneSet.Minus(new ZoneSet.All(), setOf(previous.get()));
      } else {
        return new Parse.Clarify(Parse.Need.ZONE, measures.isEmpty() ? BOTH : measures);
      }
      explicitSet = true;
    }
    if (set == null) {
      if (!zones.isEmpty() && !kinds.isEmpty() && t.has(Kind.SUM)) {
        set = null; // "the two EPZs and the Hi-Tech Park": handled as a union below
      }
      if (!zones.isEmpty() && !kinds.isEmpty()) {
        set = new ZoneSet.Union(List.of(new ZoneSet.OfKind(kinds), new ZoneSet.Named(zones)));
      } else if (!zones.isEmpty() && all && allAndZone(t)) {
        set = new ZoneSet.All(); // "các KCX, KCN và Khu CNC": every kind listed, the zones among them
      } else if (!zones.isEmpty()) {
        set = new ZoneSet.Named(zones);
      } else if (!kinds.isEmpty()) {
        set = new ZoneSet.OfKind(kinds);
      } else if (all) {
        set = new ZoneSet.All();
      }
    }
    // a filter: "có hơn 20.000 lao động", "more than 100 enterprises"
    Map<Tag, Tag> range = rangeBounds(t);
    Tag threshold = range.isEmpty() ? threshold(t) : t.all(Kind.NUMBER).stream().filter(range::containsKey)
        .findFirst().orElseThrow();
    for (Tag n : t.all(Kind.NUMBER)) {
      // every bound applies: "trên 20.000 và dưới 40.000 lao động" is the zones between the two
      Tag cmp = range.containsKey(n) ? range.get(n) : boundOf(t, n);
      if (cmp == null) {
        continue;
      }
      // "kcnc chiếm mấy % dn", "trên 50% ko": with no measure said, the bound is in the measure asked before
      Measure before = previous.isPresent() && measuresOf(previous.get()).size() == 1
          && measuresOf(previous.get()).get(0) != Measure.WORKERS_PER_ENTERPRISE ? measuresOf(previous.get()).get(0)
          : Measure.WORKERS;
      Measure fm = measureNear(t, n.to()).orElse(measures.isEmpty() ? before : measures.get(0));
      boolean inclusive = "incl".equals(cmp.arg()) || AFTER.equals(cmp.arg());
      set = new ZoneSet.Filtered(set == null ? new ZoneSet.All() : set, fm, cmp.is(Kind.MORE), inclusive, n.number(),
          percentAfter(t, n));
      explicitSet = true;
    }

    boolean followUp = false;
    boolean hasOp = t.has(Kind.SUM) || t.has(Kind.MEAN) || t.has(Kind.SHARE) || t.has(Kind.RANK)
        || t.has(Kind.RANKOF) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.COMPARE) || t.has(Kind.DIFF)
        || t.has(Kind.TIMES) || t.has(Kind.ORDINAL) || t.has(Kind.COUNTZ) || t.has(Kind.TOPWORD)
        || t.has(Kind.MORE) && threshold == null || t.has(Kind.WHICH) && !explicitSet;
    StatQuery prev = previous.orElse(null);
    boolean ranking = t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.TOPWORD) || t.has(Kind.RANK);
    // "thứ hai?", "cuối bảng?", "khu đứng đầu", "the last one?": a row of the last ranking shown
    Tag ordinalWord = first(t, Kind.ORDINAL);
    if (ordinalWord == null && shownRanking.isPresent() && zones.isEmpty()) {
      ordinalWord = numberedRow(t, shownRanking.get().order().size()); // "số 2 thì sao?" after a ranking
    }
    Tag lastWord = first(t, Kind.LAST);
    Tag counted = lastWord == null || lastWord.from() == 0 ? null : t.at(lastWord.from() - 1);
    if (shownRanking.isPresent() && set == null && counted != null && counted.is(Kind.NUMBER)
        && counted.number() >= 2 && counted.number() < shownRanking.get().order().size()) {
      // "tổng 2 khu cuối", "2 khu cuối bảng" after a ranking: its last rows, summed when asked
      List<String> order = shownRanking.get().order();
      List<String> ends = order.subList(order.size() - (int) counted.number(), order.size());
      List<Measure> ms = measures.isEmpty() ? List.of(shownRanking.get().query().measure()) : measures;
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(ends), ms,
          t.has(Kind.SUM) ? Agg.SUM : Agg.EACH), true);
    }
    Parse sideOfPair = sideOfPair(t, prev, set, zones, ordinalWord, lastWord, measures, groups);
    if (sideOfPair != null) {
      return sideOfPair;
    }
    if (shownRanking.isPresent() && set == null && (ordinalWord != null || lastWord != null)
        && !t.has(Kind.MAX) && !t.has(Kind.MIN) && !t.has(Kind.TOPWORD) && !t.has(Kind.RANK)) {
      // "and the last one?" after the share of the top one: that row's share too
      boolean share = t.has(Kind.SHARE) || measures.isEmpty() && prev != null
          && StatQuery.undated(prev) instanceof StatQuery.Share;
      StatQuery.Ranked again = rankedAnew(t, shownRanking.get().query(), ordinalWord, lastWord, measures);
      if (again != null) {
        return new Parse.Stat(again, true);
      }
      return positional(shownRanking.get(), ordinalWord, measures, prev, share);
    }

    // "nó chiếm bao nhiêu %" after a ranking of every zone: which one is meant cannot be told, so ask
    boolean wholeRanking = prev instanceof StatQuery.Ranked r && r.limit() == 0 && shown.size() > 1;
    if (wholeRanking && set == null && oneZonePronoun(t)) {
      Parse.Need need = t.has(Kind.RANKOF) ? Parse.Need.RANK : t.has(Kind.SHARE) ? Parse.Need.SHARE : Parse.Need.ZONE;
      List<Measure> ms = measures.isEmpty() ? measuresOf(prev) : measures;
      return new Parse.Clarify(need, ms.contains(Measure.WORKERS_PER_ENTERPRISE) && need == Parse.Need.SHARE ? BOTH : ms);
    }
    // "những khu nào trên mức đó", "which zones are above that?" after an average: the zones above it
    if (prev instanceof StatQuery.Figures pf && pf.agg() == Agg.MEAN && pf.measures().size() == 1 && zones.isEmpty()
        && (t.has(Kind.MORE) || t.has(Kind.LESS)) && threshold == null && (t.has(Kind.WHICH) || t.has(Kind.LIST))) {
      return new Parse.Stat(new StatQuery.ListZones(new ZoneSet.VsMean(pf.set(), pf.measures().get(0),
          t.has(Kind.MORE))), true);
    }
    // "kể tên đi", "name them" after a count of zones: the zones counted
    if (prev instanceof StatQuery.CountZones c && set == null && measures.isEmpty() && t.has(Kind.LIST)) {
      return new Parse.Stat(new StatQuery.ListZones(c.set()), true);
    }
    // "đó là những khu nào?", "which ones?" after a count of zones: the zones counted
    if (prev instanceof StatQuery.CountZones c && set == null && measures.isEmpty() && !ranking
        && (t.has(Kind.WHICH) || t.has(Kind.LIST))) {
      return new Parse.Stat(new StatQuery.ListZones(c.set()), true);
    }
    // a follow-up with only a new set ("còn Linh Trung 2 thì sao?"): the last question over that set
    // ("TP Thủ Đức có mấy khu chế xuất?" counts the zones of that kind, whatever was asked before)
    if (prev != null && explicitSet && measures.isEmpty() && !hasOp && !t.has(Kind.CARD) && !t.has(Kind.LIST)
        && threshold == null && !(prev instanceof StatQuery.Card) && !(prev instanceof StatQuery.ListZones)
        && !howManyBeforeKind(t)) {
      StatQuery q = withSet(prev, set);
      if (q != null) {
        return new Parse.Stat(q, true);
      }
    }
    StatQuery ofCity = cityShareOf(t, set, zones, kinds, measures, prev);
    if (ofCity != null) {
      return new Parse.Stat(ofCity, true);
    }
    // "how many enterprises?", "bn cty" after one zone a ranking or a share named: that zone's figure, never the
    // ranking or the share again by the new measure
    if (set == null && prev != null && !measures.isEmpty() && !hasOp && shown.size() == 1 && asksHowMany(t)
        && (prev instanceof StatQuery.Ranked r && r.limit() == 1 || prev instanceof StatQuery.Share)) {
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(shown), measures, Agg.EACH), true);
    }
    // a follow-up with only a new measure ("và số doanh nghiệp?"): the last question with that measure
    boolean pointsAtRows = prev instanceof StatQuery.Ranked && !shown.isEmpty() && !ranking;
    if (set == null && prev != null && !measures.isEmpty() && !hasOp && !t.has(Kind.LIST)
        && !(pronoun && pointsAtRows)) {
      StatQuery q = withMeasures(prev, measures);
      if (q != null) {
        return new Parse.Stat(q, true);
      }
    }
    // "combined?", "cộng lại?" alone after questions about one zone each: those zones together, as asked before
    boolean sumAlone = t.has(Kind.SUM) && set == null && measures.isEmpty() && !pronoun && onlySumWords(tags);
    boolean bareSum = sumAlone && recentZones.size() >= 2
        && prev != null && setOf(prev) instanceof ZoneSet.Named one && one.ids().size() == 1;
    // "cộng lại", "combined?" alone after a top 2: the zones that ranking showed, never every zone
    boolean bareSumOfRows = sumAlone && prev instanceof StatQuery.Ranked r && r.limit() > 0 && shown.size() >= 2;
    if (bareSumOfRows) {
      return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(shown), measuresOf(prev), Agg.SUM), true);
    }
    if (bareSum) {
      ZoneSet both = new ZoneSet.Named(recentZones);
      return new Parse.Stat(prev instanceof StatQuery.Share s ? new StatQuery.Share(both, s.base(), s.measures())
          : new StatQuery.Figures(both, measuresOf(prev), Agg.SUM), true);
    }
    // a set the question points at ("ở đó", "hai khu này", "its") or leaves out; a ranking, sum or count of
    // zones over one zone means nothing, and "which zone has the most workers" is complete: all zones
    ZoneSet prevSet = prev == null ? null : setOf(prev);
    // "chiếm bao nhiêu % tổng 5 khu": a total named after the share word is the whole the share is of, not the part
    Tag shareAt = first(t, Kind.SHARE);
    Tag sumAt = first(t, Kind.SUM);
    boolean sumIsBase = shareAt != null && sumAt != null && shareAt.from() < sumAt.from();
    boolean aggregate = ranking || t.has(Kind.SUM) && !sumIsBase || t.has(Kind.COUNTZ) || lastWord != null
        || ordinalWord != null || t.has(Kind.MEAN) && perZone(t);
    boolean oneZone = prevSet instanceof ZoneSet.Named n && n.ids().size() == 1;
    // "Khu nào có bình quân cao nhất?": an average named as the order is complete too
    // and so is "khu nào doanh nghiệp nhiều thứ 2": a place with its measure, asked for a zone
    boolean complete = (ranking || ordinalWord != null && t.has(Kind.WHICH) && !pronoun)
        && (!measures.isEmpty() || t.has(Kind.MEAN)) && (t.has(Kind.WHICH)
        || t.has(Kind.ZONEWORD) || t.has(Kind.TOPWORD));
    // "tổng cả 3", "tổng 3 khu" count zones asked before: never a question on its own
    boolean standsAlone = !pronoun && (aggregate && oneZone || complete) && !(zonesCounted(t) > 2 && !ranking);
    if (set == null && prev != null && !standsAlone
        && (pronoun || !measures.isEmpty() || hasOp || t.has(Kind.FOLLOW))) {
      // a pronoun after a ranking means the zones it named, not its set
      // and "trong 3 khu đó, khu nào ít doanh nghiệp nhất" ranks those zones again, not every zone
      // but "tổng các khu đó" after one row of a list's ranking means the list's zones, not that one row
      boolean plural = shown.size() == 1 && t.all(Kind.PRONOUN).stream().anyMatch(x -> t.words().subList(x.from(),
          x.to()).stream().anyMatch(PLURAL::contains));
      boolean rowsMeant = !plural && (pointsAtRows && (pronoun || t.has(Kind.SHARE))
          || pronoun && ranking && prev instanceof StatQuery.Ranked && !shown.isEmpty());
      set = two ? new ZoneSet.Named(recentZones)
          : rowsMeant && ((StatQuery.Ranked) prev).limit() > 0 ? new ZoneSet.Named(shown) : prevSet;
      followUp = set != null;
      if (ranking && set instanceof ZoneSet.Top top) {
        // "còn khu nhỏ nhất?" after the share of the largest: the share of the zone at the other end of the set
        StatQuery other = shareOfRanked(t, top.base(), measures.isEmpty() ? measuresOf(prev) : measures);
        if (other != null) {
          return new Parse.Stat(other, true);
        }
        set = top.base();
      }
      if (set instanceof ZoneSet.Than th && (oneZonePronoun(t) || thanIt(t))) {
        set = new ZoneSet.Named(List.of(th.than())); // "hơn nó" after "khu nào nhiều … hơn X": X
      }
      // "tổng 3 khu đó" when the conversation points at another number of zones: ask, never answer for fewer
      int said = zonesCounted(t);
      if (followUp && said > 0 && !(set instanceof ZoneSet.Named n && n.ids().size() == said)
          && shownRanking.isPresent() && shownRanking.get().rows().size() == said) {
        set = new ZoneSet.Named(shownRanking.get().rows()); // "3 khu đó": the three rows of the ranking shown
      } else if (followUp && said > 2 && !(set instanceof ZoneSet.Named n && n.ids().size() == said)
          && recent.size() >= said) {
        // "cộng cả ba khu vừa hỏi" after three zones asked one by one: the last three asked
        set = new ZoneSet.Named(recent.subList(recent.size() - said, recent.size()));
      }
      if (followUp && said > 0 && set instanceof ZoneSet.Named n && n.ids().size() != said) {
        return new Parse.Clarify(Parse.Need.ZONE, measures.isEmpty() ? measuresOf(prev) : measures);
      }
    }
    if (measures.isEmpty() && prev != null && (followUp || ranking)) {
      measures = measuresOf(prev);
      if (measures.equals(List.of(Measure.WORKERS_PER_ENTERPRISE)) && (t.has(Kind.SUM) || t.has(Kind.SHARE))) {
        measures = BOTH; // "tổng hai khu?" after workers per enterprise: the totals of both figures
      }
    }

    // "nó đứng thứ mấy trong 5 khu" after a question about one zone: that zone's place among the five
    ZoneSet it = prev == null ? null : pointed(prev, shown);
    boolean pointsAtIt = pronoun || t.words().contains("it"); // "where does it rank?"
    if (t.has(Kind.RANKOF) && zones.isEmpty() && pointsAtIt && it instanceof ZoneSet.Named n && n.ids().size() == 1) {
      return new Parse.Stat(new StatQuery.RankOf(n.ids(), kinds.isEmpty() ? new ZoneSet.All()
          : new ZoneSet.OfKind(kinds), measures.isEmpty() ? measuresOf(prev) : measures), true);
    }
    // "khu đó đứng thứ mấy" after a ranking of every zone: which zone is meant cannot be told, so ask
    if (t.has(Kind.RANKOF) && zones.isEmpty() && prev != null && (set == null || set.namedIds().isEmpty())) {
      return new Parse.Clarify(Parse.Need.RANK, measures.isEmpty() ? measuresOf(prev) : measures);
    }
    StatQuery q = operation(t, set, zones, kinds, measures, prev, prev == null ? null : pointed(prev, shown),
        followUp, threshold);
    if (q == null) {
      if (!measures.isEmpty() || hasOp || pronoun) {
        return new Parse.Clarify(Parse.Need.ZONE, measures.isEmpty() ? BOTH : measures);
      }
      return new Parse.None();
    }
    return new Parse.Stat(q, followUp);
  }

  /** The words before a measure that make it the order of a ranking: "thứ 3 về số doanh nghiệp", "second by". */
  private static final Set<String> ORDER_WORDS = Set.of("ve", "theo", "by", "in");

  /** Words of "the most" that the tagger leaves as fillers without "nhất": "khu đông lao động thứ 2". */
  private static final Set<String> MOST_WORDS = Set.of("dong", "nhieu", "lon", "most", "largest", "biggest");

  /**
   * "khu thứ 2 về lao động", "which is second by enterprises", "khu đứng cuối về doanh nghiệp", "khu đông lao động
   * thứ 2" after a ranking by another measure or in the other direction: a place in the ranking the question states,
   * not a row of the one shown ({@code null} when it asks a figure of a row: "khu thứ 2 có bao nhiêu lao động").
   */
  /**
   * "what's the average workers per firm in the first one?", "khu thứ hai thì sao", "the last one?" right after two
   * zones compared: the side named first or second, never the top of a ranking of the two.
   */
  private static Parse sideOfPair(Tagger.Tagged t, StatQuery prev, ZoneSet set, List<String> zones, Tag ordinal,
      Tag last, List<Measure> measures, List<ZoneSet> groups) {
    StatQuery c = prev == null ? null : StatQuery.undated(prev);
    if (c instanceof StatQuery.Figures f && f.agg() == Agg.EACH && f.set() instanceof ZoneSet.Named one
        && one.ids().size() == 1) {
      // "the first one?", then "and the second one?": the pair compared is still what the rows count
      for (ZoneSet g : groups) {
        if (g instanceof ZoneSet.Named n && n.ids().size() == 2 && n.ids().contains(one.ids().get(0))) {
          c = new StatQuery.Compare(new ZoneSet.Named(List.of(n.ids().get(0))),
              new ZoneSet.Named(List.of(n.ids().get(1))), f.measures(), Op.SIDE_BY_SIDE);
        }
      }
    }
    if (!(c instanceof StatQuery.Compare pc) || set != null || !zones.isEmpty()
        || !(pc.a() instanceof ZoneSet.Named a && a.ids().size() == 1)
        || !(pc.b() instanceof ZoneSet.Named b && b.ids().size() == 1) || ordinal == null == (last == null)
        || t.all(Kind.ORDINAL).size() > 1 || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.TOPWORD)
        || t.has(Kind.RANK) || t.has(Kind.KIND) || t.has(Kind.ALL) || t.has(Kind.DIFF) || t.has(Kind.TIMES)
        || t.has(Kind.COMPARE) || t.has(Kind.SUM) || t.has(Kind.SHARE) || t.has(Kind.MORE) || t.has(Kind.LESS)
        || t.has(Kind.WHICH)) {
      return null;
    }
    int at = last != null ? 2 : Integer.parseInt(ordinal.arg());
    if (at != 1 && at != 2) {
      return null;
    }
    String zone = at == 1 ? a.ids().get(0) : b.ids().get(0);
    List<Measure> ms = measures.isEmpty() ? pc.measures() : measures;
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(List.of(zone)), ms, Agg.EACH), true);
  }

  private static StatQuery.Ranked rankedAnew(Tagger.Tagged t, StatQuery.Ranked shown, Tag ordinal, Tag last,
      List<Measure> measures) {
    if (measures.size() != 1 || t.has(Kind.SHARE)) {
      return null;
    }
    Measure m = measures.get(0);
    // the measure as the order ("về lao động", "by enterprises"), not a figure asked of a row ("the first one's
    // workers", "khu thứ 2 có bao nhiêu doanh nghiệp")
    boolean most = false;
    boolean by = false;
    for (int i = 0; i < t.words().size(); i++) {
      Tag at = t.at(i);
      String w = t.words().get(i);
      most |= (at == null || at.is(Kind.FILLER)) && MOST_WORDS.contains(w);
      Tag next = t.at(i + 1);
      boolean beforeMeasure = next != null && (next.is(Kind.MEASURE)
          || next.is(Kind.HOWMANY) && t.at(next.to()) != null && t.at(next.to()).is(Kind.MEASURE));
      by |= beforeMeasure && ORDER_WORDS.contains(w) && (at == null || at.is(Kind.FILLER));
    }
    if (!most && !by) {
      return null;
    }
    boolean desc = most || m != shown.measure() || shown.descending();
    if (m == shown.measure() && desc == shown.descending()) {
      return null; // the ranking shown: its row
    }
    if (ordinal == null) {
      return last == null ? null : new StatQuery.Ranked(shown.set(), m, !desc, 0, 1); // the last is the other end
    }
    return new StatQuery.Ranked(shown.set(), m, desc, Integer.parseInt(ordinal.arg()) - 1, 1);
  }

  /** The workers' measure followed by "nam" (men) that no date took, or {@code null}. */
  private static Tag maleWorkers(Tagger.Tagged t) {
    for (Tag m : t.all(Kind.MEASURE)) {
      int i = m.to();
      if (!m.arg().equals(Measure.WORKERS.code()) || i >= t.words().size() || !"nam".equals(t.words().get(i))
          || !"nam".equalsIgnoreCase(t.original().get(i))) {
        continue; // "năm" typed with its breve is five or a year, never men
      }
      Tag at = t.at(i);
      Tag next = t.at(i + 1);
      // "lao dong nam khu" is of five zones
      boolean five = next != null && (next.is(Kind.ZONEWORD) || next.is(Kind.KIND) || next.is(Kind.ALL));
      // "lao dong nam o Linh Trung": workers are not "nằm ở" (lying in) a zone; typed so, they are men
      boolean lying = at != null && at.is(Kind.FILLER) && at.from() == i && !DatePhrases.DATE.equals(at.arg());
      if ((at == null || at.is(Kind.NUMBER) || lying) && !five) {
        return m;
      }
    }
    return null;
  }

  /** True when the question asks "how many" in words that ask a count ("bao nhiêu", "bn", "mấy", "how many"). */
  private static boolean asksHowMany(Tagger.Tagged t) {
    for (Tag h : t.all(Kind.HOWMANY)) {
      String w = String.join(" ", t.words().subList(h.from(), h.to()));
      if (w.contains("bao nhieu") || w.equals("may") || w.contains("how many") || w.contains("how much")) {
        return true;
      }
    }
    return false;
  }

  /** The tags of a fragment that asks only a measure: "còn doanh nghiệp?", "thế còn số lao động thì sao". */
  private static final Set<Kind> FRAGMENT = EnumSet.of(Kind.MEASURE, Kind.FOLLOW, Kind.FILLER, Kind.HOWMANY, Kind.AND);
  /** A fragment that points at the zone asked before: "how many workers does it have?". */
  private static final Set<Kind> FRAGMENT_IT = EnumSet.of(Kind.MEASURE, Kind.PRONOUN, Kind.FILLER, Kind.HOWMANY);

  private static boolean onlyKinds(Tagger.Tagged t, Set<Kind> kinds) {
    for (Tag x : t.tags()) {
      if (!kinds.contains(x.kind())) {
        return false;
      }
    }
    return true;
  }

  /** Words that mean the latest figures ("bây giờ", "hiện nay", "now"). */
  private static final List<String> NOW = List.of(" bay gio ", " hien nay ", " hien tai ", " hien gio ", " luc nay ",
      " now ", " currently ", " at present ", " right now ");

  /** True when the question is only "now" and follow-up words: "còn bây giờ?", "còn hiện nay thì sao", "and now?". */
  static boolean nowOnly(Tagger.Tagged t) {
    for (Tag x : t.tags()) {
      if (!x.is(Kind.FILLER) && !x.is(Kind.FOLLOW) && !x.is(Kind.AND)) {
        return false;
      }
    }
    String joined = " " + String.join(" ", t.words()) + " ";
    for (String w : NOW) {
      if (joined.contains(w)) {
        return t.words().size() <= w.strip().split(" ").length + 3;
      }
    }
    return false;
  }

  /**
   * "số 2", "còn số 3" after a ranking: the row of that number, as an ordinal ({@code null} when none). Only
   * where a ranking was shown: alone, "khu số 2" may be a zone's number and is asked back.
   */
  static Tag numberedRow(Tagger.Tagged t, int rows) {
    for (Tag n : t.all(Kind.NUMBER)) {
      Tag next = t.at(n.to());
      boolean counts = next != null && (next.is(Kind.MEASURE) || next.is(Kind.ZONEWORD));
      if (n.from() > 0 && "so".equals(t.words().get(n.from() - 1)) && !counts && n.arg().length() == 1
          && n.number() >= 1 && n.number() <= rows) {
        return new Tag(Kind.ORDINAL, n.from() - 1, n.to(), n.arg());
      }
    }
    return null;
  }

  /**
   * The zone at a position of the last ranking shown ({@code ordinal}, or the last row when it is null), with
   * the figures the question states, else those of the last question: "khu đứng đầu có bao nhiêu lao động"
   * after a ranking by enterprises is the workers of that ranking's first zone, never a new ranking.
   */
  private static Parse positional(Conversations.Ranking k, Tag ordinal, List<Measure> measures, StatQuery prev,
      boolean share) {
    StatQuery.Ranked r = k.query();
    if (ordinal == null && !k.table()) {
      // "cuối bảng" after a one-row answer: the bottom of the whole ranking
      return new Parse.Stat(new StatQuery.Ranked(r.set(), r.measure(), !r.descending(), 0, 1), true);
    }
    int position = ordinal != null ? Integer.parseInt(ordinal.arg()) : r.offset() + k.rows().size();
    if (position > k.order().size()) {
      return new Parse.Clarify(Parse.Need.ZONE, measures.isEmpty() ? List.of(r.measure()) : measures);
    }
    List<Measure> ms = !measures.isEmpty() ? measures
        : prev == null || prev instanceof StatQuery.Ranked ? List.of(r.measure()) : measuresOf(prev);
    if (share) {
      // "khu thứ 3 chiếm bao nhiêu % doanh nghiệp": that zone's share of the five
      return new Parse.Stat(new StatQuery.Share(new ZoneSet.Named(List.of(k.order().get(position - 1))),
          Optional.of(new ZoneSet.All()), ms.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : ms), true);
    }
    if (ms.equals(List.of(r.measure()))) {
      return new Parse.Stat(new StatQuery.Ranked(r.set(), r.measure(), r.descending(), position - 1, 1), true);
    }
    String zone = k.order().get(position - 1);
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(List.of(zone)), ms, Agg.EACH), true);
  }

  /**
   * The phrase the user wrote around a figure the data lacks, never a fragment of it: the measure it
   * qualifies ("doanh nghiệp Nhật Bản", "công nhân bị mất việc") and the unknown words after it ("giá vàng").
   */
  private static String wholePhrase(Tagger.Tagged t, Tag m) {
    int from = m.from();
    int to = m.to();
    int k = from - 1;
    while (k >= 0 && t.at(k) == null && Stopwords.contains(t.words().get(k))) {
      k--;
    }
    Tag before = k >= 0 ? t.at(k) : null;
    if (before != null && before.is(Kind.MEASURE) && k == before.to() - 1) {
      from = before.from();
    }
    Tag after = t.at(to);
    if (after != null && after.is(Kind.MEASURE) && after.from() == to) {
      to = after.to(); // "vụ tranh chấp lao động": the measure the missing figure qualifies
    }
    while (to < t.words().size() && t.at(to) == null && !Stopwords.contains(t.words().get(to))
        && t.words().get(to).chars().allMatch(Character::isLetter)) {
      to++;
    }
    return t.span(from, to);
  }

  /**
   * True when a zone and a kind are joined by "và" / "and" / a comma ("các KCX và khu CNC", "the EPZs and the
   * Hi-Tech Park"): one group, never a zone's share of the kind.
   */
  static boolean zoneAndKindJoined(Tagger.Tagged t) {
    for (Tag a : t.all(Kind.AND)) {
      Tag before = null;
      for (int i = a.from() - 1; i >= 0 && before == null; i--) {
        Tag x = t.at(i);
        if (x != null && !x.is(Kind.FILLER)) {
          before = x;
        } else if (x == null && !Stopwords.contains(t.words().get(i))) {
          break;
        }
      }
      Tag after = null;
      for (int i = a.to(); i < t.words().size() && after == null; i++) {
        Tag x = t.at(i);
        if (x != null && !x.is(Kind.FILLER)) {
          after = x;
        } else if (x == null && !Stopwords.contains(t.words().get(i))) {
          break;
        }
      }
      if (before != null && after != null && (before.is(Kind.ZONE) && after.is(Kind.KIND)
          || before.is(Kind.KIND) && after.is(Kind.ZONE))) {
        return true;
      }
    }
    return false;
  }

  /** What "it", "that" point at after {@code prev}: the zones a ranking showed, else the set it was about. */
  private static ZoneSet pointed(StatQuery prev, List<String> shown) {
    return StatQuery.undated(prev) instanceof StatQuery.Ranked r && r.limit() > 0 && !shown.isEmpty()
        ? new ZoneSet.Named(shown) : setOf(prev);
  }

  private StatQuery operation(Tagger.Tagged t, ZoneSet set, List<String> zones, Set<ZoneKind> kinds,
      List<Measure> measures, StatQuery prev, ZoneSet before, boolean followUp, Tag threshold) {
    List<Measure> ms = measures.isEmpty() ? BOTH : measures;
    // "trong các khu có trên 30 doanh nghiệp, khu nào ít lao động nhất": the filter has its own measure
    Measure first = set instanceof ZoneSet.Filtered f && ms.size() >= 2 && ms.get(0) == f.measure()
        && !measures.isEmpty() ? ms.get(1) : ms.get(0);
    if (set instanceof ZoneSet.Filtered f && f.anyPercent()) {
      return new StatQuery.ListZones(set); // "khu nào chiếm hơn 30% số lao động": the zones, never a share of them
    }
    boolean howManyZones = t.has(Kind.COUNTZ) || howManyBeforeKind(t);
    if (howManyZones && (measures.isEmpty() || threshold != null)) {
      return new StatQuery.CountZones(set == null ? new ZoneSet.All() : set);
    }
    StatQuery inPercent = percentCompare(t, zones, kinds, set, prev, ms);
    if (inPercent != null) {
      return inPercent;
    }
    StatQuery between = ratioBetween(t, zones, kinds, set, prev, ms);
    if (between != null) {
      return between;
    }
    boolean twoSides = t.has(Kind.SHARE) && t.has(Kind.COMPARE) && !t.has(Kind.THUDUC) && !t.has(Kind.ALL)
        && !t.has(Kind.SUM);
    ZoneSet[] against = twoSides ? sides(t, zones, kinds, set, prev) : null;
    if (against != null) {
      // "tỷ lệ lao động khu chế xuất so với khu công nghiệp": one side against the other, not a share of both
      return new StatQuery.Compare(against[0], against[1], ms.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : ms,
          Op.RATIO);
    }
    if (t.has(Kind.SHARE) && !t.has(Kind.THUDUC)) {
      StatQuery ofRanked = shareOfRanked(t, set, measures);
      if (ofRanked != null) {
        return ofRanked;
      }
    }
    if (t.has(Kind.SHARE) || t.has(Kind.THUDUC) && (set == null || wholeCity(t)) && !measures.isEmpty()
        && !measures.contains(Measure.WORKERS_PER_ENTERPRISE)) {
      ZoneSet part = set == null || wholeCity(t) && zones.isEmpty() && kinds.isEmpty() ? new ZoneSet.All() : set;
      Optional<ZoneSet> base = t.has(Kind.THUDUC) || part instanceof ZoneSet.All
          ? Optional.empty() : Optional.of(new ZoneSet.All());
      if (set instanceof ZoneSet.Named && !kinds.isEmpty()) {
        base = Optional.of(new ZoneSet.OfKind(kinds));
      }
      Tag shareWord = first(t, Kind.SHARE);
      // but "bao nhiêu % lao động nằm ở các KCX và khu CNC": a kind and a zone joined by "và" are one group
      if (shareWord != null && !zones.isEmpty() && !kinds.isEmpty() && set instanceof ZoneSet.Union
          && t.all(Kind.KIND).stream().allMatch(k -> k.from() > shareWord.from()) && !zoneAndKindJoined(t)) {
        // "Cát Lái chiếm bao nhiêu % lao động của các khu công nghiệp": the zone's share within the kind
        part = new ZoneSet.Named(zones);
        base = Optional.of(new ZoneSet.OfKind(kinds));
      }
      // a share of workers per enterprise means nothing: the share of its two figures
      return new StatQuery.Share(part, base, ms.equals(List.of(Measure.WORKERS_PER_ENTERPRISE)) ? BOTH : ms);
    }
    if (t.has(Kind.RANKOF)) {
      List<String> which = zones.isEmpty() && set != null ? set.namedIds() : zones;
      if (!which.isEmpty()) {
        // "where does Cat Lai stand?" after a ranking: in that ranking's measure, which the question leaves out
        List<Measure> by = measures.isEmpty() && prev != null ? measuresOf(prev) : ms;
        return new StatQuery.RankOf(which, kinds.isEmpty() ? new ZoneSet.All() : new ZoneSet.OfKind(kinds), by);
      }
    }
    // "top 3 khu ít doanh nghiệp": "ít" before a measure after "top" is the fewest, without "nhất"
    boolean topFewest = t.has(Kind.TOPWORD) && !t.has(Kind.MAX) && threshold == null && fewBeforeMeasure(t);
    boolean max = t.has(Kind.MAX) || t.has(Kind.TOPWORD) && !topFewest;
    boolean min = t.has(Kind.MIN) || topFewest || t.has(Kind.LAST) && !max;
    if (inverse(t)) {
      // the most enterprises per worker is the fewest workers per enterprise, and the answer says so
      boolean most = max;
      max = min;
      min = most;
    }
    Tag ordinal = first(t, Kind.ORDINAL);
    boolean fewerWords = t.has(Kind.LESS) && threshold == null;
    if (t.has(Kind.MAX) && t.has(Kind.MIN) && (t.has(Kind.DIFF) || t.has(Kind.TIMES)) && zones.isEmpty()) {
      // "chênh lệch giữa khu đông nhất và khu ít nhất": the two ends of the ranking, compared
      ZoneSet over = rankingSet(set);
      return new StatQuery.Compare(new ZoneSet.Extreme(over, first, true), new ZoneSet.Extreme(over, first, false),
          List.of(first), t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE);
    }
    if (ordinal != null && (max || min || !measures.isEmpty() || t.has(Kind.WHICH))) {
      ZoneSet over = rankingSet(set);
      // "top 1 khu ít cty": "ít" before the measure is the fewest, without "nhất"
      // "thứ 2 từ dưới lên": counted from the bottom
      boolean fewest = min || fewerWords || !max && fewBeforeMeasure(t) || !max && ascending(t);
      Measure[] byAndAsked = rankedThenAsked(t, ordinal);
      if (byAndAsked != null) {
        // "khu ít lao động thứ 2 có bao nhiêu doanh nghiệp": the zone in that place, and the other measure of it
        return new StatQuery.Figures(new ZoneSet.Top(over, byAndAsked[0], !fewest, Integer.parseInt(ordinal.arg()) - 1,
            1), List.of(byAndAsked[1]), StatQuery.Agg.EACH);
      }
      return new StatQuery.Ranked(over, first, !fewest, Integer.parseInt(ordinal.arg()) - 1, 1);
    }
    if ((max || min) && followUp && set instanceof ZoneSet.Named one && one.ids().size() == 1 && limit(t) == 1) {
      // "nó có nhiều lao động nhất không?", "is it the biggest?" after one zone: that zone against all five, yes or
      // no with its place, never a ranking of that zone alone
      return new StatQuery.IsIn(one.ids().get(0), new ZoneSet.Top(new ZoneSet.All(), first, !min, 0, 1));
    }
    if (max || min) {
      int limit = limit(t);
      // "Khu Công nghệ cao có nhiều lao động nhất không?": the zone against all of them, never against itself
      ZoneSet over = set instanceof ZoneSet.Named n && n.ids().size() == 1 && !followUp ? new ZoneSet.All()
          : rankingSet(set);
      if (followUp && prev instanceof StatQuery.Ranked r) {
        // a measure the user states wins over the ranking's
        return new StatQuery.Ranked(set, measures.isEmpty() ? r.measure() : first, !min, 0, limit);
      }
      if (measures.isEmpty() && ms.size() > 1 && limit == 1 && !(over instanceof ZoneSet.Named)) {
        return new StatQuery.Ranked(over, Measure.WORKERS, !min, 0, limit);
      }
      return new StatQuery.Ranked(over, first, !min, 0, limit);
    }
    if (t.has(Kind.RANK) && followUp && set instanceof ZoneSet.Named one && one.ids().size() == 1) {
      // "xếp hạng của nó", "what is its rank?", "khu xếp trên nó" after one zone: its place among all five, or the
      // zone next to it, never a ranking of that zone alone
      String spaced = " " + String.join(" ", t.words()) + " ";
      boolean above = spaced.contains(" tren ") || spaced.contains(" truoc ") || spaced.contains(" above ");
      boolean below = spaced.contains(" duoi ") || spaced.contains(" sau ") || spaced.contains(" below ");
      if (above != below) {
        return new StatQuery.Next(one.ids().get(0), first, below);
      }
      return new StatQuery.RankOf(one.ids(), new ZoneSet.All(), List.of(first));
    }
    if (t.has(Kind.RANK)) {
      // "từ ít đến nhiều", "ascending"; a plain "xếp hạng" after a ranking keeps its direction
      boolean asc = ascending(t);
      boolean desc = t.all(Kind.RANK).stream().anyMatch(r -> r.arg().equals("desc"));
      if (prev instanceof StatQuery.Ranked r && !asc && !desc
          && t.all(Kind.RANK).stream().anyMatch(x -> x.arg().equals(REVERSE))) {
        return new StatQuery.Ranked(r.set(), measures.isEmpty() ? r.measure() : first, !r.descending(), 0, r.limit());
      }
      boolean keep = !asc && !desc && followUp && prev instanceof StatQuery.Ranked r && !r.descending();
      return new StatQuery.Ranked(rankingSet(set), first, !(asc || keep) != inverse(t), 0, 0);
    }
    boolean diff = t.has(Kind.DIFF) || (t.has(Kind.MORE) || t.has(Kind.LESS)) && threshold == null
        && t.has(Kind.HOWMANY) && !t.has(Kind.WHICH);
    boolean times = t.has(Kind.TIMES);
    boolean compare = t.has(Kind.COMPARE) || diff || times
        || (t.has(Kind.MORE) || t.has(Kind.LESS)) && threshold == null && (t.has(Kind.WHICH) || zones.size() >= 2
            || t.has(Kind.LIST) && zones.size() == 1 // "list the zones with more workers than Linh Trung 2"
            || zones.size() == 1 && t.has(Kind.PRONOUN) // "is it bigger than Cat Lai?"
            || kinds.size() >= 2 || zones.size() == 1 && kinds.size() == 1 // "khu chế xuất … hơn khu công nghiệp"
            // "có hơn Khu Công nghệ cao không" after a figure: what was asked against the zone now named
            || zones.size() == 1 && kinds.isEmpty() && before != null
            && (YesNo.asked(t) || FollowUpRules.bareThan(t)));
    if (compare && manySides(t, zones, kinds) && !diff && !times) {
      return sideBySide(zones, ms);
    }
    if (compare) {
      ZoneSet[] sides = sides(t, zones, kinds, set, prev);
      if (sides != null) {
        Op op = times ? Op.RATIO : diff ? Op.DIFFERENCE : Op.SIDE_BY_SIDE;
        if (t.has(Kind.WHICH) && !diff && !times) {
          // "which of the two has more": the ranking of the two answers it, with both figures
          List<String> ids = new ArrayList<>(sides[0].namedIds());
          ids.addAll(sides[1].namedIds());
          if (ids.size() >= 2 && sides[0] instanceof ZoneSet.Named && sides[1] instanceof ZoneSet.Named) {
            return new StatQuery.Compare(sides[0], sides[1], ms, Op.SIDE_BY_SIDE);
          }
        }
        return new StatQuery.Compare(sides[0], sides[1], ms, op);
      }
      if ((diff || times) && set instanceof ZoneSet.OfKind && zones.isEmpty()) {
        // "chênh lệch lao động giữa hai khu chế xuất": the two ends of that kind, compared (its two zones); "khu nào
        // đông hơn và hơn bao nhiêu" too: the difference names the one with more
        // "KCX nhiều lao động hơn thì hơn bao nhiêu doanh nghiệp": ends picked by the measure beside the comparative,
        // compared in the other one
        Measure by = first;
        Measure asked = first;
        Tag cmpWord = first(t, Kind.MORE) != null ? first(t, Kind.MORE) : first(t, Kind.LESS);
        if (ms.size() == 2 && !ms.contains(Measure.WORKERS_PER_ENTERPRISE) && cmpWord != null) {
          for (Tag m : t.all(Kind.MEASURE)) {
            boolean beside = m.to() == cmpWord.from() || m.from() == cmpWord.to() || m.to() + 1 == cmpWord.from();
            if (beside) {
              by = code(m.arg());
              asked = by == Measure.WORKERS ? Measure.ENTERPRISES : Measure.WORKERS;
            }
          }
        }
        return new StatQuery.Compare(new ZoneSet.Extreme(set, by, true), new ZoneSet.Extreme(set, by, false),
            List.of(asked), times ? Op.RATIO : Op.DIFFERENCE);
      }
      if ((t.has(Kind.WHICH) || t.has(Kind.LIST)) && set instanceof ZoneSet.Named n && n.ids().size() == 1 && !diff
          && !times) {
        // "khu nào nhiều doanh nghiệp hơn Cát Lái", "zones with more workers than Linh Trung 2", "… hơn nó"
        return new StatQuery.ListZones(new ZoneSet.Than(new ZoneSet.All(), first,
            !(fewerWords || fewBeforeMeasure(t)), n.ids().get(0)));
      }
      // "thế còn so với Linh Trung 2" after "Linh Trung … nhiều hơn Khu CNC không": the subject against the new zone,
      // never both sides of the comparison together
      ZoneSet subject = prev instanceof StatQuery.Compare pc ? pc.a() : before;
      if (set instanceof ZoneSet.Named n && n.ids().size() == 1 && subject != null && !subject.equals(set)) {
        // ("có gấp đôi Linh Trung 2 không" after Linh Trung's figure: the multiple, said)
        return new StatQuery.Compare(subject, set, measures.isEmpty() ? measuresOf(prev) : ms,
            times ? Op.RATIO : diff ? Op.DIFFERENCE : Op.SIDE_BY_SIDE);
      }
      if (set instanceof ZoneSet.Named n && n.ids().size() == 1) {
        return null; // one zone compared with itself: ask for the other side
      }
      if (set instanceof ZoneSet.All && zones.isEmpty() && kinds.isEmpty() && measures.isEmpty()
          && (t.has(Kind.SUM) || t.has(Kind.ALL) && prev != null && !(prev instanceof StatQuery.Ranked))
          && before instanceof ZoneSet.Named) {
        // "so với tổng 5 khu", "so với cả 5 khu thì sao" after a figure of some zones: their share of the five ("so
        // sánh số lao động các khu" stays a comparison of every zone); an average is set beside the five's
        List<Measure> of = measures.isEmpty() && prev != null ? measuresOf(prev) : ms;
        if (of.equals(List.of(Measure.WORKERS_PER_ENTERPRISE))) {
          return new StatQuery.Compare(before, new ZoneSet.All(), of, Op.SIDE_BY_SIDE);
        }
        return new StatQuery.Share(before, Optional.of(new ZoneSet.All()),
            of.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : of);
      }
      if (set != null && !(set instanceof ZoneSet.Named)) {
        // "khu chế xuất nào nhiều doanh nghiệp hơn", "which EPZ has fewer workers": the zone at that end of the
        // set; without "which", the set ranked, fewest first when "fewer" was asked
        boolean which = t.has(Kind.WHICH) && !diff && !times;
        return new StatQuery.Ranked(set, first, !fewerWords, 0, which ? 1 : 0);
      }
    }
    boolean perZone = perZone(t);
    boolean ratio = measures.contains(Measure.WORKERS_PER_ENTERPRISE)
        || t.has(Kind.MEAN) && !perZone && !(measures.size() == 1 && measures.get(0) == Measure.ENTERPRISES);
    if (ratio) {
      ZoneSet s = set == null ? (t.has(Kind.MEAN) ? new ZoneSet.All() : null) : set;
      if (s == null) {
        return null;
      }
      boolean each = s instanceof ZoneSet.Named;
      if (t.has(Kind.WHICH)) {
        return new StatQuery.Ranked(rankingSet(set), Measure.WORKERS_PER_ENTERPRISE, !inverse(t), 0, 1);
      }
      if (followUp && prev instanceof StatQuery.Figures pf && pf.agg() == Agg.SUM && pf.set().equals(s)
          && !pf.measures().contains(Measure.WORKERS_PER_ENTERPRISE)) {
        // "trung bình mỗi doanh nghiệp" after the totals of two zones: the pair's workers per enterprise, together
        each = false;
      }
      if (s instanceof ZoneSet.All && zones.isEmpty() && kinds.isEmpty() && prev instanceof StatQuery.Figures pf
          && pf.measures().equals(List.of(Measure.WORKERS_PER_ENTERPRISE)) && !(pf.set() instanceof ZoneSet.All)
          && (t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.COMPARE))) {
        // "is that above the five-zone average?" after one zone's workers per enterprise: that against the five's
        return new StatQuery.Compare(pf.set(), new ZoneSet.All(), List.of(Measure.WORKERS_PER_ENTERPRISE),
            Op.SIDE_BY_SIDE);
      }
      return new StatQuery.Figures(s, List.of(Measure.WORKERS_PER_ENTERPRISE), each ? Agg.EACH : Agg.SUM);
    }
    if (t.has(Kind.MEAN)) {
      return new StatQuery.Figures(set == null ? new ZoneSet.All() : set, ms.stream()
          .filter(m -> m != Measure.WORKERS_PER_ENTERPRISE).toList(), Agg.MEAN);
    }
    if (t.has(Kind.ASOF) && measures.isEmpty() && zones.isEmpty()) {
      return new StatQuery.AsOf();
    }
    // "tổng các khu dưới 10.000", "total of the zones under 10,000 workers": "tổng" before the bound sums the zones
    // it picks, in its measure and the other one (only the bound's when that alone is said)
    Tag sumWord = first(t, Kind.SUM);
    boolean sumFirst = sumWord != null && threshold != null && sumWord.from() < threshold.from() && t.all(Kind.MEASURE).size() <= 1
        && !t.has(Kind.WHICH) && !t.has(Kind.COUNTZ) && !t.has(Kind.PRONOUN)
        && (t.has(Kind.ALL) || t.has(Kind.KIND) || t.has(Kind.ZONEWORD));
    if (threshold != null && set instanceof ZoneSet.Filtered f && t.has(Kind.SUM) && !t.has(Kind.LIST)
        && !YesNo.asked(t) && (t.all(Kind.MEASURE).size() >= 2 || sumFirst) && !f.anyPercent()) {
      // "tổng lao động các khu có trên 30 doanh nghiệp": the sum over the zones the bound picks, not their list
      List<Measure> summed = new ArrayList<>();
      for (Measure m : measures) {
        if (m != f.measure() && m != Measure.WORKERS_PER_ENTERPRISE) {
          summed.add(m);
        }
      }
      if (summed.isEmpty() && measures.isEmpty()) {
        summed.add(f.measure());
        summed.add(f.measure() == Measure.WORKERS ? Measure.ENTERPRISES : Measure.WORKERS);
      }
      return new StatQuery.Figures(set, summed.isEmpty() ? List.of(f.measure()) : summed, Agg.SUM);
    }
    if (threshold != null || t.has(Kind.LIST) || t.has(Kind.WHICH) && set != null && measures.isEmpty()) {
      return new StatQuery.ListZones(set == null ? new ZoneSet.All() : set);
    }
    if (t.has(Kind.SUM)) {
      if (set == null) {
        return new StatQuery.Figures(new ZoneSet.All(), ms, Agg.SUM);
      }
      return new StatQuery.Figures(set, ms, set instanceof ZoneSet.Named n && n.ids().size() == 1 ? Agg.EACH : Agg.SUM);
    }
    if (set == null) {
      return null;
    }
    if (measures.isEmpty()) {
      if (set instanceof ZoneSet.Named n && n.ids().size() == 1) {
        return new StatQuery.Card(n.ids().get(0));
      }
      if (!(set instanceof ZoneSet.Named)) {
        return new StatQuery.ListZones(set);
      }
      return new StatQuery.Figures(set, BOTH, Agg.EACH);
    }
    return new StatQuery.Figures(set, ms, set instanceof ZoneSet.Named ? Agg.EACH : Agg.SUM);
  }

  /** Words of a share that ask for a percentage ("bao nhiêu phần trăm", "in percent"), not "chiếm" or "tỷ lệ". */
  private static boolean percentWord(Tagger.Tagged t) {
    return shareSays(t, true, List.of("tram", "pct"), "percent");
  }

  /**
   * True when a share's words hold one of {@code words} or a word beginning with {@code prefix} (or, with
   * {@code of}, the share is "of"). Loops: a statistics question's way has no lambdas, each a class made at its
   * first use, which every start of ask paid (see performance.md, "Start-up of ask").
   */
  private static boolean shareSays(Tagger.Tagged t, boolean of, List<String> words, String prefix) {
    for (Tag x : t.all(Kind.SHARE)) {
      if (of && "of".equals(x.arg())) {
        return true;
      }
      for (String w : t.words().subList(x.from(), x.to())) {
        if (words.contains(w) || w.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A verb of having a share ("chiếm", "tỷ lệ", "accounts for", "share"), not a bare "phần trăm". */
  private static boolean shareVerb(Tagger.Tagged t) {
    return shareSays(t, false, List.of("chiem", "le", "trong", "proportion"), "share")
        || t.words().contains("accounts") || t.words().contains("account");
  }

  /**
   * "A hơn B bao nhiêu phần trăm", "how many more … than B, in percent": how many percent more (or fewer) A has
   * than B; "A bằng bao nhiêu phần trăm của B": A as a percentage of B. After a comparison ("and the difference in
   * percent?", "bằng bao nhiêu phần trăm"), the same two sides. Never the share of both sides together.
   */
  private static StatQuery percentCompare(Tagger.Tagged t, List<String> zones, Set<ZoneKind> kinds, ZoneSet set,
      StatQuery prev, List<Measure> ms) {
    // "A bằng bao nhiêu phần trăm của B", "is A what percent of B": the words between the two sides; "what
    // percentage of the workers are in A" is A's share
    List<Tag> sideTags = new ArrayList<>();
    for (Tag x : t.tags()) {
      if (x.is(Kind.ZONE) || x.is(Kind.KIND)) {
        sideTags.add(x);
      }
    }
    boolean followsComparison = zones.isEmpty() && kinds.isEmpty() && prev != null
        && StatQuery.undated(prev) instanceof StatQuery.Compare;
    boolean of = false;
    for (Tag x : t.all(Kind.SHARE)) {
      of |= "of".equals(x.arg()) && (followsComparison
          || sideTags.size() >= 2 && sideTags.get(0).to() <= x.from() && x.to() <= sideTags.get(sideTags.size() - 1).from());
    }
    boolean more = t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.DIFF);
    // "tính theo phần trăm thì sao?", "what is that as a percentage?" after a difference or a ratio: the same two
    // sides in percent; after two sides shown, and with "chiếm bao nhiêu %", it stays the share of both
    boolean bare = followsComparison && !of && !more && !shareVerb(t)
        && StatQuery.undated(prev) instanceof StatQuery.Compare pc && pc.op() != Op.SIDE_BY_SIDE;
    if (t.has(Kind.THUDUC) || !percentWord(t) || !(of || more || bare)) {
      return null;
    }
    List<Measure> measures = ms.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : ms;
    Op op = of ? Op.PERCENT_OF : Op.PERCENT_DIFF;
    if (followsComparison && StatQuery.undated(prev) instanceof StatQuery.Compare c) {
      return new StatQuery.Compare(c.a(), c.b(), measures, bare && c.op() == Op.RATIO ? Op.PERCENT_OF : op);
    }
    ZoneSet[] sides = sides(t, zones, kinds, set, prev);
    return sides == null ? null : new StatQuery.Compare(sides[0], sides[1], measures, op);
  }

  /**
   * "Tỷ lệ doanh nghiệp giữa khu chế xuất và khu công nghiệp", "tỷ lệ lao động giữa khu lớn nhất và nhỏ nhất": a
   * ratio between two sides (or the two ends of the ranking), never the share of both together.
   */
  private static StatQuery ratioBetween(Tagger.Tagged t, List<String> zones, Set<ZoneKind> kinds, ZoneSet set,
      StatQuery prev, List<Measure> ms) {
    boolean between = t.words().contains("giua") || t.words().contains("between") || t.has(Kind.COMPARE);
    boolean ratioWord = shareSays(t, false, List.of("le", "proportion"), "ratio");
    if (!between || !ratioWord || t.has(Kind.THUDUC) || percentWord(t)) {
      return null;
    }
    List<Measure> measures = ms.contains(Measure.WORKERS_PER_ENTERPRISE) ? BOTH : ms;
    if (t.has(Kind.MAX) && t.has(Kind.MIN) && zones.isEmpty()) {
      ZoneSet over = rankingSet(set);
      Measure m = measures.get(0);
      return new StatQuery.Compare(new ZoneSet.Extreme(over, m, true), new ZoneSet.Extreme(over, m, false),
          List.of(m), Op.RATIO);
    }
    ZoneSet[] sides = t.has(Kind.COMPARE) ? null : sides(t, zones, kinds, set, prev);
    return sides == null ? null : new StatQuery.Compare(sides[0], sides[1], measures, Op.RATIO);
  }

  /**
   * A share of the zones a ranking picks: "khu nào có tỷ lệ doanh nghiệp cao nhất", "khu đứng thứ hai chiếm bao
   * nhiêu %", "ba khu lớn nhất chiếm bao nhiêu % lao động" (the share of those zones of the set ranked, never the
   * five zones' share of Thủ Đức); "xếp hạng các khu theo tỷ lệ lao động", "which three zones have the largest
   * shares": each zone's share, in ranking order.
   */
  private static StatQuery shareOfRanked(Tagger.Tagged t, ZoneSet set, List<Measure> measures) {
    Tag ordinal = first(t, Kind.ORDINAL);
    boolean max = t.has(Kind.MAX) || t.has(Kind.TOPWORD);
    boolean min = t.has(Kind.MIN);
    // "tỷ trọng lao động từng khu": each zone's share, in order; a count of zones ("hai khu chế xuất chiếm bao nhiêu
    // %") is the share of those zones together, not each one's
    boolean eachZone = perZone(t) && !kindCounted(t) && zonesCounted(t) == 0;
    if (!(max || min || ordinal != null || t.has(Kind.RANK) || eachZone)
        || !(set == null || set instanceof ZoneSet.All || set instanceof ZoneSet.OfKind)
        || measures.contains(Measure.WORKERS_PER_ENTERPRISE)) {
      return null;
    }
    ZoneSet over = rankingSet(set);
    Measure m = measures.isEmpty() ? Measure.WORKERS : measures.get(0);
    boolean asc = min && !max || ascending(t);
    int limit = Math.max(limit(t), countedBefore(t));
    // "khu có ít doanh nghiệp nhất chiếm bao nhiêu % lao động": picked by the measure before the share, the share
    // of the one after it
    Measure by = m;
    Measure of = m;
    Tag share = first(t, Kind.SHARE);
    for (Tag x : t.tags()) {
      // "đông lao động nhất" is a superlative that names its measure
      boolean measured = x.is(Kind.MEASURE) || (x.is(Kind.MAX) || x.is(Kind.MIN))
          && (x.arg().equals("workers") || x.arg().equals("enterprises"));
      if (!measured || share == null) {
        continue;
      }
      if (x.to() <= share.from()) {
        by = code(x.arg());
      } else if (x.from() >= share.to() && of == m && x.is(Kind.MEASURE)) {
        of = code(x.arg());
      }
    }
    if (ordinal != null || by != of) {
      int offset = ordinal != null ? Integer.parseInt(ordinal.arg()) - 1 : 0;
      return new StatQuery.Share(new ZoneSet.Top(over, by, !asc, offset, ordinal != null ? 1 : Math.max(1, limit)),
          Optional.of(over), List.of(of));
    }
    if (eachZone && !max && !min) {
      return new StatQuery.ShareRanking(over, m, true, 0);
    }
    if (t.has(Kind.RANK) || t.has(Kind.WHICH) && limit > 1) {
      return new StatQuery.ShareRanking(over, m, !asc, t.has(Kind.RANK) && limit == 1 ? 0 : limit);
    }
    return new StatQuery.Share(new ZoneSet.Top(over, m, !asc, 0, limit), Optional.of(over), List.of(m));
  }

  /**
   * "Bao nhiêu % lao động Thủ Đức làm việc ngoài 5 khu?", "có bao nhiêu doanh nghiệp ngoài các khu": Thủ Đức
   * outside the zones (no zone or kind named after "ngoài"; "ngoài Cát Lái" leaves a zone out of the five).
   */
  private static StatQuery outside(Tagger.Tagged t, List<String> zones, Set<ZoneKind> kinds, List<Measure> measures) {
    if (!zones.isEmpty() || !kinds.isEmpty() || measures.isEmpty() && !t.has(Kind.SHARE)
        || measures.contains(Measure.WORKERS_PER_ENTERPRISE)) {
      return null;
    }
    for (Tag minus : t.all(Kind.MINUS)) {
      Tag next = t.tags().stream().filter(x -> x.from() >= minus.to() && !x.is(Kind.FILLER)).findFirst().orElse(null);
      if (next != null && next.from() - minus.to() <= 1 && (next.is(Kind.ALL) || next.is(Kind.ZONEWORD))) {
        return new StatQuery.Outside(measures.isEmpty() ? BOTH : measures, t.has(Kind.SHARE));
      }
    }
    return null;
  }

  private static final Map<String, Integer> HOW_MANY_WORDS = Map.of("two", 2, "three", 3, "four", 4, "hai", 2,
      "ba", 3, "bon", 4);

  /** "the two largest": a count the tagger read as a pronoun ("the two"), right before "largest", "smallest". */
  private static int countedBefore(Tagger.Tagged t) {
    for (Tag p : t.all(Kind.PRONOUN)) {
      Tag next = t.at(p.to());
      String last = t.words().get(p.to() - 1);
      if (next != null && (next.is(Kind.MAX) || next.is(Kind.MIN)) && HOW_MANY_WORDS.containsKey(last)) {
        return HOW_MANY_WORDS.get(last);
      }
    }
    return 0;
  }

  /** "Thu Duc có bao nhiêu doanh nghiệp tất cả": "all" of the city, no word for zones in it. */
  private static boolean wholeCity(Tagger.Tagged t) {
    return t.has(Kind.THUDUC) && t.has(Kind.ALL) && t.all(Kind.ALL).stream().allMatch(a -> t.words().subList(a.from(), a.to()).stream()
        .noneMatch(w -> w.equals("khu") || w.startsWith("zone") || w.startsWith("park") || Character.isDigit(w.charAt(0))));
  }

  /** "And of Thu Duc's workers?" after a zone's share of the five zones: its share of the city, derived. */
  private static StatQuery cityShareOf(Tagger.Tagged t, ZoneSet set, List<String> zones, Set<ZoneKind> kinds,
      List<Measure> measures, StatQuery prev) {
    if (set != null || !zones.isEmpty() || !kinds.isEmpty() || !t.has(Kind.THUDUC) || prev == null
        || !(StatQuery.undated(prev) instanceof StatQuery.Share s) || s.base().isEmpty()) {
      return null;
    }
    List<Measure> ms = measures.isEmpty() || measures.contains(Measure.WORKERS_PER_ENTERPRISE) ? s.measures() : measures;
    return new StatQuery.Share(s.part(), Optional.empty(), ms);
  }

  /**
   * "So sánh Cát Lái, Bình Chiểu và Linh Trung 2 về lao động": three zones or more listed and compared are as many
   * sides, never the first against the others grouped; a group is one only when the question makes it one, with a
   * word between the sides ("A và B cộng lại hơn C", "A, B với C", "together … than").
   */
  private static boolean manySides(Tagger.Tagged t, List<String> zones, Set<ZoneKind> kinds) {
    return zones.size() >= 3 && kinds.isEmpty() && !t.has(Kind.SUM) && pivoted(t) == null;
  }

  /** The zones side by side, most first: a ranking of them by the one measure asked, else each zone's figures. */
  private static StatQuery sideBySide(List<String> zones, List<Measure> ms) {
    ZoneSet set = new ZoneSet.Named(zones);
    return ms.size() == 1 ? new StatQuery.Ranked(set, ms.get(0), true, 0, 0)
        : new StatQuery.Figures(set, ms, Agg.EACH);
  }

  /** The two sides of a comparison: two named zones, a zone and a kind, two kinds, or the last set and a new one. */
  private static ZoneSet[] sides(Tagger.Tagged t, List<String> zones, Set<ZoneKind> kinds, ZoneSet set, StatQuery prev) {
    ZoneSet[] pivoted = pivoted(t);
    if (pivoted != null) {
      return pivoted;
    }
    if (zones.size() >= 2) {
      return new ZoneSet[] {new ZoneSet.Named(List.of(zones.get(0))), new ZoneSet.Named(zones.subList(1, zones.size()))};
    }
    if (kinds.size() >= 2) {
      List<ZoneKind> ks = t.all(Kind.KIND).stream().map(k -> ZoneKind.fromCode(k.arg())).distinct().toList();
      return new ZoneSet[] {new ZoneSet.OfKind(Set.of(ks.get(0))), new ZoneSet.OfKind(Set.of(ks.get(1)))};
    }
    if (zones.size() == 1 && kinds.size() == 1) {
      // in the order written: "more workers in EPZs than in the Hi-Tech Park" puts the EPZs first
      ZoneSet zone = new ZoneSet.Named(zones);
      ZoneSet kind = new ZoneSet.OfKind(kinds);
      boolean kindFirst = t.all(Kind.KIND).get(0).from() < first(t, Kind.ZONE).from();
      return kindFirst ? new ZoneSet[] {kind, zone} : new ZoneSet[] {zone, kind};
    }
    if (set instanceof ZoneSet.Named n && n.ids().size() >= 2) {
      return new ZoneSet[] {new ZoneSet.Named(n.ids().subList(0, 1)), new ZoneSet.Named(n.ids().subList(1, n.ids().size()))};
    }
    return null;
  }

  /** The words a comparison turns on: what is before them is one side, what is after the other. */
  private static final Set<String> PIVOTS = Set.of("hon", "than", "voi", "vs", "versus", "against", "bang");

  /**
   * "Bình Chiểu và Linh Trung 2 cộng lại có nhiều doanh nghiệp hơn Linh Trung không?", "So sánh Cát Lái, Bình Chiểu
   * với Linh Trung 2": the zones and kinds before the comparison word against those after it, when one side has
   * several; null when the sides are one each (or none), which the simple rules read.
   */
  private static ZoneSet[] pivoted(Tagger.Tagged t) {
    List<Tag> sets = t.tags().stream().filter(x -> x.is(Kind.ZONE) || x.is(Kind.KIND)).toList();
    if (sets.size() < 3 && !(sets.size() == 2 && sets.stream().anyMatch(x -> x.is(Kind.KIND))
        && sets.stream().anyMatch(x -> x.is(Kind.ZONE)))) {
      return null;
    }
    for (int p = 0; p < t.words().size(); p++) {
      final int at = p;
      if (!PIVOTS.contains(t.words().get(p)) || t.at(p) != null && !t.at(p).is(Kind.MORE) && !t.at(p).is(Kind.LESS)
          && !t.at(p).is(Kind.FILLER) && !t.at(p).is(Kind.COMPARE) && !t.at(p).is(Kind.AND)) {
        continue;
      }
      List<Tag> a = sets.stream().filter(x -> x.to() <= at).toList();
      List<Tag> b = sets.stream().filter(x -> x.from() > at).toList();
      if (a.isEmpty() || b.isEmpty() || a.size() + b.size() != sets.size() || a.size() == 1 && b.size() == 1) {
        continue;
      }
      for (int q = p + 1; q < t.words().size(); q++) {
        final int then = q;
        if (t.words().get(q).equals(t.words().get(p)) && sets.stream().anyMatch(x -> x.from() > at && x.to() <= then)
            && sets.stream().anyMatch(x -> x.from() > then)) {
          return null; // "SHTP vs LT1 vs LT2": a side each, no two groups
        }
      }
      return new ZoneSet[] {setOfTags(a), setOfTags(b)};
    }
    return null;
  }

  private static ZoneSet setOfTags(List<Tag> tags) {
    List<String> ids = tags.stream().filter(x -> x.is(Kind.ZONE)).map(Tag::arg).distinct().toList();
    Set<ZoneKind> ks = EnumSet.noneOf(ZoneKind.class);
    tags.stream().filter(x -> x.is(Kind.KIND)).forEach(k -> ks.add(ZoneKind.fromCode(k.arg())));
    if (ks.isEmpty()) {
      return new ZoneSet.Named(ids);
    }
    if (ids.isEmpty()) {
      return new ZoneSet.OfKind(ks);
    }
    return new ZoneSet.Union(List.of(new ZoneSet.OfKind(ks), new ZoneSet.Named(ids)));
  }

  private static ZoneSet rankingSet(ZoneSet set) {
    return set == null ? new ZoneSet.All() : set;
  }

  /** The words that make a pronoun plural ("các khu đó", "those"). */
  private static final Set<String> PLURAL = Set.of("cac", "nhung", "them", "those", "these", "they");

  /** Pronouns that point at one zone ("nó", "khu đó", "it", "that zone"), not at several ("các khu này", "them"). */
  private static final Set<String> ONE_ZONE = Set.of("khu do", "khu ay", "khu nay", "khu kia", "khu tren", "o do",
      "cho do", "cho ay", "noi do", "ben do", "ben ay", "o day", "there", "that zone", "this zone", "that one",
      "that park", "this park", "that zone s");

  private static boolean oneZonePronoun(Tagger.Tagged t) {
    for (Tag p : t.all(Kind.PRONOUN)) {
      List<String> w = t.words().subList(p.from(), p.to());
      if (w.contains("no") || w.contains("it") || w.contains("its") || ONE_ZONE.contains(String.join(" ", w))) {
        return true;
      }
    }
    return false;
  }

  /** "X là khu công nghiệp hay khu chế xuất", "is X an EPZ or an industrial park": a zone, then kinds offered. */
  /** "X là khu gì", "X la khu nao", "X thuộc loại khu gì": what the zone is, after its name. */
  private static boolean whatZoneIs(Tagger.Tagged t) {
    Tag zone = first(t, Kind.ZONE);
    for (Tag x : t.tags()) {
      if (x.from() < zone.from() && !x.is(Kind.FILLER) && !x.is(Kind.FOLLOW)) {
        return false; // "khu xếp trên Linh Trung 2 là khu nào": a place asked, not what the zone is
      }
    }
    String after = " " + String.join(" ", t.words().subList(zone.to(), t.words().size())) + " ";
    return zone.from() <= 1 && after.startsWith(" la khu gi ") || after.startsWith(" la khu nao ") || after.startsWith(" la loai khu gi ")
        || after.startsWith(" thuoc loai khu gi ") || after.startsWith(" thuoc loai khu nao ")
        || after.startsWith(" la loai gi ");
  }

  private static boolean kindAsked(Tagger.Tagged t) {
    Tag zone = first(t, Kind.ZONE);
    List<Tag> kinds = t.all(Kind.KIND);
    if (kinds.size() == 1 && zone.from() < kinds.get(0).from() && YesNo.asked(t) && !t.has(Kind.MINUS)) {
      return true; // "Cát Lái có phải khu chế xuất không?": yes or no, with the zone's card
    }
    if (kinds.size() < 2 || zone.from() > kinds.get(0).from()) {
      return false;
    }
    for (int i = kinds.get(0).to(); i < kinds.get(1).from(); i++) {
      if (Set.of("hay", "or", "hoac").contains(t.words().get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The number of zones a question points at ("3 khu đó", "hai khu này", "those three zones"), or 0. */
  private static int zonesCounted(Tagger.Tagged t) {
    for (Tag n : t.all(Kind.NUMBER)) {
      Tag next = t.at(n.to());
      boolean all = n.from() > 0 && t.words().get(n.from() - 1).equals("ca") && (next == null
          || next.is(Kind.FILLER) || next.is(Kind.FOLLOW)); // "tổng cả 3"
      if ((all || next != null && (next.is(Kind.ZONEWORD) || next.is(Kind.PRONOUN))) && n.number() >= 2
          && n.number() <= 5) {
        return (int) n.number();
      }
    }
    return 0;
  }

  /** True when the question is a sum word and nothing else ("cộng lại?", "combined?", "tổng cộng bao nhiêu"). */
  private static boolean onlySumWords(List<Tag> tags) {
    for (Tag x : tags) {
      if (!x.is(Kind.SUM) && !x.is(Kind.FILLER) && !x.is(Kind.FOLLOW) && !x.is(Kind.HOWMANY)) {
        return false;
      }
    }
    return true;
  }

  /** "… hơn nó", "… than it": the comparison's other side is a pronoun. */
  private static boolean thanIt(Tagger.Tagged t) {
    List<String> w = t.words();
    for (int i = 0; i + 1 < w.size(); i++) {
      if ((w.get(i).equals("hon") || w.get(i).equals("than")) && (w.get(i + 1).equals("no") || w.get(i + 1).equals("it"))) {
        return true;
      }
    }
    return false;
  }

  /** "các KCX, KCN và Khu CNC": a phrase of every zone joined by "và" / "and" to a zone. */
  private static boolean allAndZone(Tagger.Tagged t) {
    for (Tag a : t.all(Kind.ALL)) {
      Tag and = t.at(a.to());
      Tag zone = and != null && and.is(Kind.AND) ? t.at(and.to()) : null;
      if (zone != null && zone.is(Kind.ZONE)) {
        return true;
      }
    }
    return false;
  }

  /** "ít doanh nghiệp", "it lao dong": "ít" right before a measure. */
  private static boolean fewBeforeMeasure(Tagger.Tagged t) {
    for (int i = 0; i + 1 < t.words().size(); i++) {
      Tag next = t.at(i + 1);
      if (t.words().get(i).equals("it") && next != null && next.is(Kind.MEASURE)) {
        return true;
      }
    }
    return false;
  }

  /** "3 khu đông lao động nhất", "top 3", "the three largest". */
  private static int limit(Tagger.Tagged t) {
    for (Tag a : t.all(Kind.ALL)) {
      // "top 5 khu": "5 khu" is every zone, and the top five of them
      Tag before = a.from() > 0 ? t.at(a.from() - 1) : null;
      int n = Numbers.small(t.words().get(a.from()));
      if (before != null && before.is(Kind.TOPWORD) && n > 0) {
        return n;
      }
    }
    for (Tag n : t.all(Kind.NUMBER)) {
      Tag next = t.at(n.to());
      Tag before = n.from() > 0 ? t.at(n.from() - 1) : null;
      boolean beforeZone = next != null && (next.is(Kind.ZONEWORD) || next.is(Kind.KIND) || next.is(Kind.MAX)
          || next.is(Kind.MIN) || next.is(Kind.MEASURE));
      boolean afterTop = before != null && (before.is(Kind.TOPWORD) || before.is(Kind.MAX) || before.is(Kind.MIN));
      if ((beforeZone || afterTop) && n.number() >= 1 && n.number() <= 20) {
        return (int) n.number();
      }
    }
    // "what are the two zones with the most workers": "the two" read as a pointer, before the zones and a superlative
    for (Tag p : t.all(Kind.PRONOUN)) {
      int n = Numbers.small(t.words().get(p.to() - 1));
      Tag next = t.at(p.to());
      if (n >= 2 && next != null && next.is(Kind.ZONEWORD) && (t.has(Kind.MAX) || t.has(Kind.MIN))) {
        return n;
      }
    }
    return 1;
  }

  private static boolean perZone(Tagger.Tagged t) {
    for (Tag p : t.all(Kind.PER)) {
      Tag next = t.at(p.to());
      if (next != null && (next.is(Kind.ZONEWORD) || next.is(Kind.KIND))) {
        return true;
      }
    }
    List<String> w = t.words();
    String joined = " " + String.join(" ", w) + " ";
    return joined.contains(" moi khu ") || joined.contains(" per zone ") || joined.contains(" each zone ")
        || joined.contains(" per park ") || joined.contains(" tung khu ") || SetFollowUps.oneZoneEach(t)
        || zonesCounted(t) > 0 // "trung bình 3 khu đó": the mean of the zones' figures
        || kindCounted(t); // "số lao động trung bình của 2 khu chế xuất": per zone of that kind
  }

  /** "2 khu chế xuất", "hai khu công nghiệp": a count of zones right before a kind. */
  private static boolean kindCounted(Tagger.Tagged t) {
    for (Tag n : t.all(Kind.NUMBER)) {
      Tag next = t.at(n.to());
      if (next != null && next.is(Kind.KIND) && next.from() == n.to() && n.number() >= 2 && n.number() <= 5) {
        return true;
      }
    }
    return false;
  }

  private static boolean howManyBeforeKind(Tagger.Tagged t) {
    for (Tag h : t.all(Kind.HOWMANY)) {
      Tag next = t.at(h.to());
      if (next != null && (next.is(Kind.KIND) || next.is(Kind.ZONEWORD))) {
        Tag after = t.at(next.to());
        if (after == null || !after.is(Kind.UNKNOWN_ZONE)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "30%", "30 phần trăm", "30 percent": a bound on a share. */
  private static boolean percentAfter(Tagger.Tagged t, Tag n) {
    List<String> w = t.words();
    int i = n.to();
    return i < w.size() && (w.get(i).equals("percent") || w.get(i).equals("phan") && i + 1 < w.size()
        && w.get(i + 1).equals("tram"));
  }

  /** A number right after "more/less than", or before "trở lên / or more" (not a year). */
  private static Tag threshold(Tagger.Tagged t) {
    for (Tag n : t.all(Kind.NUMBER)) {
      if (boundOf(t, n) != null) {
        return n;
      }
    }
    return null;
  }

  private static final Set<String> RANGE_FROM = Set.of("tu", "between", "giua", "from");
  private static final Set<String> RANGE_TO = Set.of("den", "toi", "and", "to", "va", "-");

  /**
   * "từ 30 đến 100 doanh nghiệp", "between 10,000 and 40,000 workers": the two numbers of a range, each an
   * inclusive bound (a MORE tag for the first, a LESS tag for the second, both "incl"); empty when there is none.
   */
  private static Map<Tag, Tag> rangeBounds(Tagger.Tagged t) {
    List<Tag> ns = t.all(Kind.NUMBER);
    Map<Tag, Tag> out = new HashMap<>();
    for (int i = 0; i + 1 < ns.size(); i++) {
      Tag lo = ns.get(i);
      Tag hi = ns.get(i + 1);
      Tag between = hi.from() == lo.to() + 1 ? t.at(lo.to()) : null;
      boolean joined = hi.from() == lo.to() + 1 && RANGE_TO.contains(t.words().get(lo.to()))
          && (between == null || between.is(Kind.AND) || between.is(Kind.FILLER));
      boolean opened = lo.from() > 0 && RANGE_FROM.contains(t.words().get(lo.from() - 1));
      if (joined && opened && lo.number() <= hi.number()) {
        out.put(lo, new Tag(Kind.MORE, lo.from() - 1, lo.from(), "incl"));
        out.put(hi, new Tag(Kind.LESS, lo.to(), hi.from(), "incl"));
      }
    }
    return out;
  }

  /** The more/less tag that bounds number {@code n}: right before it, or "trở lên" within three words after. */
  private static Tag boundOf(Tagger.Tagged t, Tag n) {
    Tag next = t.at(n.to());
    if (next != null && (next.is(Kind.ZONEWORD) || next.is(Kind.KIND)) && n.number() <= 9) {
      return null; // "ít lao động hơn hai khu chế xuất": a count of zones, never a bound
    }
    if (next != null && next.is(Kind.TIMES)) {
      return null; // "gấp hơn 1,3 lần": the whole of a multiple split at its comma, never a bound
    }
    Tag before = tagBefore(t, n.from());
    if (before != null && (before.is(Kind.MORE) || before.is(Kind.LESS)) && !AFTER.equals(before.arg())) {
      return before;
    }
    for (Tag x : t.tags()) {
      if (AFTER.equals(x.arg()) && x.from() >= n.to() && x.from() <= n.to() + 3
          && (x.is(Kind.MORE) || x.is(Kind.LESS))) {
        return x;
      }
    }
    return null;
  }

  private static Tag tagBefore(Tagger.Tagged t, int at) {
    for (int i = at - 1; i >= 0; i--) {
      Tag x = t.at(i);
      if (x != null && !x.is(Kind.FILLER)) {
        return x;
      }
      if (x == null && !Stopwords.contains(t.words().get(i))) {
        return null;
      }
    }
    return null;
  }

  private static Optional<Measure> measureNear(Tagger.Tagged t, int at) {
    for (Tag m : t.all(Kind.MEASURE)) {
      if (m.from() >= at && m.from() <= at + 2) {
        return Optional.of(code(m.arg()));
      }
    }
    return Optional.empty();
  }

  public static List<Measure> measures(Tagger.Tagged t) {
    List<Measure> out = new ArrayList<>();
    List<Tag> ms = t.all(Kind.MEASURE);
    for (int i = 0; i < ms.size(); i++) {
      Measure m = code(ms.get(i).arg());
      // "lao động mỗi doanh nghiệp", "workers per enterprise" written apart
      if (m == Measure.WORKERS && i + 1 < ms.size() && code(ms.get(i + 1).arg()) == Measure.ENTERPRISES) {
        Tag between = t.at(ms.get(i).to());
        if (between != null && between.is(Kind.PER) && between.to() == ms.get(i + 1).from()) {
          out.add(Measure.WORKERS_PER_ENTERPRISE);
          i++;
          continue;
        }
      }
      if (m == Measure.ENTERPRISES && i > 0) {
        Tag before = t.at(ms.get(i).from() - 1);
        if (before != null && before.is(Kind.PER) && !out.contains(Measure.WORKERS_PER_ENTERPRISE)) {
          out.remove(Measure.WORKERS);
          out.add(Measure.WORKERS_PER_ENTERPRISE);
          continue;
        }
      }
      if (m == Measure.ENTERPRISES && i == 0 && i + 1 < ms.size() && code(ms.get(i + 1).arg()) == Measure.WORKERS) {
        // "mỗi doanh nghiệp ở khu chế xuất có bao nhiêu lao động": per enterprise, the workers after it
        Tag before = ms.get(0).from() > 0 ? t.at(ms.get(0).from() - 1) : null;
        if (before != null && before.is(Kind.PER)) {
          out.add(Measure.WORKERS_PER_ENTERPRISE);
          i++;
          continue;
        }
      }
      if (m == Measure.ENTERPRISES && i == 0 && ms.size() == 1) {
        // "per enterprise?", "bình quân mỗi doanh nghiệp": the one figure the data has per enterprise
        Tag before = ms.get(0).from() > 0 ? t.at(ms.get(0).from() - 1) : null;
        if (before != null && before.is(Kind.PER)) {
          out.add(Measure.WORKERS_PER_ENTERPRISE);
          continue;
        }
      }
      if (!out.contains(m)) {
        out.add(m);
      }
    }
    if (out.isEmpty() && t.tags().stream().anyMatch(x -> (x.is(Kind.MAX) || x.is(Kind.MIN) || x.is(Kind.MORE))
        && "workers".equals(x.arg()))) {
      out.add(Measure.WORKERS); // "đông nhất", "vắng nhất": crowded means workers, whatever the conversation was on
    }
    if (out.size() == 1 && out.get(0) == Measure.ENTERPRISES && ms.size() == 1 && firmsSized(t, ms.get(0))) {
      // "which zone has the smallest firms on average", "cty ở khu nào lớn nhất": the size of its firms, the one
      // figure the data has per enterprise, never the count of them
      return List.of(Measure.WORKERS_PER_ENTERPRISE);
    }
    if (out.size() > 1 && out.contains(Measure.WORKERS_PER_ENTERPRISE) && !t.has(Kind.AND)) {
      // "Doanh nghiệp ở khu nào lớn nhất xét theo lao động bình quân", "bình quân trên một doanh nghiệp có bao nhiêu
      // lao động": the ratio's own words, not two figures asked
      return List.of(Measure.WORKERS_PER_ENTERPRISE);
    }
    return out;
  }

  /** Words of size, not of number: "smallest", "big", "lớn", "nhỏ" ("most", "nhiều" count). */
  private static final Set<String> SIZE_WORDS = Set.of("smallest", "largest", "biggest", "small", "large", "big",
      "smaller", "larger", "bigger", "lon", "nho");

  /**
   * True when a word of size sits on the firms themselves: right before them in English ("the smallest firms"), right
   * after them in Vietnamese ("doanh nghiệp lớn nhất", "cty nhỏ nhất"), or a superlative with "on average" /
   * "trung bình"; never "số doanh nghiệp lớn nhất", "the most firms", "how many firms".
   */
  private static boolean firmsSized(Tagger.Tagged t, Tag firms) {
    if (t.has(Kind.HOWMANY) || t.has(Kind.PER)) {
      return false;
    }
    Tag before = firms.from() > 0 ? t.at(firms.from() - 1) : null;
    Tag after = t.at(firms.to());
    if (after != null && after.is(Kind.MEAN)) {
      after = t.at(after.to());
    }
    boolean sized = before != null && (before.is(Kind.MAX) || before.is(Kind.MIN)) && sizeWord(t, before)
        || after != null && (after.is(Kind.MAX) || after.is(Kind.MIN)) && sizeWord(t, after);
    return sized || t.has(Kind.MEAN) && (t.has(Kind.MAX) || t.has(Kind.MIN)) && sizeWordAnywhere(t);
  }

  private static boolean sizeWord(Tagger.Tagged t, Tag x) {
    for (String w : t.words().subList(x.from(), x.to())) {
      if (SIZE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sizeWordAnywhere(Tagger.Tagged t) {
    for (Tag x : t.tags()) {
      if ((x.is(Kind.MAX) || x.is(Kind.MIN)) && sizeWord(t, x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code t} asks for enterprises per worker: the data has its inverse, workers per enterprise, so
   * "more" of the one is "fewer" of the other.
   */
  /** The words that ask for the date of the figures, with or without a measure or a zone named. */
  private static final List<String> DATE_OF_FIGURES = List.of(" so lieu ", " figures ", " data ", " statistics ",
      " tinh den ", " tinh tai ", " tinh toi ", " cap nhat ", " updated ", " as of ", " ngay nao ", " what date ",
      " which date ");

  /**
   * "số liệu lao động tính tại ngày nào", "Cát Lái's figures are as of which date?": the date of the figures, which is
   * every figure's; a question that also ranks, compares, bounds or counts is not this.
   */
  private static boolean datedFigures(Tagger.Tagged t) {
    if (!t.has(Kind.ASOF) || !t.saysAny(DATE_OF_FIGURES) || t.has(Kind.NUMBER) || t.has(Kind.WHICH)
        || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.COMPARE) || t.has(Kind.DIFF) || t.has(Kind.SHARE)
        || t.has(Kind.RANK) || t.has(Kind.MORE) || t.has(Kind.LESS) || t.has(Kind.YEAR) || t.has(Kind.HOWMANY)) {
      return false;
    }
    return t.has(Kind.MEASURE) || t.has(Kind.ZONE) || t.has(Kind.KIND);
  }

  public static boolean inverse(Tagger.Tagged t) {
    for (Tag m : t.all(Kind.MEASURE)) {
      if (m.arg().equals(INVERSE)) {
        return true;
      }
    }
    return false;
  }

  static Measure code(String arg) {
    return switch (arg) {
      case "workers" -> Measure.WORKERS;
      case "enterprises" -> Measure.ENTERPRISES;
      default -> Measure.WORKERS_PER_ENTERPRISE;
    };
  }

  /** Word positions no tag covers and that are not function words: what the question says beyond the data. */
  static List<Integer> leftovers(Tagger.Tagged t) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.words().size(); i++) {
      String w = t.words().get(i);
      if (t.at(i) == null && !Stopwords.contains(w) && w.length() > 1) {
        out.add(i);
      }
    }
    return out;
  }

  private static String spans(Tagger.Tagged t, List<Integer> idx) {
    List<String> parts = new ArrayList<>();
    int start = idx.get(0);
    int prev = start;
    for (int k = 1; k <= idx.size(); k++) {
      if (k < idx.size() && idx.get(k) == prev + 1) {
        prev = idx.get(k);
        continue;
      }
      parts.add(t.span(start, prev + 1));
      if (k < idx.size()) {
        start = idx.get(k);
        prev = start;
      }
    }
    return String.join(", ", parts);
  }

  private static Tag first(Tagger.Tagged t, Kind k) {
    for (Tag x : t.tags()) {
      if (x.is(k)) {
        return x;
      }
    }
    return null;
  }

  /** The zones {@code t} names, each once, in the order named. */
  static List<String> zoneIds(Tagger.Tagged t) {
    List<String> zones = new ArrayList<>();
    for (Tag z : t.all(Kind.ZONE)) {
      if (!zones.contains(z.arg())) {
        zones.add(z.arg());
      }
    }
    return zones;
  }

  /** The folded words of {@code t} between spaces, for phrase checks (" tinh ca "). */
  static String spaced(Tagger.Tagged t) {
    return " " + String.join(" ", t.words()) + " ";
  }

  /** The zone set a query is about, when it has one. */
  public static ZoneSet setOf(StatQuery q) {
    q = StatQuery.undated(q);
    if (q instanceof StatQuery.Figures f) {
      return f.set();
    }
    if (q instanceof StatQuery.Ranked r) {
      return r.set();
    }
    if (q instanceof StatQuery.RankOf r) {
      return new ZoneSet.Named(r.zones());
    }
    if (q instanceof StatQuery.Compare c) {
      List<String> ids = new ArrayList<>(c.a().namedIds());
      ids.addAll(c.b().namedIds());
      return ids.size() == c.a().namedIds().size() + c.b().namedIds().size() && !ids.isEmpty()
          && c.a() instanceof ZoneSet.Named && c.b() instanceof ZoneSet.Named ? new ZoneSet.Named(ids) : c.a();
    }
    if (q instanceof StatQuery.Share s) {
      return s.part();
    }
    if (q instanceof StatQuery.ShareRanking s) {
      return s.set(); // "còn lao động?", "so với 2 kcx" after each zone's share of a group: that group
    }
    if (q instanceof StatQuery.Card c) {
      return new ZoneSet.Named(List.of(c.zone()));
    }
    if (q instanceof StatQuery.ListZones l) {
      List<String> checked = SetFollowUps.checked(q);
      // "Cát Lái có hơn 100 dn ko": the zone asked about, never the zones that pass the bound (maybe none)
      return checked.isEmpty() ? l.set() : new ZoneSet.Named(checked);
    }
    if (q instanceof StatQuery.CountZones c) {
      return c.set();
    }
    return null;
  }

  /** The measures a query is about. */
  public static List<Measure> measuresOf(StatQuery q) {
    q = StatQuery.undated(q);
    if (q instanceof StatQuery.Figures f) {
      return f.measures();
    }
    if (q instanceof StatQuery.Ranked r) {
      return List.of(r.measure());
    }
    if (q instanceof StatQuery.RankOf r) {
      return r.measures();
    }
    if (q instanceof StatQuery.Compare c) {
      return c.measures();
    }
    if (q instanceof StatQuery.Share s) {
      return s.measures();
    }
    if (q instanceof StatQuery.ShareRanking s) {
      return List.of(s.measure());
    }
    if (!SetFollowUps.checked(q).isEmpty()) {
      return SetFollowUps.measuresAsked(q); // "Cát Lái có hơn 100 dn ko": the conversation is on enterprises
    }
    return BOTH;
  }

  /** The ends of a ranking by the new measure: "và doanh nghiệp?" after the gap between the biggest and smallest. */
  private static ZoneSet reranked(ZoneSet side, Measure m) {
    return side instanceof ZoneSet.Extreme e ? new ZoneSet.Extreme(e.base(), m, e.most()) : side;
  }

  /** The same question with other measures ("và số doanh nghiệp?"). */
  static StatQuery withMeasures(StatQuery q, List<Measure> ms) {
    if (q instanceof StatQuery.Figures f) {
      return new StatQuery.Figures(f.set(), ms, f.agg() == Agg.MEAN && ms.contains(Measure.WORKERS_PER_ENTERPRISE)
          ? Agg.EACH : f.agg());
    }
    if (q instanceof StatQuery.Ranked r) {
      return new StatQuery.Ranked(r.set(), ms.get(0), r.descending(), r.offset(), r.limit());
    }
    if (q instanceof StatQuery.RankOf r) {
      return new StatQuery.RankOf(r.zones(), r.within(), ms);
    }
    if (q instanceof StatQuery.Compare c) {
      return new StatQuery.Compare(reranked(c.a(), ms.get(0)), reranked(c.b(), ms.get(0)), ms, c.op());
    }
    if (q instanceof StatQuery.Share s) {
      return new StatQuery.Share(s.part(), s.base(), ms);
    }
    if (q instanceof StatQuery.ShareRanking s && !ms.contains(Measure.WORKERS_PER_ENTERPRISE)) {
      return new StatQuery.ShareRanking(s.set(), ms.get(0), s.descending(), s.limit());
    }
    if (q instanceof StatQuery.Card c) {
      return new StatQuery.Figures(new ZoneSet.Named(List.of(c.zone())), ms, Agg.EACH);
    }
    if (q instanceof StatQuery.ListZones l) {
      return new StatQuery.Figures(l.set(), ms, l.set() instanceof ZoneSet.Named ? Agg.EACH : Agg.SUM);
    }
    return null;
  }

  /** The same question over another set ("còn Linh Trung 2 thì sao?"). */
  static StatQuery withSet(StatQuery q, ZoneSet set) {
    boolean one = set instanceof ZoneSet.Named n && n.ids().size() == 1;
    if (q instanceof StatQuery.Figures f) {
      Agg agg = f.agg() == Agg.MEAN ? Agg.MEAN : set instanceof ZoneSet.Named ? Agg.EACH : Agg.SUM;
      if (f.agg() == Agg.SUM && !one) {
        agg = Agg.SUM;
      }
      return new StatQuery.Figures(set, f.measures(), agg);
    }
    if (q instanceof StatQuery.Ranked r) {
      return one ? new StatQuery.RankOf(set.namedIds(), r.set(), List.of(r.measure()))
          : new StatQuery.Ranked(set, r.measure(), r.descending(), r.offset(), r.limit());
    }
    if (q instanceof StatQuery.RankOf r) {
      return one ? new StatQuery.RankOf(set.namedIds(), r.within(), r.measures()) : null;
    }
    if (q instanceof StatQuery.Compare c) {
      // "thế Linh Trung 2 với Linh Trung thì sao?" after a comparison: the same comparison of those two
      return set instanceof ZoneSet.Named n && n.ids().size() >= 2
          ? new StatQuery.Compare(new ZoneSet.Named(n.ids().subList(0, 1)),
              new ZoneSet.Named(n.ids().subList(1, n.ids().size())), c.measures(), c.op())
          : new StatQuery.Figures(set, c.measures(), Agg.EACH);
    }
    if (q instanceof StatQuery.Share s) {
      // "còn Bình Chiểu" after a share of Thủ Đức: of Thủ Đức too, the base under discussion (derived, said so)
      return new StatQuery.Share(set, s.base(), s.measures());
    }
    if (q instanceof StatQuery.CountZones) {
      return new StatQuery.CountZones(set);
    }
    return null;
  }
}
