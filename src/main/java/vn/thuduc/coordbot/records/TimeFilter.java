package vn.thuduc.coordbot.records;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a records question asks about, read from its folded words: a day ("ngay 5/7/2025", "8/3"), a
 * month ("thang 7/2025", "July 2025"), a year ("nam 2024", "in 2024"), the start or end of a year ("dau
 * nam 2025", "cuoi nam 2024"), or the latest record ("gan nhat", "lan truoc", "last meeting").
 *
 * @param from first day (inclusive), empty for "the latest"
 * @param to last day (inclusive)
 * @param said how the question put it, for answers ("tháng 7/2025")
 * @param latest true for "the latest / last / previous"
 */
public record TimeFilter(Optional<LocalDate> from, Optional<LocalDate> to, String said, boolean latest,
    Optional<MonthDay> dayOfAnyYear) {
  /** A day and month without a year ("8/3"). */
  public record MonthDay(int month, int day) {}

  private static final Pattern DAY = Pattern.compile("\\b(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})\\b"
      + "|\\bngay (\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})\\b");
  /** An English day: "8 march 2024", "8th of march 2024", "march 8 2024", "march 8th" (folded, commas gone). */
  private static final String EN_MONTH = "(january|february|march|april|may|june|july|august|september|october"
      + "|november|december)";
  private static final Pattern EN_DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + EN_MONTH
      + " (\\d{4})\\b|\\b" + EN_MONTH + " (\\d{1,2})(?:st|nd|rd|th)? (\\d{4})\\b");
  private static final Pattern EN_DAY_NO_YEAR = Pattern.compile("\\b(?:on |the )(\\d{1,2})(?:st|nd|rd|th)? (?:of )?"
      + EN_MONTH + "\\b(?! \\d)|\\b(?:on )?" + EN_MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?! \\d)");
  private static final Pattern DAY_NO_YEAR = Pattern.compile("\\bngay (\\d{1,2})[/-](\\d{1,2})\\b(?![/-]\\d)"
      + "|\\b(?:sang|chieu|toi) (\\d{1,2})[/-](\\d{1,2})\\b(?![/-]\\d)");
  private static final Pattern MONTH = Pattern.compile("\\bthang (\\d{1,2})[/-](\\d{4})\\b"
      + "|\\bthang (\\d{1,2}) nam (\\d{4})\\b|(?<![/\\d])\\b(\\d{1,2})/(\\d{4})\\b"
      + "|\\b(january|february|march|april|may|june|july|august|september|october|november|december),? (\\d{4})\\b");
  private static final Pattern PART_OF_YEAR = Pattern.compile("\\b(dau|giua|cuoi) nam (\\d{4})\\b"
      + "|\\b(early|mid|late|end of) (\\d{4})\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:nam|in|of|year) ((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})\\b");
  private static final Pattern LATEST = Pattern.compile("\\b(gan nhat|moi nhat|gan day nhat|lan truoc|vua qua|vua roi"
      + "|sau cung|cuoi cung|last|latest|most recent|previous|recent)\\b");

  /** The time in {@code folded} (words folded, one space between), if it names one. */
  public static Optional<TimeFilter> in(String folded) {
    Matcher m = DAY.matcher(folded);
    if (m.find()) {
      int g = m.group(1) != null ? 1 : 4;
      return day(Integer.parseInt(m.group(g + 2)), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g)));
    }
    m = EN_DAY.matcher(folded);
    if (m.find()) {
      boolean dayFirst = m.group(1) != null;
      String month = dayFirst ? m.group(2) : m.group(4);
      int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(5));
      int year = Integer.parseInt(dayFirst ? m.group(3) : m.group(6));
      return day(year, Month.valueOf(month.toUpperCase(Locale.ROOT)).getValue(), day);
    }
    m = EN_DAY_NO_YEAR.matcher(folded);
    if (m.find() && !"may".equals(m.group(2)) && !"may".equals(m.group(3))) {
      boolean dayFirst = m.group(1) != null;
      int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(4));
      int month = Month.valueOf((dayFirst ? m.group(2) : m.group(3)).toUpperCase(Locale.ROOT)).getValue();
      if (day >= 1 && day <= 31) {
        return Optional.of(new TimeFilter(Optional.empty(), Optional.empty(), "ngày " + day + "/" + month, false,
            Optional.of(new MonthDay(month, day))));
      }
    }
    m = MONTH.matcher(folded);
    if (m.find()) {
      int month;
      int year;
      if (m.group(7) != null) {
        month = Month.valueOf(m.group(7).toUpperCase(Locale.ROOT)).getValue();
        year = Integer.parseInt(m.group(8));
      } else {
        int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
        month = Integer.parseInt(m.group(g));
        year = Integer.parseInt(m.group(g + 1));
      }
      if (month < 1 || month > 12) {
        return Optional.empty();
      }
      YearMonth ym = YearMonth.of(year, month);
      return Optional.of(new TimeFilter(Optional.of(ym.atDay(1)), Optional.of(ym.atEndOfMonth()),
          "tháng " + month + "/" + year, false, Optional.empty()));
    }
    m = DAY_NO_YEAR.matcher(folded);
    if (m.find()) {
      int g = m.group(1) != null ? 1 : 3;
      int day = Integer.parseInt(m.group(g));
      int month = Integer.parseInt(m.group(g + 1));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return Optional.of(new TimeFilter(Optional.empty(), Optional.empty(), "ngày " + day + "/" + month, false,
            Optional.of(new MonthDay(month, day))));
      }
    }
    m = PART_OF_YEAR.matcher(folded);
    if (m.find()) {
      String part = m.group(1) != null ? m.group(1) : m.group(3);
      int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
      int first = switch (part) {
        case "dau", "early" -> 1;
        case "giua", "mid" -> 4;
        default -> 10;
      };
      int last = first == 4 ? 9 : first + 2;
      String vi = switch (part) {
        case "dau", "early" -> "đầu";
        case "giua", "mid" -> "giữa";
        default -> "cuối";
      };
      return Optional.of(new TimeFilter(Optional.of(LocalDate.of(year, first, 1)),
          Optional.of(YearMonth.of(year, last).atEndOfMonth()), vi + " năm " + year, false, Optional.empty()));
    }
    m = YEAR.matcher(folded);
    if (m.find()) {
      int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      return Optional.of(new TimeFilter(Optional.of(LocalDate.of(year, 1, 1)), Optional.of(LocalDate.of(year, 12, 31)),
          "năm " + year, false, Optional.empty()));
    }
    if (LATEST.matcher(folded).find()) {
      return Optional.of(new TimeFilter(Optional.empty(), Optional.empty(), "gần nhất", true, Optional.empty()));
    }
    return Optional.empty();
  }

  private static Optional<TimeFilter> day(int year, int month, int day) {
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return Optional.of(new TimeFilter(Optional.of(d), Optional.of(d), "ngày " + day + "/" + month + "/" + year,
          false, Optional.empty()));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** True when {@code date} is in this period (the latest is chosen by the caller). */
  public boolean contains(LocalDate date) {
    if (date == null) {
      return false;
    }
    if (dayOfAnyYear.isPresent()) {
      return date.getMonthValue() == dayOfAnyYear.get().month() && date.getDayOfMonth() == dayOfAnyYear.get().day();
    }
    return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
  }

  /** How the question put it, in English. */
  public String saidEn() {
    if (latest) {
      return "the latest";
    }
    if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
      return "on " + from.get();
    }
    if (from.isPresent() && to.isPresent() && YearMonth.from(from.get()).equals(YearMonth.from(to.get()))) {
      return "in " + from.get().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + from.get().getYear();
    }
    if (dayOfAnyYear.isPresent()) {
      return "on " + dayOfAnyYear.get().day() + "/" + dayOfAnyYear.get().month();
    }
    return "in " + said.replace("năm ", "").replace("đầu", "early").replace("giữa", "mid").replace("cuối", "late");
  }
}
