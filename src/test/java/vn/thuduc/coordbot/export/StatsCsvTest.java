package vn.thuduc.coordbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.data.DatasetLoader;

/** The CSV over two dates (the fixtures of {@code TimeSeriesEvaluatorTest}): each date's shares of its own total only. */
class StatsCsvTest {
  private static List<String> lines(String dir) throws Exception {
    byte[] b = new StatsCsv().render(new DatasetLoader().load(Path.of("src/test/resources", dir)).dataset(), Lang.EN);
    return List.of(new String(b, 3, b.length - 3, StandardCharsets.UTF_8).split("\r?\n"));
  }

  @Test
  void aCompleteSecondDateHasItsOwnSharesAndTotal() throws Exception {
    List<String> l = lines("timeseries-full");
    assertThat(l).contains("beta,Beta Industrial Park,2025-01-01,22,3300,29.73,53.23,,,example.test")
        .contains("total,Total,2025-01-01,74,6200,100.00,100.00,,,")
        .contains("total,Total,2024-01-01,70,6000,100.00,100.00,10.00,50.00,example.test");
  }

  @Test
  void aDateOnlySomeZonesHaveGetsNoSharesAndATotalThatSaysSo() throws Exception {
    List<String> l = lines("timeseries-partial");
    assertThat(l).contains("alpha,Alpha Industrial Park,2025-01-01,12,1100,,,,,example.test")
        .contains("total,Total (only 1 of 3 zones have figures at this date),2025-01-01,12,1100,,,,,")
        .noneMatch(x -> x.contains("2025-01-01") && x.contains("100.00"));
  }
}
