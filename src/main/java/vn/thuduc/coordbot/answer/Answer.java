package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine says back, channel-neutral: plain text (no markup), whether the bot knew the
 * answer, the intent it recognised, and the sources of the facts it states.
 *
 * @param chart a bar chart of the figures in the answer, when there is one worth drawing
 * @param zoneIds the zones the answer is about (channels use them for buttons, subscriptions)
 * @param query a short, stable rendering of what was understood (e.g. {@code rank(workers, all, desc,
 *     limit 3)}); empty when nothing was
 * @param choices texts the user can pick to go on (the options of a clarifying question, shown as
 *     buttons where the channel has them); each is a question to send back as typed
 */
public record Answer(
    String text,
    boolean answered,
    String intent,
    List<String> sources,
    Lang lang,
    Optional<ChartData> chart,
    List<String> zoneIds,
    Optional<String> query,
    List<String> choices) {

  public Answer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(intent, "intent");
    sources = List.copyOf(sources);
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(chart, "chart");
    zoneIds = List.copyOf(zoneIds);
    Objects.requireNonNull(query, "query");
    choices = List.copyOf(choices);
  }

  public Answer(String text, boolean answered, String intent, List<String> sources, Lang lang,
      Optional<ChartData> chart, List<String> zoneIds) {
    this(text, answered, intent, sources, lang, chart, zoneIds, Optional.empty(), List.of());
  }

  public static Answer of(String text, boolean answered, String intent, List<String> sources, Lang lang) {
    return new Answer(text, answered, intent, sources, lang, Optional.empty(), List.of());
  }

  public Answer withChart(ChartData c) {
    return new Answer(text, answered, intent, sources, lang, Optional.of(c), zoneIds, query, choices);
  }

  public Answer withZones(List<String> ids) {
    return new Answer(text, answered, intent, sources, lang, chart, ids, query, choices);
  }

  public Answer withQuery(String q) {
    return new Answer(text, answered, intent, sources, lang, chart, zoneIds, Optional.ofNullable(q), choices);
  }

  /** This answer, said but not counted as answered: what was asked is not in the data. */
  public Answer unanswered() {
    return new Answer(text, false, intent, sources, lang, chart, zoneIds, query, choices);
  }

  public Answer withChoices(List<String> c) {
    return new Answer(text, answered, intent, sources, lang, chart, zoneIds, query, c);
  }
}
