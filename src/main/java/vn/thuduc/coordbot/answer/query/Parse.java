package vn.thuduc.coordbot.answer.query;

import java.util.List;

/** What the parser made of a question: a query, or an honest reason it cannot give one. */
public sealed interface Parse {
  /** A statistics query; {@code followUp} when it was completed from the conversation's last query. */
  record Stat(StatQuery query, boolean followUp) implements Parse {}

  /** A zone or place the data does not have, as typed. */
  record NotFound(String asTyped) implements Parse {}

  /** A figure the data does not have ({@code label} names it, e.g. "rent"); {@code asTyped} is the user's words. */
  record Missing(String label, String asTyped, boolean explicit) implements Parse {}

  /** A year the data has no figures for; {@code query} is what would be answered for the data's date. */
  record MissingYear(int year, StatQuery query) implements Parse {}

  /** The question needs a zone (or a measure) it does not name and there is nothing to take it from. */
  record Clarify(Need need, List<Measure> measures) implements Parse {}

  /** Not a statistics question. */
  record None() implements Parse {}

  /** What a clarifying question asks for. */
  enum Need {
    ZONE, MEASURE
  }
}
