package vn.thuduc.coordbot.answer.query;

/**
 * One span of a question's words with what it means: {@code from} inclusive, {@code to} exclusive,
 * over the tagger's folded words; {@code arg} is the zone id, kind, measure, number or label.
 */
public record Tag(Kind kind, int from, int to, String arg) {
  /** What a span of words is. */
  public enum Kind {
    ZONE, KIND, ZONEWORD, ALL, MEASURE, NOMEASURE, SUM, MEAN, PER, COUNTZ, HOWMANY, MAX, MIN, MORE, LESS, RANK,
    RANKOF, ORDINAL, LAST, TOPWORD, MINUS, REST, COMPARE, DIFF, TIMES, SHARE, THUDUC, ASOF, WHICH, LIST, CARD, AND,
    FOLLOW, PRONOUN, NEW, YEARWORD, FILLER, NUMBER, YEAR, PLACE, UNKNOWN_ZONE
  }

  public boolean is(Kind k) {
    return kind == k;
  }

  public long number() {
    return Long.parseLong(arg);
  }
}
