package vn.thuduc.coordbot.answer;

import java.util.List;

/**
 * The figures behind a bar chart: one category per zone, one series per metric. Labels are already
 * in the answer's language.
 */
public record ChartData(String title, String valueAxisLabel, List<String> categories, List<Series> series) {
  public ChartData {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
  }

  /** One named row of values, aligned with the categories. */
  public record Series(String name, List<Long> values) {
    public Series {
      values = List.copyOf(values);
    }
  }
}
