package vn.thuduc.coordbot.answer.query;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.thuduc.coordbot.data.ZoneKind;

/** A set of zones as a question names it: all of them, some by name, of a kind, minus others, filtered by a figure. */
public sealed interface ZoneSet {
  /** A short, stable rendering ({@code all}, {@code [linh-trung-2]}, {@code kind(epz) - [cat-lai]}). */
  String render();

  /** Every zone in the data. */
  record All() implements ZoneSet {
    public String render() {
      return "all";
    }
  }

  /** Zones by id, in the order named. */
  record Named(List<String> ids) implements ZoneSet {
    public Named {
      ids = List.copyOf(ids);
    }

    public String render() {
      return "[" + String.join(", ", ids) + "]";
    }
  }

  /** The zones of some kinds ("the two EPZs", "industrial parks"). */
  record OfKind(Set<ZoneKind> kinds) implements ZoneSet {
    public OfKind {
      kinds = Set.copyOf(kinds);
    }

    public String render() {
      return "kind(" + kinds.stream().map(ZoneKind::code).collect(Collectors.toCollection(TreeSet::new))
          .stream().collect(Collectors.joining(", ")) + ")";
    }
  }

  /** The zones of several sets together ("the two EPZs and the Hi-Tech Park"). */
  record Union(List<ZoneSet> parts) implements ZoneSet {
    public Union {
      parts = List.copyOf(parts);
    }

    public String render() {
      return parts.stream().map(ZoneSet::render).collect(Collectors.joining(" + "));
    }
  }

  /** {@code base} without {@code removed} ("không tính Khu Công nghệ cao", "the rest"). */
  record Minus(ZoneSet base, ZoneSet removed) implements ZoneSet {
    public String render() {
      return base.render() + " - " + removed.render();
    }
  }

  /** The zones of {@code base} whose {@code measure} is more (or less) than {@code value}. */
  /** The zones of {@code base} above (or below) {@code value}; {@code inclusive} for "at least / at most". */
  /**
   * The zones of {@code base} with more ({@code more}) or fewer {@code measure} than zone {@code than}, which is not
   * one of them: "khu nào nhiều doanh nghiệp hơn Cát Lái", "zones with more workers than Linh Trung 2".
   */
  record Than(ZoneSet base, Measure measure, boolean more, String than) implements ZoneSet {
    public String render() {
      return base.render() + " where " + measure.code() + (more ? " > " : " < ") + "[" + than + "]";
    }
  }

  /**
   * The zones of {@code base} whose {@code measure} passes a bound; with {@code percent}, the bound is on each zone's
   * share (in percent) of the five zones' total: "khu nào chiếm hơn 30% số lao động".
   */
  record Filtered(ZoneSet base, Measure measure, boolean more, boolean inclusive, long value, boolean percent)
      implements ZoneSet {
    public Filtered(ZoneSet base, Measure measure, boolean more, boolean inclusive, long value) {
      this(base, measure, more, inclusive, value, false);
    }

    public String render() {
      return base.render() + " where " + (percent ? "share(" + measure.code() + ")" : measure.code())
          + (more ? " >" : " <") + (inclusive ? "= " : " ") + value + (percent ? "%" : "");
    }

    /** Whether {@code v} passes the filter. */
    public boolean admits(double v) {
      return more ? (inclusive ? v >= value : v > value) : (inclusive ? v <= value : v < value);
    }

    /** The message key of the bound's words ("trên", "ít nhất", "fewer than", "at most"). */
    public String wordsKey() {
      return more ? (inclusive ? "q.atleast" : "q.more") : (inclusive ? "q.atmost" : "q.less");
    }

    /** True when this filter or one it is applied on top of is on shares. */
    public boolean anyPercent() {
      return percent || base instanceof Filtered f && f.anyPercent();
    }
  }

  /**
   * The zone of {@code base} with the most ({@code most}) or the fewest {@code measure}: a side of "the gap between
   * the biggest zone and the smallest"; zones tied at the extreme are all in it.
   */
  record Extreme(ZoneSet base, Measure measure, boolean most) implements ZoneSet {
    public String render() {
      return (most ? "most(" : "fewest(") + measure.code() + ", " + base.render() + ")";
    }
  }

  /**
   * The zones a ranking of {@code base} by {@code measure} picks: from place {@code offset} + 1, {@code limit} of
   * them ("ba khu lớn nhất", "khu đứng thứ hai"), zones tied at the cut included: what a share of "the three
   * largest zones" is the share of.
   */
  record Top(ZoneSet base, Measure measure, boolean descending, int offset, int limit) implements ZoneSet {
    public String render() {
      return "top(" + measure.code() + ", " + base.render() + ", " + (descending ? "desc" : "asc")
          + (offset > 0 ? ", offset " + offset : "") + ", limit " + limit + ")";
    }
  }

  /**
   * The zones of {@code base} above ({@code above}) or below the mean per zone of {@code base} by {@code measure}:
   * "khu nào cao hơn mức trung bình", "which zones are below average".
   */
  record VsMean(ZoneSet base, Measure measure, boolean above) implements ZoneSet {
    public String render() {
      return base.render() + " where " + measure.code() + (above ? " > " : " < ") + "mean";
    }
  }

  /**
   * The zone of {@code base} whose {@code measure} is nearest the mean per zone of {@code base}: "khu nào có số doanh
   * nghiệp gần mức trung bình nhất", "which zone is closest to the average".
   */
  record NearMean(ZoneSet base, Measure measure) implements ZoneSet {
    public String render() {
      return "nearest_mean(" + measure.code() + ", " + base.render() + ")";
    }
  }

  /**
   * One of the two zones of {@code base} whose {@code measure} figures are nearest each other: the larger ({@code
   * larger}) or the smaller; "hai khu nào có số doanh nghiệp gần bằng nhau", "which two zones are closest".
   */
  record ClosestPair(ZoneSet base, Measure measure, boolean larger) implements ZoneSet {
    public String render() {
      return "closest_pair(" + measure.code() + ", " + base.render() + ")." + (larger ? "larger" : "smaller");
    }
  }

  /**
   * The zones of {@code base} whose share of the five zones' {@code measure} is larger ({@code more}) or smaller
   * than their share of the other measure: "khu nào có tỷ trọng lao động lớn hơn tỷ trọng doanh nghiệp"; with
   * {@code every}, all of them, both shares side by side ("so sánh tỷ trọng lao động và tỷ trọng doanh nghiệp").
   */
  record ShareVsShare(ZoneSet base, Measure measure, boolean more, boolean every) implements ZoneSet {
    /** The other of the two counted measures. */
    public Measure other() {
      return measure == Measure.WORKERS ? Measure.ENTERPRISES : Measure.WORKERS;
    }

    public String render() {
      if (every) {
        return base.render() + " with share(" + measure.code() + ") vs share(" + other().code() + ")";
      }
      return base.render() + " where share(" + measure.code() + ")" + (more ? " > " : " < ") + "share("
          + other().code() + ")";
    }
  }

  /** The zone ids when this set is a plain list of named zones. */
  default List<String> namedIds() {
    return this instanceof Named n ? n.ids() : List.of();
  }
}
