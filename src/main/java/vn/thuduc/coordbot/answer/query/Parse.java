package vn.thuduc.coordbot.answer.query;

import java.util.List;

/** What the parser made of a question: a query, or an honest reason it cannot give one. */
public sealed interface Parse {
  /**
   * A statistics query; {@code followUp} when it was completed from the conversation's last query;
   * {@code dropped}: words as typed that the lexicon does not know and that were left out; {@code topical}
   * when some of them are words of the data's text, so a topic may answer the question better.
   */
  record Stat(StatQuery query, boolean followUp, List<String> dropped, boolean topical) implements Parse {
    public Stat {
      dropped = List.copyOf(dropped);
    }

    public Stat(StatQuery query, boolean followUp) {
      this(query, followUp, List.of(), false);
    }
  }

  /** A zone or place the data does not have, as typed. */
  record NotFound(String asTyped) implements Parse {}

  /** A figure the data does not have ({@code label} names it, e.g. "rent"); {@code asTyped} is the user's words. */
  record Missing(String label, String asTyped, boolean explicit) implements Parse {}

  /** The question needs a zone (or a measure) it does not name and there is nothing to take it from. */
  record Clarify(Need need, List<Measure> measures) implements Parse {}

  /** Not a statistics question. */
  record None() implements Parse {}

  /** What a clarifying question asks for: the zone of a figure, of a place in a ranking or of a share; the measure. */
  enum Need {
    ZONE, RANK, SHARE, MEASURE
  }
}
