package vn.thuduc.coordbot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.answer.ChartData;

class ChartRendererTest {
  private static final ChartData STATS = new ChartData("Doanh nghiệp và lao động theo khu (đến 2023)", "số lượng",
      List.of("KCX Linh Trung", "KCX Linh Trung II", "KCN Bình Chiểu", "KCN Cát Lái", "Khu Công nghệ cao"),
      List.of(new ChartData.Series("Doanh nghiệp", List.of(35L, 41L, 16L, 74L, 162L)),
          new ChartData.Series("Người lao động", List.of(38807L, 25312L, 1448L, 6327L, 54800L))));

  @Test
  void drawsForAPhoneTwiceA360PixelScreenAsTallAsTheZonesNeed() throws Exception {
    byte[] png = new ChartRenderer().png(STATS);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(720);
    assertThat(image.getHeight()).isBetween(720, 1400);
    ChartData three = new ChartData("t", "n", List.of("A", "B", "C"), List.of(new ChartData.Series("x", List.of(1L, 2L,
        3L))));
    assertThat(new ChartRenderer().heightOf(three)).as("fewer zones, a shorter image").isLessThan(image.getHeight());
  }

  @Test
  void everyLetterIsAtLeast12PixelsWhenTheImageIsShown360PixelsWide() {
    ChartRenderer r = new ChartRenderer();
    double shown = 360.0 / r.width();
    ChartData noted = STATS.withLangAndNote(vn.thuduc.coordbot.lang.Lang.VI, "Nguồn: example.test · 08/03/2024");
    ChartData time = new ChartData("Lao động theo thời gian", "Lao động", List.of("08/03/2024", "01/01/2025"),
        List.of(new ChartData.Series("KCN A", List.of(1000L, 1100L)), new ChartData.Series("KCN B", List.of(-1L, 900L))),
        vn.thuduc.coordbot.lang.Lang.VI, "Nguồn: example.test", true);
    for (ChartData d : List.of(noted, time)) {
      org.jfree.chart.JFreeChart chart = r.chart(d);
      List<java.awt.Font> fonts = new java.util.ArrayList<>();
      fonts.add(chart.getTitle().getFont());
      for (int i = 0; i < chart.getSubtitleCount(); i++) {
        if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
          fonts.add(t.getFont());
        } else if (chart.getSubtitle(i) instanceof org.jfree.chart.title.LegendTitle l) {
          fonts.add(l.getItemFont());
        }
      }
      List<org.jfree.chart.plot.CategoryPlot> plots = new java.util.ArrayList<>();
      if (chart.getPlot() instanceof org.jfree.chart.plot.CombinedDomainCategoryPlot c) {
        for (Object p : c.getSubplots()) {
          plots.add((org.jfree.chart.plot.CategoryPlot) p);
        }
      } else {
        plots.add(chart.getCategoryPlot());
      }
      fonts.add((plots.size() > 1 ? ((org.jfree.chart.plot.CombinedDomainCategoryPlot) chart.getPlot())
          .getDomainAxis() : plots.get(0).getDomainAxis()).getTickLabelFont());
      for (org.jfree.chart.plot.CategoryPlot p : plots) {
        fonts.add(p.getRangeAxis().getTickLabelFont());
        fonts.add(p.getRangeAxis().getLabelFont());
        fonts.add(p.getRenderer().getDefaultItemLabelFont());
      }
      assertThat(fonts).allSatisfy(f -> assertThat(f.getSize2D() * shown).as(f.toString()).isGreaterThanOrEqualTo(12));
    }
  }

  @Test
  void drawsFiguresOverTimeWithAGapWhereAZoneHasNoFigure() throws Exception {
    ChartData time = new ChartData("Lao động theo thời gian", "Lao động", List.of("08/03/2024", "01/01/2025"),
        List.of(new ChartData.Series("KCN A", List.of(1000L, 1100L)), new ChartData.Series("KCN B", List.of(-1L, 900L))),
        vn.thuduc.coordbot.lang.Lang.VI, "Nguồn: example.test", true);
    org.jfree.chart.JFreeChart chart = new ChartRenderer().chart(time);
    var ds = chart.getCategoryPlot().getDataset();
    assertThat(ds.getValue("KCN A", "01/01/2025")).isEqualTo(1100L);
    assertThat(ds.getValue("KCN B", "08/03/2024")).as("no figure, no point").isNull();
    List<String> columns = new java.util.ArrayList<>();
    for (int i = 0; i < ds.getColumnCount(); i++) {
      columns.add(ds.getColumnKey(i).toString());
    }
    assertThat(columns).as("dates in their order, not sorted by value").containsExactly("08/03/2024",
        "01/01/2025");
    assertThat(ImageIO.read(new ByteArrayInputStream(new ChartRenderer().png(time))).getWidth()).isEqualTo(720);
  }

  @Test
  void usesAFontWithVietnameseLetters() {
    ChartRenderer renderer = new ChartRenderer();
    java.awt.Font font = new java.awt.Font(renderer.fontFamily(), java.awt.Font.PLAIN, 12);
    assertThat(font.canDisplayUpTo("Đảng ủy Thủ Đức, người lao động, Bình Chiểu")).isEqualTo(-1);
  }

  @Test
  void drawsASingleSeriesWithItsAxisLabel() throws Exception {
    ChartData one = new ChartData("Lao động", "người", List.of("A", "B"),
        List.of(new ChartData.Series("Lao động", List.of(1L, 2L))));
    assertThat(ImageIO.read(new ByteArrayInputStream(new ChartRenderer(400, 300, java.util.Locale.ENGLISH)
        .png(one))).getWidth()).isEqualTo(400);
  }
}
