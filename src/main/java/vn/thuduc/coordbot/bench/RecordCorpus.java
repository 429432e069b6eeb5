package vn.thuduc.coordbot.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A synthetic decade of meeting records for {@code bench --records}: minutes in DOCX, reports in PDF
 * (when a Vietnamese-capable font is on the machine, else as text), articles in HTML and notes in TXT,
 * each with a dated opening, attendees and paragraphs on the topics such meetings discuss. Made up, and
 * said to be: the benchmark never serves it.
 */
final class RecordCorpus {
  /** A Vietnamese-capable TrueType font, if the machine has one (Debian's fonts-dejavu-core). */
  static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  static final List<String> TOPICS = List.of("an toàn lao động", "phòng cháy chữa cháy", "nhà trọ công nhân",
      "tiền lương và thưởng Tết", "tư vấn pháp luật miễn phí", "đối thoại với công nhân", "bảo hiểm xã hội",
      "tranh chấp lao động", "việc làm cho người lao động", "bữa ăn ca", "nhà trẻ cho con công nhân",
      "an ninh trật tự", "phát triển đảng viên", "tuyên truyền pháp luật");
  private static final List<String> ZONES = List.of("Khu chế xuất Linh Trung", "Khu chế xuất Linh Trung 2",
      "Khu công nghiệp Cát Lái", "Khu công nghiệp Bình Chiểu", "Khu Công nghệ cao");
  private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
      "Hoàng Văn Em", "Võ Thị Giang", "Đặng Văn Hùng", "Bùi Thị Lan");
  private static final List<String> VERBS = List.of("Hội nghị thống nhất", "Các đại biểu đề nghị", "Cuộc họp giao",
      "Ban chỉ đạo yêu cầu", "Đồng chí chủ trì kết luận cần");

  /** One generated file: its name, bytes, and pages (PDF pages; else one per 3,000 characters). */
  record File(String name, byte[] bytes, int pages, LocalDate date, String topic) {}

  private final Random random;
  private final PDType0FontLoader fonts = new PDType0FontLoader();

  RecordCorpus(long seed) {
    this.random = new Random(seed);
  }

  List<File> generate(int n) {
    List<File> out = new ArrayList<>(n);
    LocalDate start = LocalDate.of(2016, 1, 4);
    for (int i = 0; i < n; i++) {
      LocalDate date = start.plusDays((long) i * 3650 / Math.max(1, n) + random.nextInt(2));
      String topic = TOPICS.get(random.nextInt(TOPICS.size()));
      String zone = ZONES.get(random.nextInt(ZONES.size()));
      List<String> paragraphs = paragraphs(date, topic, zone);
      String title = switch (i % 10) {
        case 0, 1, 2 -> "Biên bản họp về " + topic + " số " + (i + 1);
        case 3, 4 -> "Báo cáo về " + topic + " tại " + zone + " số " + (i + 1);
        default -> "Tin: " + zone + " bàn về " + topic + " (" + (i + 1) + ")";
      };
      out.add(switch (i % 10) {
        case 0, 1, 2 -> new File("r" + i + ".docx", docx(title, paragraphs), pagesOf(paragraphs), date, topic);
        case 3, 4 -> pdfOrText(i, title, paragraphs, date, topic);
        case 5 -> new File("r" + i + ".txt", text(title, paragraphs), pagesOf(paragraphs), date, topic);
        default -> new File("r" + i + ".html", html(title, paragraphs), pagesOf(paragraphs), date, topic);
      });
    }
    return out;
  }

  private List<String> paragraphs(LocalDate date, String topic, String zone) {
    List<String> p = new ArrayList<>();
    p.add("Sáng ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear()
        + ", tại TP. Thủ Đức, cuộc họp về " + topic + " của " + zone + " được tổ chức.");
    p.add("Tham dự có các đồng chí: " + NAMES.get(random.nextInt(NAMES.size())) + ", Trưởng ban; "
        + NAMES.get(random.nextInt(NAMES.size())) + ", Phó Chủ tịch Công đoàn.");
    int more = 6 + random.nextInt(8);
    for (int k = 0; k < more; k++) {
      String other = TOPICS.get(random.nextInt(TOPICS.size()));
      p.add(VERBS.get(random.nextInt(VERBS.size())) + " tăng cường " + (k % 2 == 0 ? topic : other) + " tại "
          + (1 + random.nextInt(40)) + " doanh nghiệp trong quý " + (1 + random.nextInt(4)) + ". Các đơn vị báo cáo"
          + " kết quả trước ngày " + (1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12)) + ", chiếm "
          + random.nextInt(100) + "," + random.nextInt(10) + "% số lao động được phổ biến.");
    }
    return p;
  }

  private static int pagesOf(List<String> paragraphs) {
    int chars = paragraphs.stream().mapToInt(String::length).sum();
    return Math.max(1, (chars + 2999) / 3000);
  }

  private File pdfOrText(int i, String title, List<String> paragraphs, LocalDate date, String topic) {
    if (!Files.isRegularFile(FONT)) {
      return new File("r" + i + ".txt", text(title, paragraphs), pagesOf(paragraphs), date, topic);
    }
    int pages = 2 + random.nextInt(3);
    return new File("r" + i + ".pdf", pdf(title, paragraphs, pages), pages, date, topic);
  }

  private static byte[] text(String title, List<String> paragraphs) {
    return (title + "\n\n" + String.join("\n\n", paragraphs) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] html(String title, List<String> paragraphs) {
    StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
        + "<nav class=\"menu\"><a>Trang chủ</a><a>Thời sự</a></nav><article><h1>" + title + "</h1>");
    paragraphs.forEach(p -> sb.append("<p>").append(p).append("</p>"));
    sb.append("</article><div class=\"comment\"><h3>Ý kiến bạn đọc</h3></div></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] docx(String title, List<String> paragraphs) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var t = doc.createParagraph();
      t.setStyle("Title");
      t.createRun().setText(title);
      paragraphs.forEach(p -> doc.createParagraph().createRun().setText(p));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paragraphs spread over {@code pages} pages, each paragraph cut in lines of about 90 characters. */
  private byte[] pdf(String title, List<String> paragraphs, int pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = fonts.load(doc);
      List<String> all = new ArrayList<>();
      all.add(title);
      all.addAll(paragraphs);
      int per = (all.size() + pages - 1) / pages;
      for (int pg = 0; pg < pages; pg++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = 750;
          for (String para : all.subList(Math.min(all.size(), pg * per), Math.min(all.size(), (pg + 1) * per))) {
            for (String line : lines(para, 90)) {
              cs.beginText();
              cs.setFont(font, 9);
              cs.newLineAtOffset(40, y);
              cs.showText(line);
              cs.endText();
              y -= 12;
            }
            y -= 14;
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String s, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : s.split(" ")) {
      if (line.length() + w.length() + 1 > width && !line.isEmpty()) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(w);
    }
    out.add(line.toString());
    return out;
  }

  /** Loads the font's bytes once; PDFBox embeds a subset in each document. */
  private static final class PDType0FontLoader {
    private byte[] bytes;

    PDType0Font load(PDDocument doc) throws IOException {
      if (bytes == null) {
        bytes = Files.readAllBytes(FONT);
      }
      return PDType0Font.load(doc, new java.io.ByteArrayInputStream(bytes));
    }
  }
}
