package vn.thuduc.coordbot.records;

import java.util.List;
import java.util.Locale;
import vn.thuduc.coordbot.data.DataException;

/**
 * Takes the text out of a record's file with the reader for its type, then tidies it (NFC, the page's
 * tail of comments and other news cut off, the date line, title and author set apart) and refuses what
 * cannot be read faithfully: unsupported types, files over the limits, PDFs without a text layer,
 * legacy-font mojibake. Every refusal names the file.
 */
public final class TextExtractor {
  /** Largest file accepted, in bytes (Telegram's bots can download up to 20 MB). */
  public static final int MAX_BYTES = 20 * 1024 * 1024;
  /** Most PDF pages accepted. */
  public static final int MAX_PAGES = 500;
  /** The file types accepted, by extension. */
  public static final List<String> TYPES = List.of("html", "htm", "docx", "pdf", "txt", "md");

  private TextExtractor() {}

  /** True when {@code fileName} has a type this reads (so an upload is a record, not a data file). */
  public static boolean accepts(String fileName) {
    return TYPES.contains(extension(fileName));
  }

  /** The text of {@code bytes}, a file named {@code fileName}. */
  public static RecordText extract(String fileName, byte[] bytes) throws DataException {
    String ext = extension(fileName);
    if (!TYPES.contains(ext)) {
      throw new DataException(fileName, 0, "unsupported type" + (ext.isEmpty() ? "" : " '." + ext + "'")
          + ": a record is HTML, DOCX, PDF, TXT or MD (a .doc or a scan must be saved as one of these first)");
    }
    if (bytes.length > MAX_BYTES) {
      throw new DataException(fileName, 0, "too large (" + bytes.length + " bytes; at most " + MAX_BYTES
          + " bytes and " + MAX_PAGES + " pages)");
    }
    RecordText raw = switch (ext) {
      case "html", "htm" -> HtmlReader.read(fileName, bytes);
      case "docx" -> DocxReader.read(fileName, bytes);
      case "pdf" -> PdfReader.read(fileName, bytes, MAX_PAGES);
      default -> PlainReader.read(fileName, bytes, ext.equals("md"));
    };
    RecordText text = Tidy.tidy(raw);
    if (text.blocks().isEmpty()) {
      throw new DataException(fileName, 0, "no text found in the file");
    }
    Mojibake.check(fileName, text.full());
    return text;
  }

  static String extension(String fileName) {
    String n = fileName == null ? "" : fileName;
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(slash + 1);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
