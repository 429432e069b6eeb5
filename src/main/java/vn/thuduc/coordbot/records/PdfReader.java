package vn.thuduc.coordbot.records;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.thuduc.coordbot.data.DataException;

/**
 * A text PDF through PDFBox, page by page so every paragraph keeps its page number. A PDF with no text
 * layer (a scan) is refused: its words cannot be searched or quoted without OCR.
 */
final class PdfReader {
  private PdfReader() {}

  static RecordText read(String fileName, byte[] bytes, int maxPages) throws DataException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int pages = doc.getNumberOfPages();
      if (pages > maxPages) {
        throw new DataException(fileName, 0, "too many pages (" + pages + "; at most " + maxPages + ")");
      }
      PDFTextStripper strip = new PDFTextStripper();
      strip.setSortByPosition(true);
      strip.setLineSeparator("\n");
      strip.setParagraphStart("");
      strip.setParagraphEnd("\n\n");
      List<Block> blocks = new ArrayList<>();
      int letters = 0;
      for (int page = 1; page <= pages; page++) {
        strip.setStartPage(page);
        strip.setEndPage(page);
        String text = strip.getText(doc);
        for (String para : text.split("\\n\\s*\\n")) {
          String joined = para.replaceAll("-\\n(?=\\p{Ll})", "").replace('\n', ' ').strip();
          if (!joined.isEmpty()) {
            letters += (int) joined.chars().filter(Character::isLetter).count();
            blocks.add(new Block(joined, "", page));
          }
        }
      }
      if (letters < 20) {
        throw new DataException(fileName, 0, "the PDF has no text layer (a scanned page?): run OCR on it, or send"
            + " the text as DOCX or TXT");
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      return new RecordText(blocks, nz(info.getTitle()), "", nz(info.getAuthor()), "", pages);
    } catch (IOException e) {
      throw new DataException(fileName, 0, "not a readable PDF: " + e.getMessage());
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
