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
  void drawsAPngOfTheConfiguredSize() throws Exception {
    byte[] png = new ChartRenderer().png(STATS);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(600);
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
