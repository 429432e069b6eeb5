package vn.thuduc.coordbot.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.thuduc.coordbot.answer.ChartData;

/**
 * Draws {@link ChartData} as a PNG with JFreeChart, headless, in a font that has the Vietnamese letters:
 * bars by zone (each series its own panel and value axis: enterprise counts, in hundreds, would vanish
 * beside worker counts, in tens of thousands, on one axis) or, for figures over time, lines by date.
 * Drawn for a phone: {@value #WIDTH} pixels wide, twice a 360 px screen, with every letter at least 24 px,
 * so that shown at 360 px no label is under 12 px; the height grows with the zones.
 */
public final class ChartRenderer {
  /** The width of the default renderer's images: a 360 px phone screen at a device pixel ratio of 2. */
  public static final int WIDTH = 720;
  /** The narrowest width a chart is shown at, for which the letters are sized. */
  static final int SHOWN_AT = 360;
  /** The smallest letter, in pixels of the screen at {@link #SHOWN_AT}. */
  static final float MIN_SHOWN_PX = 12f;
  /** The family tried first; DejaVu Sans covers every Vietnamese letter. */
  static final String PREFERRED_FAMILY = "DejaVu Sans";
  private static final Path FALLBACK_FONT_FILE = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  private static final int RECENT_CHARTS = 32;
  private static final double GAP = 48;
  // light enough that the black value written inside a bar reads as well as one written beside it
  private static final Color[] SERIES_COLOURS = {new Color(0x9ECAE1), new Color(0xFDAE6B), new Color(0xA1D99B)};

  private final int width;
  private final int height;
  private final Locale locale;
  private final Font baseFont;
  private final Map<ChartData, byte[]> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ChartData, byte[]> eldest) {
      return size() > RECENT_CHARTS;
    }
  });

  /** A renderer drawing {@code width} x {@code height} pixels ({@code height} 0: as the chart needs), numbers grouped as in {@code locale}. */
  public ChartRenderer(int width, int height, Locale locale) {
    if (width < 200 || height != 0 && height < 150) {
      throw new IllegalArgumentException("chart size too small: " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.locale = locale;
    this.baseFont = pickFont();
  }

  /** A phone-first renderer ({@value #WIDTH} px wide, as tall as the chart needs) with Vietnamese number grouping (38.807). */
  public ChartRenderer() {
    this(WIDTH, 0, Locale.forLanguageTag("vi"));
  }

  /** The name of the font family charts are drawn in. */
  public String fontFamily() {
    return baseFont.getFamily(Locale.ROOT);
  }

  public int width() {
    return width;
  }

  /** The fixed height, or 0 when each chart is as tall as it needs. */
  public int height() {
    return height;
  }

  /** The height {@code data} is drawn at. */
  public int heightOf(ChartData data) {
    if (height > 0) {
      return height;
    }
    int lines = (int) Math.ceil(data.title().length() * font(1.15f) * 0.55 / (width - 40)) + 1;
    int header = (int) (lines * font(1.15f) * 1.4 + font(1f) * 2.5);
    int note = data.note().isBlank() ? 0 : (int) (font(1f) * 3.2);
    if (data.time()) {
      return header + note + (int) (font(1f) * 22);
    }
    int panels = Math.max(1, data.series().size());
    int bars = Math.max(1, data.categories().size());
    return header + note + panels * (int) (bars * font(1f) * 2.6 + font(1f) * 4);
  }

  /** A font size scaled so that it is at least {@link #MIN_SHOWN_PX} when the image is shown {@link #SHOWN_AT} px wide. */
  private float font(float times) {
    return MIN_SHOWN_PX * width / SHOWN_AT * times;
  }

  /**
   * The chart as PNG bytes. Encoding takes tens of milliseconds (the profiler puts nearly all of the
   * Telegram adapter's CPU there) while the bot draws only a handful of distinct charts per dataset
   * version, so recent ones are kept; the key is the whole {@link ChartData}, numbers included, so a
   * reload can never serve a stale chart.
   */
  public byte[] png(ChartData data) {
    byte[] cached = recent.get(data);
    if (cached == null) {
      cached = draw(data);
      recent.put(data, cached);
    }
    return cached.clone();
  }

  private byte[] draw(ChartData data) {
    JFreeChart chart = chart(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, heightOf(data));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart as PNG", e);
    }
    return out.toByteArray();
  }

  JFreeChart chart(ChartData unsorted) {
    if (unsorted.time()) {
      JFreeChart time = TimeChart.draw(unsorted, baseFont, font(1f), locale);
      theme().apply(time);
      TimeChart.colour(time, unsorted.series().size(), font(1f));
      return finish(time, unsorted.note());
    }
    ChartData data = sorted(unsorted);
    CategoryAxis zones = new CategoryAxis();
    zones.setMaximumCategoryLabelLines(2);
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(zones);
    // side by side, the last tick label of one panel met the first of the next ("60.0000"): the
    // gap is wider than two halves of the widest tick label
    plot.setGap(GAP);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    Locale numberLocale = data.lang() == null ? locale : data.lang().locale();
    NumberFormat numbers = NumberFormat.getIntegerInstance(numberLocale);
    List<ChartData.Series> series = data.series();
    for (int s = 0; s < series.size(); s++) {
      ChartData.Series one = series.get(s);
      DefaultCategoryDataset dataset = new DefaultCategoryDataset();
      for (int c = 0; c < data.categories().size() && c < one.values().size(); c++) {
        Long v = one.values().get(c);
        dataset.addValue(v, one.name(), data.categories().get(c));
      }
      NumberAxis axis = new NumberAxis(series.size() == 1 && data.valueAxisLabel() != null
          ? data.valueAxisLabel() : one.name());
      axis.setNumberFormatOverride(numbers);
      axis.setUpperMargin(0.12);
      axis.setLabelFont(baseFont.deriveFont(Font.BOLD, font(1f)));
      axis.setTickLabelFont(baseFont.deriveFont(Font.PLAIN, font(1f)));
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(numberLocale));
      axis.setMinorTickCount(0);
      BarRenderer bars = new BarRenderer();
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
      bars.setSeriesPaint(0, SERIES_COLOURS[s % SERIES_COLOURS.length]);
      bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
      bars.setDefaultItemLabelsVisible(true);
      bars.setDefaultItemLabelFont(baseFont.deriveFont(Font.PLAIN, font(1f)));
      // on a phone the panels are narrow: the value goes inside the end of a long bar, beside a short one
      bars.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
      bars.setPositiveItemLabelPositionFallback(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
      CategoryPlot sub = new CategoryPlot(dataset, null, axis, bars);
      sub.setRangeGridlineStroke(new BasicStroke(0.5f));
      sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
      sub.setBackgroundPaint(Color.WHITE);
      plot.add(sub, 1);
    }
    zones.setTickLabelFont(baseFont.deriveFont(Font.PLAIN, font(1f)));
    zones.setMaximumCategoryLabelWidthRatio(0.4f);
    JFreeChart chart = new JFreeChart(data.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
    theme().apply(chart);
    // the theme resets the colours: set again after it
    for (int p = 0; p < plot.getSubplots().size(); p++) {
      BarRenderer r = (BarRenderer) ((CategoryPlot) plot.getSubplots().get(p)).getRenderer();
      r.setSeriesPaint(0, SERIES_COLOURS[p % SERIES_COLOURS.length]);
      r.setDefaultItemLabelPaint(Color.BLACK);
    }
    return finish(chart, data.note());
  }

  /** The note (source and date) under the chart, in letters as large as the labels. */
  private JFreeChart finish(JFreeChart chart, String text) {
    if (!text.isBlank()) {
      TextTitle note = new TextTitle(text, baseFont.deriveFont(Font.PLAIN, font(1f)));
      note.setPosition(RectangleEdge.BOTTOM);
      note.setHorizontalAlignment(HorizontalAlignment.LEFT);
      note.setPaint(Color.DARK_GRAY);
      note.setPadding(6, 8, 4, 8);
      chart.addSubtitle(note);
    }
    chart.setBackgroundPaint(Color.WHITE);
    // room on the right for the last tick label of the value axis ("60.000"), centred on its tick
    chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 8, 4, font(1.5f)));
    return chart;
  }

  /** The categories ordered by the first series, largest first; the other series follow along. */
  static ChartData sorted(ChartData data) {
    if (data.series().isEmpty() || data.categories().size() < 2) {
      return data;
    }
    List<Long> key = data.series().get(0).values();
    int n = data.categories().size();
    if (data.series().stream().anyMatch(s -> s.values().size() != n)) {
      return data; // ragged figures: drawn as given rather than guessed into shape
    }
    List<Integer> order = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(java.util.Comparator.comparing((Integer i) -> key.get(i))
        .reversed());
    List<String> cats = order.stream().map(data.categories()::get).toList();
    List<ChartData.Series> series = data.series().stream().map(s -> new ChartData.Series(s.name(),
        order.stream().map(s.values()::get).toList())).toList();
    return new ChartData(data.title(), data.valueAxisLabel(), cats, series, data.lang(), data.note(), false);
  }

  private StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("coordbot");
    theme.setExtraLargeFont(baseFont.deriveFont(Font.BOLD, font(1.15f)));
    theme.setLargeFont(baseFont.deriveFont(Font.BOLD, font(1f)));
    theme.setRegularFont(baseFont.deriveFont(Font.PLAIN, font(1f)));
    theme.setSmallFont(baseFont.deriveFont(Font.PLAIN, font(1f)));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    return theme;
  }

  /** DejaVu Sans by name, else from its file, else the logical sans-serif font. */
  static Font pickFont() {
    String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
    if (Arrays.asList(families).contains(PREFERRED_FAMILY)) {
      return new Font(PREFERRED_FAMILY, Font.PLAIN, 13);
    }
    if (Files.isReadable(FALLBACK_FONT_FILE)) {
      try {
        return Font.createFont(Font.TRUETYPE_FONT, FALLBACK_FONT_FILE.toFile()).deriveFont(Font.PLAIN, 13f);
      } catch (FontFormatException | IOException e) {
        // fall through to the logical font: a chart with boxes for some letters beats no chart
      }
    }
    return new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  }
}
