package vn.thuduc.coordbot.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.thuduc.coordbot.answer.ChartData;

/**
 * Figures over time as lines, one per zone (or per total), one point per date the data has: a zone
 * without a figure at a date has no point there rather than a guessed one.
 */
final class TimeChart {
  private static final Color[] COLOURS = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
      new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B), new Color(0x17BECF)};

  private TimeChart() {}

  static JFreeChart draw(ChartData data, Font base, float size, Locale fallback) {
    Locale numberLocale = data.lang() == null ? fallback : data.lang().locale();
    NumberFormat numbers = NumberFormat.getIntegerInstance(numberLocale);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<String> dates = data.categories();
    for (ChartData.Series s : data.series()) {
      for (int i = 0; i < dates.size() && i < s.values().size(); i++) {
        Long v = s.values().get(i);
        dataset.addValue(v == null || v < 0 ? null : v, s.name(), dates.get(i));
      }
    }
    CategoryAxis time = new CategoryAxis();
    time.setTickLabelFont(base.deriveFont(Font.PLAIN, size));
    time.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    NumberAxis values = new NumberAxis(data.valueAxisLabel());
    values.setNumberFormatOverride(numbers);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(numberLocale));
    values.setUpperMargin(0.15);
    LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
    // the values beside the points only while they stay readable
    boolean labels = data.series().size() <= 2;
    lines.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
    lines.setDefaultItemLabelsVisible(labels);
    CategoryPlot plot = new CategoryPlot(dataset, time, values, lines);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return new JFreeChart(data.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, data.series().size() > 1);
  }

  /** Distinct, readable colours and thick lines; after the theme, which resets them. */
  static void colour(JFreeChart chart, int series, float size) {
    LineAndShapeRenderer lines = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
    for (int i = 0; i < series; i++) {
      lines.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
      lines.setSeriesStroke(i, new BasicStroke(size / 6f));
      lines.setSeriesShape(i, new java.awt.geom.Ellipse2D.Float(-size / 3f, -size / 3f, size / 1.5f, size / 1.5f));
    }
  }
}
