package vn.thuduc.coordbot.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the event a record is about took place, read from its text ("Sáng 8/3", "Chiều 22/11", "ngày 5
 * tháng 7 năm 2025"), and when it was published (its date line). A day without a year takes the latest
 * year the text names on its own ("năm 2024": a conference that reviews 2023 and plans 2024 is held in
 * 2024), else the publication's year; the reasoning is kept to be shown in the dry run.
 *
 * @param date the event date, empty when the text gives none that can be resolved
 * @param note how the date was found (shown in the dry run and kept in the record's card)
 * @param partOfDay morning, noon, afternoon, evening, or empty
 */
public record EventDate(Optional<LocalDate> date, String note, String partOfDay, Optional<LocalDate> published) {
  private static final Pattern SLASH = Pattern.compile(
      "(?iu)(?:\\b(sáng|trưa|chiều|tối)\\s+(?:ngày\\s+)?|\\bngày\\s+)(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?!\\d)");
  private static final Pattern WORDS = Pattern.compile(
      "(?iu)(?:\\b(sáng|trưa|chiều|tối)\\s+)?ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?");
  private static final Pattern YEAR_ALONE = Pattern.compile("(?iu)\\bnăm\\s+(\\d{4})(?!\\s*[-–—]\\s*\\d)");

  /** Reads the dates of {@code text}; {@code given} (the admin's {@code --date}) wins over the text. */
  public static EventDate read(RecordText text, Optional<LocalDate> given) {
    Optional<LocalDate> published = published(text.dateLine());
    String body = text.full();
    Matcher found = null;
    for (Pattern p : new Pattern[] {SLASH, WORDS}) {
      Matcher m = p.matcher(body);
      if (m.find() && (found == null || m.start() < found.start())) {
        found = m;
      }
    }
    String part = found == null || found.group(1) == null ? "" : partOfDay(found.group(1));
    if (given.isPresent()) {
      return new EventDate(given, "ngày do quản trị viên nhập (--date) / given by the admin (--date)", part,
          published);
    }
    if (found == null) {
      return new EventDate(Optional.empty(), "the text names no day of the event: give --date YYYY-MM-DD", "",
          published);
    }
    int day = Integer.parseInt(found.group(2));
    int month = Integer.parseInt(found.group(3));
    String said = found.group().trim();
    if (found.group(4) != null) {
      return date(Integer.parseInt(found.group(4)), month, day, "“" + said + "” in the text", part, published);
    }
    TreeSet<Integer> alone = new TreeSet<>();
    Matcher y = YEAR_ALONE.matcher(body);
    while (y.find()) {
      alone.add(Integer.parseInt(y.group(1)));
    }
    int limit = published.map(LocalDate::getYear).orElse(Integer.MAX_VALUE);
    Integer year = alone.floor(limit);
    String why;
    if (year != null) {
      why = "“" + said + "” has no year; the latest year the text names on its own is " + year
          + " (it names " + alone + ")" + published.map(d -> ", published " + d).orElse("");
    } else if (published.isPresent()) {
      LocalDate pub = published.get();
      boolean later = month > pub.getMonthValue() || month == pub.getMonthValue() && day > pub.getDayOfMonth();
      year = later ? pub.getYear() - 1 : pub.getYear();
      why = "“" + said + "” has no year; the text names no year on its own, so the year of publication ("
          + pub + ") or the one before when the day would be later";
    } else {
      return new EventDate(Optional.empty(), "“" + said + "” has no year and the record no date of publication:"
          + " give --date YYYY-MM-DD", part, published);
    }
    return date(year, month, day, why, part, published);
  }

  private static EventDate date(int year, int month, int day, String why, String part, Optional<LocalDate> pub) {
    try {
      return new EventDate(Optional.of(LocalDate.of(year, month, day)), why, part, pub);
    } catch (DateTimeException e) {
      return new EventDate(Optional.empty(), "not a date: " + day + "/" + month + "/" + year, part, pub);
    }
  }

  /** The date a date line gives ("Chủ Nhật, ngày 14 tháng 12 năm 2025", "14/12/2025 08:00"). */
  static Optional<LocalDate> published(String dateLine) {
    Matcher m = Pattern.compile("(\\d{1,2})(?:/|\\s+tháng\\s+)(\\d{1,2})(?:/|\\s+năm\\s+)(\\d{4})")
        .matcher(dateLine == null ? "" : dateLine);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String partOfDay(String vi) {
    return switch (vi.toLowerCase(java.util.Locale.ROOT)) {
      case "sáng" -> "morning";
      case "trưa" -> "noon";
      case "chiều" -> "afternoon";
      default -> "evening";
    };
  }
}
