package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;

import java.util.List;

/**
 * The figures behind a chart: for bars, one category per zone and one series per metric; over time
 * ({@code time}), one category per date and one series per zone (a negative value: no figure at that
 * date). Labels are already in the answer's language.
 *
 * @param lang the language the numbers are written in on the image; null: the renderer's own
 * @param note the line printed under the chart (the source and the as-of date); empty for none
 */
public record ChartData(String title, String valueAxisLabel, List<String> categories, List<Series> series,
    Lang lang, String note, boolean time) {
  public ChartData {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    note = note == null ? "" : note;
  }

  /** A chart without a language of its own and without a note. */
  public ChartData(String title, String valueAxisLabel, List<String> categories, List<Series> series) {
    this(title, valueAxisLabel, categories, series, null, "", false);
  }

  /** A bar chart by zone. */
  public ChartData(String title, String valueAxisLabel, List<String> categories, List<Series> series, Lang lang,
      String note) {
    this(title, valueAxisLabel, categories, series, lang, note, false);
  }

  /** The same chart with its numbers written in {@code l} and {@code n} printed under it. */
  public ChartData withLangAndNote(Lang l, String n) {
    return new ChartData(title, valueAxisLabel, categories, series, l, n, time);
  }

  /** The same chart with its numbers written in {@code l}, unless it already has a language. */
  public ChartData inLang(Lang l) {
    return lang != null ? this : new ChartData(title, valueAxisLabel, categories, series, l, note, time);
  }

  /** One named row of values, aligned with the categories. */
  public record Series(String name, List<Long> values) {
    public Series {
      values = List.copyOf(values);
    }
  }
}
