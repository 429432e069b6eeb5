package vn.thuduc.coordbot.records;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Test data: small meeting records made by the tests themselves (a news page with its menus and
 * comments, minutes in Word, a report in PDF, a scan, legacy-font text). Nothing here is real.
 */
public final class Fixtures {
  /** A Vietnamese-capable TrueType font for test PDFs (Debian's fonts-dejavu-core; chromium pulls it in). */
  public static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private Fixtures() {}

  /** A saved news page: the article between a menu, a side bar, comments and "Tin khác". */
  public static byte[] newsPage() {
    return ("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Đối thoại với công nhân | Báo Thử</title>
        <meta property="og:site_name" content="baothu.vn"></head><body>
        <header><nav class="menu"><a href="/">Trang chủ</a> <a href="/x">Thời sự</a> <a>Lao động</a></nav></header>
        <div class="sidebar"><p>Quảng cáo: vay tiền nhanh lãi suất thấp cho mọi người lao động.</p></div>
        <div class="article">
          <h1>Đối thoại với công nhân Khu chế xuất Linh Trung 2</h1>
          <div class="date">Thứ Bảy, 05/07/2025 09:15</div>
          <p>Sáng 5/7, Ban Quản lý tổ chức buổi đối thoại với công nhân Khu chế xuất Linh Trung 2 về an toàn lao động và nhà ở.</p>
          <p>Tham dự có các đồng chí: Trần Văn Thử, Phó Trưởng Ban Quản lý; Lê Thị Mẫu, Chủ tịch Công đoàn.</p>
          <h2>Kết quả</h2>
          <p>Năm 2025 đã tổ chức 12 buổi đối thoại với công nhân tại các doanh nghiệp trong khu.</p>
          <p>Tính đến cuối quý II năm 2025, Khu chế xuất Linh Trung 2 có 32 doanh nghiệp với 26.100 lao động.</p>
          <p>Hội nghị thống nhất giao Công đoàn rà soát nhà trọ cho công nhân trước tháng 9/2025.</p>
          <p>Thu Hà</p>
          <h3>Ý kiến bạn đọc</h3>
          <div class="comment"><p>Bình luận của bạn đọc: rất hay, cảm ơn báo.</p></div>
          <h3>Tin khác</h3>
          <p>Giá vàng hôm nay tăng mạnh.</p>
        </div>
        <footer><p>Thông báo: Báo Thử giữ bản quyền.</p></footer>
        <script>var tracking = "đừng lấy";</script>
        </body></html>
        """).getBytes(StandardCharsets.UTF_8);
  }

  /** Minutes in Word: a heading, the attendance list one line each, decisions. */
  public static byte[] minutesDocx() {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setStyle("Title");
      title.createRun().setText("Biên bản họp giao ban quý III năm 2025");
      for (String line : List.of(
          "Hôm nay, ngày 22 tháng 11 năm 2025, tại Thành ủy Thủ Đức, cuộc họp giao ban được tổ chức.",
          "Thành phần tham dự:",
          "- Ông Phạm Văn Thí, Trưởng ban",
          "- Bà Đỗ Thị Nghiệm, Phó Trưởng ban",
          "Cuộc họp bàn về phòng cháy chữa cháy trong các nhà xưởng của Khu công nghiệp Cát Lái.",
          "Cuộc họp thống nhất kiểm tra phòng cháy chữa cháy tại 20 doanh nghiệp trước cuối năm 2025.")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A report in PDF, one paragraph list per page. */
  public static byte[] reportPdf(List<List<String>> pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = PDType0Font.load(doc, Files.newInputStream(FONT));
      for (List<String> paragraphs : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
          // one text object per page; a wide leading leaves a blank line between paragraphs
          text.beginText();
          text.setFont(font, 9);
          text.setLeading(36);
          text.newLineAtOffset(40, 740);
          for (String p : paragraphs) {
            text.showText(p);
            text.newLine();
          }
          text.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A scanned page: an image and no text layer. */
  public static byte[] scannedPdf() {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      PDImageXObject x = LosslessFactory.createFromImage(doc, img);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 50, 500);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Minutes typed in a TCVN3 (ABC) font, saved as if it were Unicode. */
  public static byte[] tcvn3Text() {
    return ("Biªn b¶n häp\n\nH«m nay, ngµy 5 th¸ng 7 n¨m 2025, t¹i Thµnh ñy Thñ §øc, cuéc häp vÒ an toµn lao ®éng "
        + "cho c«ng nh©n ®­îc tæ chøc.\n").getBytes(StandardCharsets.UTF_8);
  }
}
