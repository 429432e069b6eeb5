package vn.thuduc.coordbot.answer.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Tag.Kind;

/**
 * Questions of two parts, each a zone with its own figure ("Cát Lái bao nhiêu DN và Bình Chiểu bao nhiêu lao
 * động?", "workers in Binh Chieu and enterprises in Cat Lai"): where to cut them so that each part is answered
 * as asked, rather than every figure of every zone.
 */
public final class Parts {
  /** Words that make one question of the whole: a comparison, a sum, a ranking, a share … of the zones named. */
  private static final Set<Kind> WHOLE = EnumSet.of(Kind.COMPARE, Kind.DIFF, Kind.TIMES, Kind.SHARE, Kind.RANK,
      Kind.RANKOF, Kind.SUM, Kind.MEAN, Kind.MAX, Kind.MIN, Kind.MORE, Kind.LESS, Kind.MINUS, Kind.REST, Kind.WHICH,
      Kind.ORDINAL, Kind.LAST, Kind.TOPWORD, Kind.PRONOUN);

  private Parts() {}

  /**
   * Where the second part begins, as word positions: [end of the first part, start of the second]; {@code refers}
   * when the second part asks about the zone the first one answers ("… và bao nhiêu doanh nghiệp").
   */
  public record Cut(int end, int start, boolean refers) {
    Cut(int end, int start) {
      this(end, start, false);
    }
  }

  /** The cut of {@code t} into two parts that each name a zone (or a place) and a figure, the figures differing. */
  public static Optional<Cut> of(Tagger.Tagged t) {
    List<Tag> tags = t.tags();
    if (whole(tags)) {
      return asksAgain(tags);
    }
    for (int k = 1; k < tags.size(); k++) {
      List<Tag> left = tags.subList(0, k);
      boolean and = tags.get(k).is(Kind.AND);
      List<Tag> right = tags.subList(and ? k + 1 : k, tags.size());
      if (complete(left) && complete(right) && (!measures(left).equals(measures(right))
          || named(left, Kind.UNKNOWN_ZONE) || named(right, Kind.UNKNOWN_ZONE))) {
        int start = and ? tags.get(k).to() : tags.get(k).from();
        return start < t.words().size() ? Optional.of(new Cut(tags.get(k).from(), start)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "KCX Linh Trung có bao nhiêu lao động, khu nào nhiều lao động nhất?", "khu nào nhiều lao động nhất và khu nào ít
   * doanh nghiệp nhất?": a zone's figure or a superlative, then a question of its own that begins with "khu nào" /
   * "which": cut before the question word.
   */
  private static Optional<Cut> asksAgain(List<Tag> tags) {
    for (int k = 1; k < tags.size(); k++) {
      if (!tags.get(k).is(Kind.WHICH)) {
        continue;
      }
      boolean and = tags.get(k - 1).is(Kind.AND);
      List<Tag> left = tags.subList(0, and ? k - 1 : k);
      List<Tag> right = tags.subList(k, tags.size());
      boolean figure = complete(left) && !whole(left);
      if (figure || superlative(left) && superlative(right)) {
        return Optional.of(new Cut(and ? tags.get(k - 1).from() : tags.get(k).from(), tags.get(k).from()));
      }
    }
    // "khu nào nhiều lao động nhất và bao nhiêu doanh nghiệp": the zone found, then another figure of that zone
    for (int k = 1; k + 1 < tags.size(); k++) {
      List<Tag> left = tags.subList(0, k);
      List<Tag> right = tags.subList(k + 1, tags.size());
      if (tags.get(k).is(Kind.AND) && findsOne(left) && named(right, Kind.HOWMANY) && !measures(right).isEmpty()
          && !measures(right).equals(measures(left)) && right.stream().noneMatch(x -> x.is(Kind.ZONE)
              || x.is(Kind.KIND) || x.is(Kind.UNKNOWN_ZONE) || x.is(Kind.ALL) || WHOLE.contains(x.kind()))) {
        return Optional.of(new Cut(tags.get(k).from(), tags.get(k).to(), true));
      }
    }
    return Optional.empty();
  }

  /** "khu nào nhiều lao động nhất", "khu nào đứng thứ hai về doanh nghiệp": one zone of a ranking, asked for. */
  private static boolean findsOne(List<Tag> tags) {
    return named(tags, Kind.WHICH) && !measures(tags).isEmpty() && (named(tags, Kind.MAX) || named(tags, Kind.MIN)
        || named(tags, Kind.ORDINAL) || named(tags, Kind.LAST));
  }

  /** "khu nào nhiều lao động nhất": a question word, a measure and a superlative. */
  private static boolean superlative(List<Tag> tags) {
    return named(tags, Kind.WHICH) && (named(tags, Kind.MAX) || named(tags, Kind.MIN)) && !measures(tags).isEmpty();
  }

  private static boolean complete(List<Tag> tags) {
    boolean name = named(tags, Kind.ZONE) || named(tags, Kind.UNKNOWN_ZONE) || named(tags, Kind.KIND);
    return name && !measures(tags).isEmpty();
  }

  // loops, not lambdas: every question is looked at here, and a lambda is a class made at its first use,
  // which every start of ask paid (see performance.md, "Start-up of ask")

  private static boolean whole(List<Tag> tags) {
    for (Tag x : tags) {
      if (WHOLE.contains(x.kind())) {
        return true;
      }
    }
    return false;
  }

  private static boolean named(List<Tag> tags, Kind k) {
    for (Tag x : tags) {
      if (x.is(k)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> measures(List<Tag> tags) {
    Set<String> out = new java.util.TreeSet<>();
    for (Tag x : tags) {
      if (x.is(Kind.MEASURE) || x.is(Kind.NOMEASURE)) {
        out.add(x.arg());
      }
    }
    return out;
  }
}
