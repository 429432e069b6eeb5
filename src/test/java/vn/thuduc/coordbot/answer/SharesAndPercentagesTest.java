package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Percentages, shares and ratios asked the way officials ask them (issue 19): each answer states the figure asked,
 * with the figures it comes from, and never the five zones' share of Thủ Đức or a share of both sides together,
 * which these questions got before. Every expected number is computed from the source article by hand.
 */
class SharesAndPercentagesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # (53.000 − 8.127) / 8.127 = 552,15%; 53.000 / 8.127 = 6,52
      Khu Công nghệ cao hơn Cát Lái bao nhiêu phần trăm lao động? | nhiều hơn của KCN Cát Lái 552,15% (53.000 so với 8.127; gấp 6,52 lần) | 48,25%
      # 1.448 / 8.127 = 17,82%
      Bình Chiểu bằng bao nhiêu phần trăm của Cát Lái về lao động? | KCN Bình Chiểu bằng 17,82% số lao động của KCN Cát Lái (1.448 so với 8.127) | 7,56%
      # (38.807 − 25.312) / 38.807 = 34,77%
      Số lao động Linh Trung 2 ít hơn Linh Trung bao nhiêu phần trăm? | ít hơn của KCX Linh Trung 34,77% (25.312 so với 38.807) | 50,61%
      # 105 / 61 = 1,72
      Tỷ lệ doanh nghiệp giữa khu chế xuất và khu công nghiệp? | gấp 1,72 lần các khu chế xuất (KCX Linh Trung, KCX Linh Trung 2) (105 so với 61) | 166 / 328
      # 89 / 8 = 1.112,5%
      How many more companies does Cat Lai have than Binh Chieu, in percent? | Cat Lai IP has 1,112.5% more enterprises than Binh Chieu IP (97 vs 8 | 32.01%
      # 162 / 328 = 49,39%
      khu nào có tỷ lệ doanh nghiệp cao nhất | Khu Công nghệ cao chiếm 49,39% số doanh nghiệp của 5 khu (162 / 328) | 0,64%
      # 53.000 / 126.694 = 41,83%; 1.448 / 126.694 = 1,14%
      Ranking of zones by share of workers | 1. Saigon Hi-Tech Park: 41.83% (53,000) | 51.21%
      Ranking of zones by share of workers | 5. Binh Chieu IP: 1.14% (1,448) | 51.21%
      # 8 / 328 = 2,44%
      Which zone accounts for the smallest share of enterprises? | Binh Chieu IP has 2.44% of the enterprises of the 5 zones (8 / 328) | 0.64%
      Khu đứng thứ hai về lao động chiếm bao nhiêu %? | KCX Linh Trung chiếm 30,63% số lao động của 5 khu (38.807 / 126.694) | 51,21%
      # 53.000 + 38.807 + 25.312 = 117.119; / 126.694 = 92,44%
      Ba khu lớn nhất chiếm bao nhiêu % lao động? | chiếm 92,44% số lao động của 5 khu (117.119 / 126.694) | 51,21%
      # 53.000 / 1.448 = 36,6
      Tỷ lệ lao động giữa khu lớn nhất và nhỏ nhất? | Khu Công nghệ cao gấp 36,6 lần KCN Bình Chiểu (53.000 so với 1.448) | 51,21%
      # 100 − 51,21 = 48,79; 100 − 0,64 = 99,36
      Bao nhiêu % lao động Thủ Đức làm việc ngoài 5 khu? | 48,79% số lao động | Số lao động trong 5 khu chiếm
      Bao nhiêu phần trăm doanh nghiệp Thủ Đức nằm ngoài các khu? | 99,36% số doanh nghiệp | năm 2025
      # 328 / 0,64% = 51.250, less 328 = 50.922: an estimate
      Có bao nhiêu doanh nghiệp ở Thủ Đức ngoài 5 khu? | Nguồn không nêu số doanh nghiệp ngoài 5 khu. Ước tính khoảng 50.922 | tổng cộng 328
      # 126.694 / 51,21% = 247.401, less 126.694 = 120.707: an estimate
      Số lao động ngoài 5 khu trên địa bàn Thủ Đức? | Ước tính khoảng 120.707 | tổng cộng 126.694
      """)
  void answersThePercentageAskedWithTheFiguresItComesFrom(String question, String contains, String notContains) {
    Answer a = Fixtures.ask(question);
    assertThat(a.text()).contains(contains).doesNotContain(notContains);
    assertThat(a.answered()).isTrue();
  }
}
