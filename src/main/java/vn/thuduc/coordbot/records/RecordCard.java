package vn.thuduc.coordbot.records;

import java.time.LocalDate;
import java.util.List;

/**
 * What a record is, as kept in {@code records/ID.yaml} beside the original file: written by
 * {@code records add}, readable and editable by an admin.
 *
 * @param file the original's name inside {@code records/}
 * @param eventDateNote how the event date was found
 * @param zones the ids of the zones the record names
 */
public record RecordCard(String id, String file, String kind, String title, LocalDate eventDate,
    String eventDateNote, String partOfDay, LocalDate published, String author, String site,
    List<Attendee> people, List<String> zones) {
  public RecordCard {
    people = people == null ? List.of() : List.copyOf(people);
    zones = zones == null ? List.of() : List.copyOf(zones);
  }

  public RecordKind recordKind() {
    return RecordKind.parse(kind).orElse(RecordKind.ARTICLE);
  }

  /** "title (site, d/m/yyyy)": how an answer cites the record. */
  public String citation() {
    String date = eventDate == null ? "" : eventDate.getDayOfMonth() + "/" + eventDate.getMonthValue() + "/"
        + eventDate.getYear();
    String where = site == null || site.isBlank() ? recordKind().vi() : site;
    return "“" + title + "” (" + where + (date.isEmpty() ? "" : ", " + date) + ")";
  }
}
