package vn.thuduc.coordbot.records;

import java.util.List;

/** A record as the bot serves it: its card and its passages. */
public record MeetingRecord(RecordCard card, List<RecordPassage> passages) {
  public MeetingRecord {
    passages = List.copyOf(passages);
  }

  public String id() {
    return card.id();
  }
}
