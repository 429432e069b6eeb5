package vn.thuduc.coordbot.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.data.DataException;

class TextExtractorTest {
  @Test
  void aNewsPageGivesTheArticleBodyWithoutMenusCommentsOrOtherNews() throws DataException {
    RecordText t = TextExtractor.extract("page.html", Fixtures.newsPage());
    assertThat(t.title()).isEqualTo("Đối thoại với công nhân Khu chế xuất Linh Trung 2");
    assertThat(t.dateLine()).contains("05/07/2025");
    assertThat(t.site()).isEqualTo("baothu.vn");
    assertThat(t.author()).isEqualTo("Thu Hà");
    assertThat(t.full()).contains("Sáng 5/7", "12 buổi đối thoại", "26.100 lao động")
        .doesNotContain("Trang chủ", "Quảng cáo", "Bình luận", "Giá vàng", "Thông báo", "tracking", "Ý kiến");
    assertThat(t.blocks()).filteredOn(b -> b.text().startsWith("Năm 2025")).first()
        .extracting(Block::heading).isEqualTo("Kết quả");
  }

  @Test
  void minutesInWordKeepTheirParagraphsAndTitle() throws DataException {
    RecordText t = TextExtractor.extract("minutes.docx", Fixtures.minutesDocx());
    assertThat(t.title()).isEqualTo("Biên bản họp giao ban quý III năm 2025");
    assertThat(t.blocks()).extracting(Block::text).contains("- Ông Phạm Văn Thí, Trưởng ban");
  }

  @Test
  void aPdfKeepsThePageOfEveryParagraph() throws DataException {
    assumeTrue(Files.isRegularFile(Fixtures.FONT), "needs the DejaVu font to make the test PDF");
    byte[] pdf = Fixtures.reportPdf(List.of(List.of("Báo cáo công tác năm 2024", "Trang một nói về việc làm."),
        List.of("Trang hai nói về tranh chấp lao động.")));
    RecordText t = TextExtractor.extract("report.pdf", pdf);
    assertThat(t.pages()).isEqualTo(2);
    assertThat(t.blocks()).filteredOn(b -> b.text().contains("tranh chấp lao động")).first()
        .extracting(Block::page).isEqualTo(2);
  }

  @Test
  void aScannedPdfIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> TextExtractor.extract("scan.pdf", Fixtures.scannedPdf()))
        .isInstanceOf(DataException.class).hasMessageContaining("scan.pdf").hasMessageContaining("no text layer");
  }

  @Test
  void legacyFontMojibakeIsRefusedWithAWayOut() {
    assertThatThrownBy(() -> TextExtractor.extract("bien-ban.txt", Fixtures.tcvn3Text()))
        .isInstanceOf(DataException.class).hasMessageContaining("bien-ban.txt").hasMessageContaining("TCVN3")
        .hasMessageContaining("Unicode");
  }

  @Test
  void anUnsupportedTypeIsRefusedSayingWhatIsAccepted() {
    assertThatThrownBy(() -> TextExtractor.extract("bien-ban.doc", new byte[] {1, 2, 3}))
        .isInstanceOf(DataException.class).hasMessageContaining("bien-ban.doc")
        .hasMessageContaining("HTML, DOCX, PDF, TXT or MD");
  }

  @Test
  void aFileOverTheLimitIsRefusedStatingTheLimit() {
    byte[] big = new byte[TextExtractor.MAX_BYTES + 1];
    assertThatThrownBy(() -> TextExtractor.extract("big.txt", big))
        .isInstanceOf(DataException.class).hasMessageContaining("big.txt").hasMessageContaining("at most "
            + TextExtractor.MAX_BYTES);
  }

  @Test
  void textThatIsNotUtf8IsRefused() {
    byte[] latin1 = "Hội nghị".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> TextExtractor.extract("x.txt", latin1)).isInstanceOf(DataException.class)
        .hasMessageContaining("x.txt");
  }
}
