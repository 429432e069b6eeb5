package vn.thuduc.coordbot.search;

/**
 * A unit of text the index returns: a zone card, a meeting fact, a speech point, a person, an
 * award, an agreement, the industries or the source, in both languages; or a few sentences of a meeting
 * record (kind {@value #RECORD}), in its language.
 *
 * @param record for a record's passage, the record's id (searches filter on it), else empty
 * @param provenance for a record's passage, where it is in the record ("p3 pg2 120-340": paragraph,
 *     page, character offsets), else empty
 */
public record Passage(String id, String kind, String textVi, String textEn, String record, String provenance) {
  /** The kind of a meeting record's passages. */
  public static final String RECORD = "record";

  public Passage(String id, String kind, String textVi, String textEn) {
    this(id, kind, textVi, textEn, "", "");
  }
}
