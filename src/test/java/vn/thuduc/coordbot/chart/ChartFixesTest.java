package vn.thuduc.coordbot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.lang.Lang;

/** The chart as officials asked for it: sorted bars, numbers in the chart's language, source and date on it. */
class ChartFixesTest {
  private static final ChartData DATA = new ChartData("Enterprises and workers by zone", "Workers",
      List.of("Cat Lai", "SHTP", "Linh Trung"),
      List.of(new ChartData.Series("Workers", List.of(8127L, 53000L, 38807L)),
          new ChartData.Series("Enterprises", List.of(97L, 162L, 31L))), Lang.EN,
      "Source: Thanhuytphcm.vn · Figures as of March 8, 2024");

  @Test
  void sortsTheBarsByTheFirstFigureLargestFirstKeepingTheOthersAligned() {
    ChartData s = ChartRenderer.sorted(DATA);
    assertThat(s.categories()).containsExactly("SHTP", "Linh Trung", "Cat Lai");
    assertThat(s.series().get(1).values()).containsExactly(162L, 31L, 97L);
  }

  @Test
  void writesEnglishNumbersInEnglishEvenFromAVietnameseRenderer() {
    JFreeChart chart = new ChartRenderer(1000, 600, Locale.forLanguageTag("vi")).chart(DATA);
    CategoryPlot workers = (CategoryPlot) ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().get(0);
    var axis = (org.jfree.chart.axis.NumberAxis) workers.getRangeAxis();
    assertThat(axis.getNumberFormatOverride().format(38807)).isEqualTo("38,807");
  }

  @Test
  void printsTheSourceAndDateUnderTheChartAndLeavesAGapBetweenThePanels() {
    JFreeChart chart = new ChartRenderer().chart(DATA);
    assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof TextTitle tt && tt.getText().contains("Thanhuytphcm.vn")
        && tt.getText().contains("March 8, 2024"));
    assertThat(((CombinedDomainCategoryPlot) chart.getPlot()).getGap()).isGreaterThanOrEqualTo(40);
  }
}
