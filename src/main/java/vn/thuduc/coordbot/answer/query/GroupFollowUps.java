package vn.thuduc.coordbot.answer.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.StatQuery.Agg;
import vn.thuduc.coordbot.answer.query.StatQuery.Op;
import vn.thuduc.coordbot.answer.query.Tag.Kind;

/**
 * The rules of the conversation for groups of zones and rows: the first rows of a ranking ("cộng 2 khu đầu"), "top 2
 * thôi" in the order shown, the other one of a pair ("khu còn lại"), the place of a comparison's subject, the group
 * again ("tổng các khu đó", "hai khu đó"), a share of that kind, a zone put back ("tính cả"), the rest of Thủ Đức
 * ("outside the zones"). Tried by {@link FollowUpRules} after its own; loops, not lambdas (a cold {@code ask}).
 */
final class GroupFollowUps {
  private GroupFollowUps() {}

  /** The query of {@code t} when one of these rules reads it, else null; the others of the conversation's rules ran. */
  static Parse read(Tagger.Tagged t, QueryParser.Context c, StatQuery prev, String sp, List<String> zones,
      List<Measure> ms) {
    Parse p = null;
    if (zones.isEmpty() && !t.has(Kind.KIND) && !t.has(Kind.ALL)) {
      p = firstRows(t, ms, c);
      if (p == null) {
        p = topInOrderShown(t, ms, prev, c);
      }
      if (p == null) {
        p = otherOfPair(t, sp, ms, prev, c);
      }
      if (p == null) {
        p = placeOfSubject(t, ms, prev, c);
      }
      if (p == null) {
        p = groupAgain(t, sp, ms, prev, c);
      }
      if (p == null) {
        p = shareOfKind(t, sp, ms, prev, c);
      }
    }
    if (p == null && zones.size() == 1) {
      p = includedAgain(t, sp, zones, prev);
    }
    if (p == null && zones.isEmpty() && ms.isEmpty()) {
      p = outsideAgain(t, prev);
    }
    return p;
  }

  /** "how many outside the zones?", "còn ngoài các khu?" after a figure: the rest of Thủ Đức in that measure. */
  private static Parse outsideAgain(Tagger.Tagged t, StatQuery prev) {
    for (Tag minus : t.all(Kind.MINUS)) {
      Tag next = t.at(minus.to());
      if (next != null && next.is(Kind.FILLER)) {
        next = t.at(next.to());
      }
      if (next != null && (next.is(Kind.ALL) || next.is(Kind.ZONEWORD)) && !t.has(Kind.ZONE) && !t.has(Kind.KIND)) {
        List<Measure> ms = new ArrayList<>();
        for (Measure m : QueryParser.measuresOf(prev)) {
          if (m != Measure.WORKERS_PER_ENTERPRISE) {
            ms.add(m);
          }
        }
        return new Parse.Stat(new StatQuery.Outside(ms.isEmpty() ? FollowUpRules.BOTH : ms, t.has(Kind.SHARE)), true);
      }
    }
    return null;
  }

  /** The plural pointers: "các khu đó", "những khu này", "they", "them". */
  private static final Set<String> PLURAL = Set.of("cac", "nhung", "them", "they", "those", "these");
  /** The pointers at two zones: "hai khu đó", "2 khu này", "those two". */
  private static final Set<String> TWO = Set.of("hai", "2", "two");

  /** True when a pronoun of {@code t} has one of {@code words}. */
  private static boolean pronounSays(Tagger.Tagged t, Set<String> words) {
    for (Tag x : t.all(Kind.PRONOUN)) {
      for (String w : t.words().subList(x.from(), x.to())) {
        if (words.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Measure> countable(List<Measure> ms, StatQuery prev) {
    if (!ms.isEmpty()) {
      return ms;
    }
    List<Measure> before = QueryParser.measuresOf(prev);
    return before.contains(Measure.WORKERS_PER_ENTERPRISE) ? FollowUpRules.BOTH : before;
  }

  /** "top 2 thôi" after a whole ranking: its first rows, in the order it was shown. */
  private static Parse topInOrderShown(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    if (!(prev instanceof StatQuery.Ranked r) || r.limit() != 0 || !t.has(Kind.TOPWORD) || t.has(Kind.KIND)
        || t.has(Kind.ALL)
        || !FollowUpRules.only(t, EnumSet.of(Kind.TOPWORD, Kind.NUMBER, Kind.FILLER, Kind.FOLLOW, Kind.MEASURE))
        || t.all(Kind.NUMBER).size() != 1) {
      return null;
    }
    long n = t.all(Kind.NUMBER).get(0).number();
    if (n < 1 || n > 5) {
      return null;
    }
    Measure m = ms.size() == 1 ? ms.get(0) : r.measure();
    return new Parse.Stat(new StatQuery.Ranked(r.set(), m, r.descending(), 0, (int) n), true);
  }

  /** The other one of a pair: "khu kia", "bên kia", "the other one". */
  private static final List<String> OTHER = List.of(" khu kia ", " ben kia ", " the other one ", " the other zone ",
      " the other park ", " the other ");

  /**
   * "khu còn lại có bao nhiêu lao động" after "khu nào nhiều … hơn" of two zones (or a question about the one that
   * answered it): the other one of the pair, never every zone but that one.
   */
  private static Parse otherOfPair(Tagger.Tagged t, String sp, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    String it = FollowUpRules.oneZone(prev, c);
    boolean otherWord = false;
    for (String w : OTHER) {
      otherWord |= sp.contains(w);
    }
    boolean otherSaid = otherWord || t.has(Kind.REST);
    if (!otherSaid || it == null || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.SUM)) {
      return null;
    }
    if (otherWord && !t.has(Kind.ZONE) && !t.has(Kind.KIND) && !t.has(Kind.ALL) && c.recent().size() <= 1) {
      // "khu kia thì sao", "the other zone?" when the conversation has named one zone only: which one is meant
      // cannot be told, so ask, never that same zone again
      return new Parse.Clarify(Parse.Need.ZONE, countable(ms, prev));
    }
    List<String> pair = List.of();
    if (prev instanceof StatQuery.Compare pc && pc.a() instanceof ZoneSet.Named a && pc.b() instanceof ZoneSet.Named b
        && a.ids().size() == 1 && b.ids().size() == 1) {
      pair = List.of(a.ids().get(0), b.ids().get(0));
    } else {
      for (ZoneSet g : c.groups()) {
        if (g instanceof ZoneSet.Named n && n.ids().size() == 2 && n.ids().contains(it)) {
          pair = n.ids();
        }
      }
    }
    if (pair.size() != 2 || !pair.contains(it)) {
      return null;
    }
    String other = pair.get(0).equals(it) ? pair.get(1) : pair.get(0);
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(List.of(other)), countable(ms, prev), Agg.EACH),
        true);
  }

  /**
   * "cộng 2 khu đầu lại", "tổng 3 khu đầu tiên", "the first two combined" after a ranking: its first rows, in the
   * order shown (as "tổng 2 khu cuối" is its last), never the last zones asked.
   */
  private static Parse firstRows(Tagger.Tagged t, List<Measure> ms, QueryParser.Context c) {
    if (c.ranking().isEmpty() || t.all(Kind.NUMBER).size() != 1 || t.has(Kind.MAX) || t.has(Kind.MIN)
        || t.has(Kind.LAST) || t.has(Kind.TOPWORD)) {
      return null;
    }
    Tag n = t.all(Kind.NUMBER).get(0);
    List<String> w = t.words();
    boolean first = n.to() + 1 < w.size() && w.get(n.to()).equals("khu") && w.get(n.to() + 1).equals("dau")
        || n.from() >= 1 && w.get(n.from() - 1).equals("first");
    List<String> order = c.ranking().get().order();
    if (!first || n.number() < 2 || n.number() >= order.size()) {
      return null;
    }
    List<Measure> m = ms.isEmpty() ? List.of(c.ranking().get().query().measure()) : ms;
    if (n.number() == 2 && (t.has(Kind.DIFF) || t.has(Kind.TIMES)) && !t.has(Kind.SUM)) {
      // "chênh lệch giữa 2 khu đầu": the first row against the second
      return new Parse.Stat(new StatQuery.Compare(new ZoneSet.Named(List.of(order.get(0))),
          new ZoneSet.Named(List.of(order.get(1))), m, t.has(Kind.TIMES) ? Op.RATIO : Op.DIFFERENCE), true);
    }
    return new Parse.Stat(new StatQuery.Figures(new ZoneSet.Named(order.subList(0, (int) n.number())), m,
        t.has(Kind.SUM) ? Agg.SUM : Agg.EACH), true);
  }

  /**
   * "what is its rank?", "nó xếp thứ mấy" after a comparison of one zone with another: the place of the zone under
   * discussion among all five, never a ranking of the two.
   */
  private static Parse placeOfSubject(Tagger.Tagged t, List<Measure> ms, StatQuery prev, QueryParser.Context c) {
    if (!(t.has(Kind.RANK) || t.has(Kind.RANKOF)) || !t.has(Kind.PRONOUN) || pronounSays(t, PLURAL)
        || pronounSays(t, TWO) || !(prev instanceof StatQuery.Compare pc) || !(pc.a() instanceof ZoneSet.Named a)
        || a.ids().size() != 1 || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.ORDINAL) || t.has(Kind.LAST)) {
      return null;
    }
    for (Tag r : t.all(Kind.RANK)) {
      if (!r.arg().equals("-")) {
        return null; // "xếp ngược lại", "từ ít đến nhiều": an order, not a place
      }
    }
    String it = c.shown().size() == 1 ? c.shown().get(0) : a.ids().get(0);
    return new Parse.Stat(new StatQuery.RankOf(List.of(it), new ZoneSet.All(), countable(ms, prev)), true);
  }

  /**
   * "tổng các khu đó" after a question about one zone of a group ("khu nào trong đó …", its share): the group;
   * "cộng hai khu đó lại" after two zones asked one by one: those two; "số doanh nghiệp của hai khu đó" after a
   * group of two: that group.
   */
  private static Parse groupAgain(Tagger.Tagged t, String sp, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    if (!t.has(Kind.PRONOUN) || t.has(Kind.MAX) || t.has(Kind.MIN) || t.has(Kind.RANK) || t.has(Kind.SHARE)
        || t.has(Kind.COMPARE) || t.has(Kind.DIFF) || t.has(Kind.TIMES) || t.has(Kind.ORDINAL) || t.has(Kind.MEAN)) {
      return null;
    }
    boolean sum = t.has(Kind.SUM) || sp.startsWith(" cong ") || sp.contains(" cong lai ") || sp.endsWith(" lai ")
        && sp.contains(" cong ");
    ZoneSet before = QueryParser.setOf(prev);
    if (pronounSays(t, TWO)) {
      List<String> recent = c.recent();
      if (sum && recent.size() >= 2 && before instanceof ZoneSet.Named n && n.ids().size() == 1) {
        ZoneSet two = new ZoneSet.Named(recent.subList(recent.size() - 2, recent.size()));
        // as "cộng 2 khu đó" reads: the two zones' figures, with their total
        return new Parse.Stat(new StatQuery.Figures(two, countable(ms, prev), Agg.EACH), true);
      }
      if (recent.size() < 2 && before != null && !(before instanceof ZoneSet.Named)
          && !(before instanceof ZoneSet.All)) {
        return new Parse.Stat(new StatQuery.Figures(before, countable(ms, prev), Agg.SUM), true);
      }
      return null;
    }
    if (!sum || !pronounSays(t, PLURAL) || FollowUpRules.oneZone(prev, c) == null) {
      return null;
    }
    // the last group of several zones the conversation was about, newest first
    List<ZoneSet> groups = c.groups();
    for (int i = groups.size() - 1; i >= 0; i--) {
      ZoneSet g = groups.get(i);
      if (!(g instanceof ZoneSet.Named n && n.ids().size() == 1) && !(g instanceof ZoneSet.All)) {
        return new Parse.Stat(new StatQuery.Figures(g, countable(ms, prev), Agg.SUM), true);
      }
    }
    return null;
  }

  /** The words of "the kind it is of": "của loại đó", "cùng loại", "of that kind". */
  private static final List<String> THAT_KIND = List.of(" loai do ", " loai nay ", " loai khu do ", " loai khu nay ",
      " cung loai ", " that kind ", " that type ", " its kind ", " its type ", " this kind ", " loai ay ");

  /** "nó chiếm bao nhiêu % của loại đó" after the top zone of a kind: its share of that kind, not of the five. */
  private static Parse shareOfKind(Tagger.Tagged t, String sp, List<Measure> ms, StatQuery prev,
      QueryParser.Context c) {
    boolean thatKind = false;
    for (String w : THAT_KIND) {
      thatKind |= sp.contains(w);
    }
    ZoneSet before = QueryParser.setOf(prev);
    String it = FollowUpRules.oneZone(prev, c);
    if (!thatKind || !t.has(Kind.SHARE) || !(before instanceof ZoneSet.OfKind) || it == null) {
      return null;
    }
    return new Parse.Stat(new StatQuery.Share(new ZoneSet.Named(List.of(it)), java.util.Optional.of(before),
        countable(ms, prev)), true);
  }

  /** The words of "with it back": "tính cả", "kể cả", "including". */
  private static final List<String> INCLUDING = List.of(" tinh ca ", " ke ca ", " tinh luon ", " gom ca ",
      " including ", " include ", " with it ", " cong ca ");

  /** "vậy tính cả khu CNC" after "không tính khu CNC": the set without the zone left out. */
  private static Parse includedAgain(Tagger.Tagged t, String sp, List<String> zones, StatQuery prev) {
    boolean including = false;
    for (String w : INCLUDING) {
      including |= sp.contains(w);
    }
    if (!including || !(QueryParser.setOf(prev) instanceof ZoneSet.Minus m) || !m.removed().namedIds().equals(zones)
        || t.has(Kind.MINUS)) {
      return null;
    }
    StatQuery q = QueryParser.withSet(prev, m.base());
    return q == null ? null : new Parse.Stat(q, true);
  }
}
