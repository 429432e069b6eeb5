package vn.thuduc.coordbot.records;

import java.util.List;

/**
 * What adding one file would do, before anything changes: the record's card (title, kind, dates with
 * the reasoning, people, zones), its passages, the statistics rows found in it and the sentences with
 * figures that could not be placed as rows ({@code notPlaced}, with why).
 */
public record RecordDraft(String fileName, byte[] bytes, RecordCard card, int pages, List<RecordPassage> passages,
    List<FoundRow> rows, List<NotPlaced> notPlaced) {
  public RecordDraft {
    passages = List.copyOf(passages);
    rows = List.copyOf(rows);
    notPlaced = List.copyOf(notPlaced);
  }

  /** The name the original is kept under in {@code records/}. */
  public String storedName() {
    return card.file();
  }
}
