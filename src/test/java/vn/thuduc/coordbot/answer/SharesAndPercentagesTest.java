package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Percentages, shares and ratios asked the way officials ask them (issue 19): each answer states the figure asked,
 * with the figures it comes from, and never the five zones' share of Thủ Đức or a share of both sides together,
 * which these questions got before. Every expected number is computed from the source article by hand.
 */
class SharesAndPercentagesTest {
  static Stream<Arguments> answers() {
    return Stream.of(
        // (53.000 − 8.127) / 8.127 = 552,15%; 53.000 / 8.127 = 6,52
        Arguments.of("Khu Công nghệ cao hơn Cát Lái bao nhiêu phần trăm lao động?",
            "nhiều hơn của KCN Cát Lái 552,15% (53.000 so với 8.127; gấp 6,52 lần)", "48,25%"),
        // 1.448 / 8.127 = 17,82%
        Arguments.of("Bình Chiểu bằng bao nhiêu phần trăm của Cát Lái về lao động?",
            "KCN Bình Chiểu bằng 17,82% số lao động của KCN Cát Lái (1.448 so với 8.127)", "7,56%"),
        // (38.807 − 25.312) / 38.807 = 34,77%
        Arguments.of("Số lao động Linh Trung 2 ít hơn Linh Trung bao nhiêu phần trăm?",
            "ít hơn của KCX Linh Trung 34,77% (25.312 so với 38.807)", "50,61%"),
        // 105 / 61 = 1,72
        Arguments.of("Tỷ lệ doanh nghiệp giữa khu chế xuất và khu công nghiệp?", "gấp 1,72 lần", "50,61%"),
        Arguments.of("Tỷ lệ doanh nghiệp giữa khu chế xuất và khu công nghiệp?", "(105 so với 61)", "166 / 328"),
        // 89 / 8 = 1.112,5%
        Arguments.of("How many more companies does Cat Lai have than Binh Chieu, in percent?",
            "Cat Lai IP has 1,112.5% more enterprises than Binh Chieu IP (97 vs 8", "32.01%"),
        // 162 / 328 = 49,39%
        Arguments.of("khu nào có tỷ lệ doanh nghiệp cao nhất",
            "Khu Công nghệ cao chiếm 49,39% số doanh nghiệp của 5 khu (162 / 328)", "0,64%"),
        Arguments.of("Ranking of zones by share of workers", "1. Saigon Hi-Tech Park: 41.83% (53,000)\n"
            + "2. Linh Trung EPZ: 30.63% (38,807)\n3. Linh Trung 2 EPZ: 19.98% (25,312)\n4. Cat Lai IP: 6.41% (8,127)\n"
            + "5. Binh Chieu IP: 1.14% (1,448)", "51.21%"),
        // 8 / 328 = 2,44%
        Arguments.of("Which zone accounts for the smallest share of enterprises?",
            "Binh Chieu IP has 2.44% of the enterprises of the 5 zones (8 / 328)", "0.64%"),
        Arguments.of("Khu đứng thứ hai về lao động chiếm bao nhiêu %?",
            "KCX Linh Trung chiếm 30,63% số lao động của 5 khu (38.807 / 126.694)", "51,21%"),
        // 53.000 + 38.807 + 25.312 = 117.119; / 126.694 = 92,44%
        Arguments.of("Ba khu lớn nhất chiếm bao nhiêu % lao động?", "chiếm 92,44% số lao động của 5 khu (117.119 / 126.694)",
            "51,21%"),
        // 53.000 / 1.448 = 36,6
        Arguments.of("Tỷ lệ lao động giữa khu lớn nhất và nhỏ nhất?",
            "Khu Công nghệ cao gấp 36,6 lần KCN Bình Chiểu (53.000 so với 1.448)", "51,21%"),
        // 100 − 51,21 = 48,79; 100 − 0,64 = 99,36
        Arguments.of("Bao nhiêu % lao động Thủ Đức làm việc ngoài 5 khu?", "48,79% số lao động", "Số lao động trong 5 khu chiếm"),
        Arguments.of("Bao nhiêu phần trăm doanh nghiệp Thủ Đức nằm ngoài các khu?", "99,36% số doanh nghiệp", "năm 2025"),
        // 328 / 0,64% = 51.250; − 328 = 50.922, an estimate
        Arguments.of("Có bao nhiêu doanh nghiệp ở Thủ Đức ngoài 5 khu?",
            "Nguồn không nêu số doanh nghiệp ngoài 5 khu. Ước tính khoảng 50.922", "tổng cộng 328"),
        // 126.694 / 51,21% = 247.401; − 126.694 = 120.707, an estimate
        Arguments.of("Số lao động ngoài 5 khu trên địa bàn Thủ Đức?", "Ước tính khoảng 120.707", "tổng cộng 126.694"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("answers")
  void answersThePercentageAskedWithTheFiguresItComesFrom(String question, String contains, String notContains) {
    Answer a = Fixtures.ask(question);
    assertThat(a.text()).contains(contains).doesNotContain(notContains);
    assertThat(a.answered()).isTrue();
  }
}
