package vn.thuduc.coordbot.answer.query;

import java.util.List;

/** What a statistics question asks, composed from its parts; {@link #render()} is stable for logs and tests. */
public sealed interface StatQuery {
  String render();

  /** How figures of a set are combined. */
  enum Agg {
    EACH("value"), SUM("sum"), MEAN("mean");

    final String word;

    Agg(String word) {
      this.word = word;
    }
  }

  /**
   * How two sets are compared: side by side, their difference, their ratio, how many percent more (or fewer) the
   * first has than the second ("hơn bao nhiêu phần trăm"), or the first as a percentage of the second ("bằng bao
   * nhiêu phần trăm của").
   */
  enum Op {
    SIDE_BY_SIDE("side_by_side"), DIFFERENCE("difference"), RATIO("ratio"), PERCENT_DIFF("percent_diff"),
    PERCENT_OF("percent_of");

    final String word;

    Op(String word) {
      this.word = word;
    }
  }

  private static String codes(List<Measure> ms) {
    List<String> codes = new java.util.ArrayList<>(ms.size()); // a loop: every answer's query is rendered
    for (Measure m : ms) {
      codes.add(m.code());
    }
    return String.join(" + ", codes);
  }

  /** Figures of a set: each zone's, their sum, or their mean per zone. */
  record Figures(ZoneSet set, List<Measure> measures, Agg agg) implements StatQuery {
    public Figures {
      measures = List.copyOf(measures);
    }

    public String render() {
      return agg.word + "(" + codes(measures) + ", " + set.render() + ")";
    }
  }

  /** Zones ordered by a measure; {@code limit} 0 is the whole ranking. */
  record Ranked(ZoneSet set, Measure measure, boolean descending, int offset, int limit) implements StatQuery {
    public String render() {
      return "rank(" + measure.code() + ", " + set.render() + ", " + (descending ? "desc" : "asc")
          + (offset > 0 ? ", offset " + offset : "") + (limit > 0 ? ", limit " + limit : "") + ")";
    }
  }

  /** The place of some zones in the ranking of a set by each measure. */
  record RankOf(List<String> zones, ZoneSet within, List<Measure> measures) implements StatQuery {
    public RankOf {
      zones = List.copyOf(zones);
      measures = List.copyOf(measures);
    }

    public String render() {
      return "rank_of([" + String.join(", ", zones) + "], " + codes(measures) + ", " + within.render() + ")";
    }
  }

  /** Two sets side by side, their difference or their ratio. */
  record Compare(ZoneSet a, ZoneSet b, List<Measure> measures, Op op) implements StatQuery {
    public Compare {
      measures = List.copyOf(measures);
    }

    public String render() {
      return "compare(" + codes(measures) + ", " + a.render() + ", " + b.render() + ", " + op.word + ")";
    }
  }

  /** The share of {@code part} in {@code base}; an empty base is Thủ Đức City, as the source states it. */
  record Share(ZoneSet part, java.util.Optional<ZoneSet> base, List<Measure> measures) implements StatQuery {
    public Share {
      measures = List.copyOf(measures);
    }

    public String render() {
      return "share(" + codes(measures) + ", " + part.render() + ", of "
          + base.map(ZoneSet::render).orElse("thu-duc") + ")";
    }
  }

  /**
   * Each zone's share of the zones of {@code set} by {@code measure}, in ranking order ("xếp hạng các khu theo tỷ
   * lệ lao động", "which zones have the largest shares"); {@code limit} 0 is every zone.
   */
  record ShareRanking(ZoneSet set, Measure measure, boolean descending, int limit) implements StatQuery {
    public String render() {
      return "share_rank(" + measure.code() + ", " + set.render() + ", " + (descending ? "desc" : "asc")
          + (limit > 0 ? ", limit " + limit : "") + ")";
    }
  }

  /**
   * Thủ Đức City outside the zones the source counts: the share of its figures there ({@code share}), else the
   * count there, which the source never states and the answer estimates from the stated share.
   */
  record Outside(List<Measure> measures, boolean share) implements StatQuery {
    public Outside {
      measures = List.copyOf(measures);
    }

    public String render() {
      return (share ? "share(" : "sum(") + codes(measures) + ", outside(all), of thu-duc)";
    }
  }

  /** How many zones a set has. */
  record CountZones(ZoneSet set) implements StatQuery {
    public String render() {
      return "count(" + set.render() + ")";
    }
  }

  /** The zones of a set, with their figures. */
  record ListZones(ZoneSet set) implements StatQuery {
    public String render() {
      return "list(" + set.render() + ")";
    }
  }

  /** One zone's card: names, kind, both figures, shares. */
  record Card(String zone) implements StatQuery {
    public String render() {
      return "card(" + zone + ")";
    }
  }

  /** The date the figures are as of. */
  record AsOf() implements StatQuery {
    public String render() {
      return "as_of()";
    }
  }

  /** {@code query} at the date {@code when} picks among the data's dates ("năm 2024", "tại ngày 8/3/2024"). */
  record At(StatQuery query, When when) implements StatQuery {
    public String render() {
      return "as_of(" + when.render() + ") -> " + query.render();
    }
  }

  /**
   * How the figures of {@code query} changed from {@code from} to {@code to} ("tăng bao nhiêu so với tháng
   * 3/2024"); an empty {@code from} is the date before {@code to}, an empty {@code to} the latest.
   */
  record Change(StatQuery query, java.util.Optional<When> from, java.util.Optional<When> to) implements StatQuery {
    public String render() {
      return "change(" + query.render() + ", from " + from.map(When::render).orElse("previous") + ", to "
          + to.map(When::render).orElse("latest") + ")";
    }
  }

  /**
   * The zones (or totals) whose {@code measures} figure is {@code value}: "khu nào có 30 doanh nghiệp", "53.000 là
   * số gì" (no measure: any); {@code approx} for "khoảng 25 nghìn", where the nearest is the answer, said to be so.
   */
  record ByValue(java.util.Optional<Measure> measure, long value, boolean approx) implements StatQuery {
    public String render() {
      return "by_value(" + (measure.isPresent() ? measure.get().code() : "any") + ", " + (approx ? "~" : "") + value
          + ")";
    }
  }

  /** The median of a set's figures: "trung vị", "khu đứng giữa về lao động". */
  record Median(ZoneSet set, Measure measure) implements StatQuery {
    public String render() {
      return "median(" + measure.code() + ", " + set.render() + ")";
    }
  }

  /**
   * The zone ranked right after ({@code after}) or right before {@code zone} in the descending ranking of all zones
   * by {@code measure}: "khu nào đứng ngay sau Cát Lái về số doanh nghiệp".
   */
  record Next(String zone, Measure measure, boolean after) implements StatQuery {
    public String render() {
      return "next(" + measure.code() + ", all, desc, " + (after ? "after" : "before") + " [" + zone + "])";
    }
  }

  /** Whether {@code zone} is among the zones {@code top} picks: "Bình Chiểu có nằm trong top 3 không". */
  record IsIn(String zone, ZoneSet.Top top) implements StatQuery {
    public String render() {
      return "is_in([" + zone + "], " + top.render() + ")";
    }
  }

  /** The zones that are both {@code a} and {@code b}: "nhiều doanh nghiệp nhất nhưng ít lao động nhất". */
  record Both(ZoneSet.Extreme a, ZoneSet.Extreme b) implements StatQuery {
    public String render() {
      return "both(" + a.render() + ", " + b.render() + ")";
    }
  }

  /** The zones of a set in the order of their names: "sắp xếp các khu theo tên", "alphabetical". */
  record ByName(ZoneSet set) implements StatQuery {
    public String render() {
      return "sort(name, " + set.render() + ")";
    }
  }

  /**
   * Figures asked in thousands ("bao nhiêu nghìn lao động"): the figures, each also rounded to thousands. A follow-up
   * builds on {@code figures}.
   */
  record InThousands(Figures figures) implements StatQuery {
    public String render() {
      return "thousands(" + figures.render() + ")";
    }
  }

  /** The query without a date of its own: what a follow-up builds on. */
  static StatQuery undated(StatQuery q) {
    if (q instanceof At a) {
      return a.query();
    }
    if (q instanceof InThousands th) {
      return th.figures();
    }
    return q instanceof Change c ? c.query() : q;
  }
}
