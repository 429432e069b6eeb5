package vn.thuduc.coordbot.records;

/**
 * A few sentences of one paragraph of a record, with where they came from.
 *
 * @param ordinal the passage's number in the record (1-based)
 * @param paragraph the paragraph's number in the record's body (1-based)
 * @param page the PDF page (1-based), 0 when the format has no pages
 * @param start offset of the first character in the record's text ({@link RecordText#full()})
 * @param end offset after the last character
 */
public record RecordPassage(String recordId, int ordinal, int paragraph, int page, String heading, int start,
    int end, String text) {

  /** The id of the passage in the search index. */
  public String indexId() {
    return "record/" + recordId + "#" + ordinal;
  }
}
