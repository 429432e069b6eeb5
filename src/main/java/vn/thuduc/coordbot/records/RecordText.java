package vn.thuduc.coordbot.records;

import java.util.List;

/**
 * The text taken out of a record's file: its paragraphs in order, and what the format itself says
 * about it (a title, a date line, an author, a site), each empty when the format did not say.
 */
public record RecordText(List<Block> blocks, String title, String dateLine, String author, String site, int pages) {
  public RecordText {
    blocks = List.copyOf(blocks);
  }

  /** The paragraphs joined by blank lines: what character offsets count in. */
  public String full() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (!sb.isEmpty()) {
        sb.append("\n\n");
      }
      sb.append(b.text());
    }
    return sb.toString();
  }
}
