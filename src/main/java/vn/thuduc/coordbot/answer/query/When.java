package vn.thuduc.coordbot.answer.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.NavigableSet;
import java.util.Optional;

/** A date as a question names it: a day, a month, a year (or its start or end); it picks one of the data's dates. */
public sealed interface When {
  /** A short, stable rendering: {@code 2024-03-08}, {@code 2024-03}, {@code 2024}, {@code early 2025}. */
  String render();

  /** The data's date this means among {@code dates} (the newest that fits); empty when none fits. */
  Optional<LocalDate> pick(NavigableSet<LocalDate> dates);

  /** Whether {@code d} lies in what this names. */
  boolean covers(LocalDate d);

  /** One day ("tại ngày 8/3/2024", "2024-03-08"). */
  record Day(LocalDate date) implements When {
    public String render() {
      return date.toString();
    }

    public Optional<LocalDate> pick(NavigableSet<LocalDate> dates) {
      return dates.contains(date) ? Optional.of(date) : Optional.empty();
    }

    public boolean covers(LocalDate d) {
      return date.equals(d);
    }
  }

  /** A month ("tháng 3/2024", "March 2024"). */
  record Month(YearMonth month) implements When {
    public String render() {
      return month.toString();
    }

    public Optional<LocalDate> pick(NavigableSet<LocalDate> dates) {
      return Optional.ofNullable(dates.floor(month.atEndOfMonth())).filter(this::covers);
    }

    public boolean covers(LocalDate d) {
      return YearMonth.from(d).equals(month);
    }
  }

  /** A year, or its first or second half ("năm 2024", "đầu năm 2025", "cuối năm 2024", "in 2024"). */
  record Year(int year, Part part) implements When {
    public String render() {
      return switch (part) {
        case WHOLE -> String.valueOf(year);
        case EARLY -> "early " + year;
        case LATE -> "late " + year;
      };
    }

    public Optional<LocalDate> pick(NavigableSet<LocalDate> dates) {
      if (part == Part.EARLY) {
        return Optional.ofNullable(dates.ceiling(LocalDate.of(year, 1, 1))).filter(this::covers);
      }
      return Optional.ofNullable(dates.floor(LocalDate.of(year, 12, 31))).filter(this::covers);
    }

    public boolean covers(LocalDate d) {
      return d.getYear() == year && switch (part) {
        case WHOLE -> true;
        case EARLY -> d.getMonthValue() <= 6;
        case LATE -> d.getMonthValue() >= 7;
      };
    }
  }

  /** Which part of a year. */
  enum Part {
    WHOLE, EARLY, LATE
  }
}
