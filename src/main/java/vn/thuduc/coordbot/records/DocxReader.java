package vn.thuduc.coordbot.records;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.thuduc.coordbot.data.DataException;

/** Minutes or a report in Word (DOCX) through Apache POI: paragraphs and table cells in order, headings by style. */
final class DocxReader {
  private DocxReader() {}

  static RecordText read(String fileName, byte[] bytes) throws DataException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<Block> blocks = new ArrayList<>();
      String[] heading = {""};
      String title = "";
      for (IBodyElement el : doc.getBodyElements()) {
        if (el instanceof XWPFParagraph p) {
          String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
          String t = p.getText();
          if (style.equals("title") && title.isEmpty()) {
            title = t;
          } else if (style.startsWith("heading")) {
            heading[0] = t;
            blocks.add(new Block(t, t, 0));
          } else {
            blocks.add(new Block(t, heading[0], 0));
          }
        } else if (el instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
              cells.add(cell.getText());
            }
            blocks.add(new Block(String.join(" | ", cells), heading[0], 0));
          }
        }
      }
      String author = "";
      if (title.isEmpty() && doc.getProperties().getCoreProperties().getTitle() != null) {
        title = doc.getProperties().getCoreProperties().getTitle();
      }
      return new RecordText(blocks, title, "", author, "", 0);
    } catch (IOException | RuntimeException e) {
      throw new DataException(fileName, 0, "not a readable Word (DOCX) file: " + e.getMessage());
    }
  }
}
