package vn.thuduc.coordbot.records;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.thuduc.coordbot.data.DataException;

/** Plain text and Markdown: UTF-8, paragraphs at blank lines; Markdown headings kept as headings. */
final class PlainReader {
  private PlainReader() {}

  static RecordText read(String fileName, byte[] bytes, boolean markdown) throws DataException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DataException(fileName, 0, "not UTF-8 text: save it as UTF-8 (Unicode) and send it again");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Block> blocks = new ArrayList<>();
    String heading = "";
    String title = "";
    StringBuilder para = new StringBuilder();
    for (String line : text.split("\\r?\\n|\\r", -1)) {
      String l = line.strip();
      if (markdown && l.matches("#{1,6}\\s+.*")) {
        flush(blocks, para, heading);
        String h = stripMarkdown(l.replaceFirst("#{1,6}\\s+", ""));
        if (l.startsWith("# ") && title.isEmpty()) {
          title = h;
        } else {
          heading = h;
        }
        continue;
      }
      if (l.isEmpty()) {
        flush(blocks, para, heading);
        continue;
      }
      if (!para.isEmpty()) {
        para.append(' ');
      }
      para.append(markdown ? stripMarkdown(l) : l);
    }
    flush(blocks, para, heading);
    return new RecordText(blocks, title, "", "", "", 0);
  }

  private static void flush(List<Block> blocks, StringBuilder para, String heading) {
    if (!para.isEmpty()) {
      blocks.add(new Block(para.toString(), heading, 0));
      para.setLength(0);
    }
  }

  /** The words of a Markdown line without its markup: emphasis, links' targets, list bullets, quotes. */
  private static String stripMarkdown(String l) {
    return l.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
        .replaceAll("(\\*\\*|__|\\*|`)", "")
        .replaceFirst("^(?:[-+]\\s+|>\\s*)", "");
  }
}
