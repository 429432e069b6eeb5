package vn.thuduc.coordbot.answer.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Tag.Kind;
import vn.thuduc.coordbot.text.Stopwords;

/**
 * The dates a statistics question names and whether it asks for a change: "năm 2024", "tại ngày
 * 8/3/2024", "tháng 3/2024", "đầu năm 2025", "in 2024", "tăng bao nhiêu so với tháng 3/2024". The
 * parser reads the rest of the question without them ({@link Found#rest()}: the date's words become
 * one filler tag, so its numbers are neither limits nor thresholds) and {@link Found#apply} dates the
 * query it made.
 */
final class DatePhrases {
  /** The arg of the filler tags that stand for a date's words (so a second pass finds nothing new). */
  static final String DATE = "date";
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final Set<String> CHANGE = Set.of("tang", "giam", "bien", "doi", "truong", "increase", "increased",
      "decrease", "decreased", "grow", "grew", "growth", "change", "changed", "rose", "fell", "trend", "them");
  private static final Set<String> BEFORE = Set.of("tai", "vao", "ngay", "luc", "thoi", "diem", "in", "on", "at",
      "of", "as", "ky", "cua", "the", "nam", "thang");
  private static final Set<String> FROM = Set.of("since", "tu", "from");
  private static final Set<String> TO = Set.of("den", "to", "toi", "until");

  private DatePhrases() {}

  /** What was found: the question without its dates, the date asked at, the date compared with, a change asked. */
  record Found(Tagger.Tagged rest, Optional<When> at, Optional<When> from, boolean change) {
    boolean isEmpty() {
      return at.isEmpty() && from.isEmpty() && !change;
    }

    /** {@code p} dated; a follow-up without dates of its own keeps the date of {@code previous}. */
    Parse apply(Parse p, Optional<StatQuery> previous) {
      if (p instanceof Parse.Stat s) {
        if (isEmpty()) {
          return s.followUp() && previous.isPresent()
              ? new Parse.Stat(redate(s.query(), previous.get()), true, s.dropped(), s.topical()) : p;
        }
        return new Parse.Stat(dated(s.query()), s.followUp(), s.dropped(), s.topical());
      }
      if (p instanceof Parse.Clarify c && (change || at.isPresent()) && c.need() == Parse.Need.ZONE
          && previous.isEmpty()) {
        // "how did the number of workers change over the last year": of the zones together; "Năm 2017 có bao nhiêu
        // doanh nghiệp?" too, which the data then answers or says it has no figures of that year for; "so sánh …
        // năm 2023 và 2024 của Linh Trung" compares one zone with itself: that zone's figures at the date asked
        List<Tag> zones = rest.all(Kind.ZONE);
        ZoneSet set = zones.size() == 1 ? new ZoneSet.Named(List.of(zones.get(0).arg())) : new ZoneSet.All();
        if (zones.size() <= 1) {
          return new Parse.Stat(dated(new StatQuery.Figures(set, c.measures(),
              zones.isEmpty() ? StatQuery.Agg.SUM : StatQuery.Agg.EACH)), false);
        }
      }
      if (p instanceof Parse.Missing m && (at.isPresent() || from.isPresent())) {
        // "vụ tranh chấp lao động năm 2022": the whole phrase the user wrote, its date included
        return new Parse.Missing(m.label(), m.asTyped() + " " + typedDates(), m.explicit());
      }
      if (!isEmpty() && previous.isPresent() && onlyDates() && !(p instanceof Parse.NotFound)) {
        // "năm 2024 thì sao?", "còn đầu năm 2025?": the last question at another date
        return new Parse.Stat(dated(StatQuery.undated(previous.get())), true);
      }
      return p;
    }

    private StatQuery dated(StatQuery q) {
      if (change) {
        return new StatQuery.Change(q, from, at);
      }
      return at.<StatQuery>map(w -> new StatQuery.At(q, w)).orElse(q);
    }

    /** The dates' words as typed ("năm 2022", "since March 2024"). */
    private String typedDates() {
      List<String> out = new ArrayList<>();
      rest.all(Kind.FILLER).stream().filter(x -> DATE.equals(x.arg())).forEach(x -> out.add(rest.span(x.from(), x.to())));
      return String.join(" ", out);
    }

    private boolean onlyDates() {
      for (int i = 0; i < rest.words().size(); i++) {
        Tag x = rest.at(i);
        boolean plain = x == null ? Stopwords.contains(rest.words().get(i))
            : x.is(Kind.FILLER) || x.is(Kind.FOLLOW) || x.is(Kind.PRONOUN) || x.is(Kind.AND);
        if (!plain) {
          return false;
        }
      }
      return true;
    }
  }

  private static StatQuery redate(StatQuery q, StatQuery previous) {
    if (previous instanceof StatQuery.At a) {
      return new StatQuery.At(q, a.when());
    }
    return previous instanceof StatQuery.Change c ? new StatQuery.Change(q, c.from(), c.to()) : q;
  }

  /** The dates of {@code t}; {@code currentYear} is what "năm nay" and "this year" mean. */
  static Found find(Tagger.Tagged t, int currentYear) {
    List<String> w = t.words();
    List<int[]> spans = new ArrayList<>();
    Optional<When> at = Optional.empty();
    Optional<When> from = Optional.empty();
    boolean change = false;
    for (int i = 0; i < w.size(); ) {
      Tag tag = t.at(i);
      if (tag != null && tag.is(Kind.FILLER) && DATE.equals(tag.arg())) {
        return new Found(t, Optional.empty(), Optional.empty(), false);
      }
      Match m = date(t, i, currentYear);
      if (m == null) {
        if (changeWord(t, i)) {
          change = true;
          int end = tag != null && tag.is(Kind.NOMEASURE) ? tag.to() : i + 1;
          int begin = tag != null && tag.is(Kind.NOMEASURE) ? tag.from() : i;
          // "thay đổi": the tagger may have read "thay" as "hay" (or)
          begin = w.get(i).equals("doi") && begin == i ? i - 1 : begin;
          spans.add(new int[] {begin, end});
          i = end;
        } else {
          i++;
        }
        continue;
      }
      int start = i;
      while (start > 0 && BEFORE.contains(w.get(start - 1)) && loose(t, start - 1)) {
        start--;
      }
      boolean isFrom = m.since();
      if (isFrom && start >= 1 && Set.of("over", "during", "trong", "mot").contains(w.get(start - 1))) {
        start--;
      } else if (start >= 2 && w.get(start - 2).equals("so") && w.get(start - 1).equals("voi")
          || start >= 2 && w.get(start - 2).equals("compared") && Set.of("with", "to").contains(w.get(start - 1))) {
        start -= 2;
        isFrom = true;
      } else if (start >= 1 && FROM.contains(w.get(start - 1)) && loose(t, start - 1)) {
        start--;
        isFrom = true;
      } else if (start >= 1 && (TO.contains(w.get(start - 1)) || w.get(start - 1).equals("and")) && loose(t, start - 1)
          && from.isPresent()) {
        start--;
      } else if (start >= 1 && w.get(start - 1).equals("between") && loose(t, start - 1)) {
        start--;
        isFrom = true;
      }
      if (isFrom && from.isEmpty()) {
        from = Optional.of(m.when());
        change = true;
      } else if (at.isEmpty()) {
        at = Optional.of(m.when());
      }
      spans.add(new int[] {start, m.end()});
      i = m.end();
    }
    if (spans.isEmpty()) {
      return new Found(t, Optional.empty(), Optional.empty(), false);
    }
    List<Tag> tags = new ArrayList<>();
    for (Tag x : t.tags()) {
      if (spans.stream().noneMatch(s -> x.from() < s[1] && s[0] < x.to())) {
        tags.add(x);
      }
    }
    spans.forEach(s -> tags.add(new Tag(Kind.FILLER, s[0], s[1], DATE)));
    tags.sort(Tagger.BY_FROM);
    return new Found(new Tagger.Tagged(t.text(), w, t.original(), List.copyOf(tags), t.corrections(), t.known()), at,
        from, change);
  }

  /** A word that a date may swallow: untagged, a filler, "so với", or "năm" read as the number five. */
  private static boolean loose(Tagger.Tagged t, int i) {
    Tag x = t.at(i);
    return x == null || x.is(Kind.FILLER) || x.is(Kind.ASOF) || x.is(Kind.COMPARE) || x.is(Kind.NUMBER);
  }

  private static boolean changeWord(Tagger.Tagged t, int i) {
    Tag x = t.at(i);
    if (x != null && x.is(Kind.NOMEASURE) && x.arg().equals("growth")) {
      return true;
    }
    String word = t.words().get(i);
    if (x != null && !x.is(Kind.FILLER) || !CHANGE.contains(word)) {
      return false;
    }
    // "thay đổi", "biến động", "tăng trưởng", "tăng thêm": the second word only with its first
    return switch (word) {
      case "doi" -> i > 0 && (t.words().get(i - 1).equals("thay") || t.words().get(i - 1).equals("hay"));
      // "giám đốc" (director) is no decrease
      case "giam" -> i + 1 >= t.words().size() || !t.words().get(i + 1).equals("doc");
      case "bien" -> i + 1 < t.words().size() && t.words().get(i + 1).equals("dong");
      case "truong", "them" -> i > 0 && t.words().get(i - 1).equals("tang");
      default -> true;
    };
  }

  /** A date found, up to word {@code end}; {@code since} when it starts a period up to now ("over the past year"). */
  private record Match(When when, int end, boolean since) {
    Match(When when, int end) {
      this(when, end, false);
    }
  }

  /**
   * "nằm ngoài (các khu)", lying outside, folds to the words of "năm ngoái", last year: written with its marks it is
   * told by them; without, by what follows it (the zones) after a figure or the city ("doanh nghiệp Thủ Đức nam
   * ngoai cac khu").
   */
  private static boolean lyingOutside(Tagger.Tagged t, int i) {
    boolean typedKnown = i + 1 < t.original().size();
    String typed = typedKnown ? java.text.Normalizer.normalize(t.original().get(i), java.text.Normalizer.Form.NFC)
        .toLowerCase(java.util.Locale.ROOT) : "nam";
    String typedNext = typedKnown ? java.text.Normalizer.normalize(t.original().get(i + 1),
        java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT) : "ngoai";
    if (!typed.equals("nam") || !typedNext.equals("ngoai")) {
      return typed.equals("nằm") || typedNext.equals("ngoài");
    }
    Tag before = i > 0 ? t.at(i - 1) : null;
    Tag after = t.at(i + 2);
    return before != null && (before.is(Kind.MEASURE) || before.is(Kind.THUDUC) || before.is(Kind.FILLER))
        && after != null && (after.is(Kind.ALL) || after.is(Kind.ZONEWORD));
  }

  private static Match date(Tagger.Tagged t, int i, int currentYear) {
    List<String> w = t.words();
    String a = w.get(i);
    // "năm nay", "this year", "năm hiện tại", "the current year"
    if (i + 1 < w.size() && (a.equals("nam") && w.get(i + 1).equals("nay") || a.equals("this")
        && w.get(i + 1).equals("year") || a.equals("current") && w.get(i + 1).equals("year"))) {
      return new Match(new When.Year(currentYear, When.Part.WHOLE), i + 2);
    }
    if (i + 2 < w.size() && a.equals("nam") && w.get(i + 1).equals("hien") && w.get(i + 2).equals("tai")) {
      return new Match(new When.Year(currentYear, When.Part.WHOLE), i + 3);
    }
    // "năm ngoái", "last year"; "over the past year", "the last year", "trong năm qua": a year ago, up to now
    String b = i + 1 < w.size() ? w.get(i + 1) : "";
    String c = i + 2 < w.size() ? w.get(i + 2) : "";
    if (a.equals("nam") && (b.equals("ngoai") && !lyingOutside(t, i) || b.equals("truoc")) || a.equals("last") && b.equals("year")
        && (i == 0 || !w.get(i - 1).equals("the"))) {
      return new Match(new When.Year(currentYear - 1, When.Part.WHOLE), i + 2);
    }
    if ((a.equals("last") || a.equals("past")) && b.equals("year") || a.equals("past") && b.equals("12")
        && c.equals("months") || a.equals("nam") && b.equals("qua")) {
      return new Match(new When.Year(currentYear - 1, When.Part.WHOLE), a.equals("past") && b.equals("12") ? i + 3 : i + 2,
          true);
    }
    if (a.equals("nam") && b.equals("vua") && c.equals("qua")) {
      return new Match(new When.Year(currentYear - 1, When.Part.WHOLE), i + 3, true);
    }
    // "đầu năm 2025", "cuối năm 2024", "early 2025", "beginning of 2025", "end of 2024"
    When.Part part = switch (a) {
      case "dau", "early", "beginning", "start" -> When.Part.EARLY;
      case "cuoi", "late", "end" -> When.Part.LATE;
      default -> null;
    };
    if (part != null) {
      int j = i + 1;
      if (j < w.size() && (w.get(j).equals("nam") || w.get(j).equals("of"))) {
        j++;
      }
      if (j < w.size() && year(w.get(j)) > 0) {
        return new Match(new When.Year(year(w.get(j)), part), j + 1);
      }
      return null;
    }
    // "2024-03-08"
    if (year(a) > 0 && i + 2 < w.size() && month(w.get(i + 1)) > 0 && day(w.get(i + 2)) > 0
        && w.get(i + 1).length() == 2 && w.get(i + 2).length() == 2) {
      return day(year(a), month(w.get(i + 1)), day(w.get(i + 2)), i + 3);
    }
    // "8/3/2024", "8 tháng 3 năm 2024", "8 March 2024"
    if (day(a) > 0 && i + 2 < w.size()) {
      int j = i + 1;
      if (w.get(j).equals("thang")) {
        j++;
      }
      int mo = j < w.size() ? month(w.get(j)) : 0;
      mo = mo > 0 ? mo : j < w.size() ? MONTHS.indexOf(w.get(j)) + 1 : 0;
      j++;
      if (j < w.size() && w.get(j).equals("nam")) {
        j++;
      }
      if (mo > 0 && j < w.size() && year(w.get(j)) > 0) {
        return day(year(w.get(j)), mo, day(a), j + 1);
      }
    }
    // "tháng 3/2024", "tháng 3 năm 2024", "March 2024", "March 8, 2024"
    int mo = a.equals("thang") && i + 1 < w.size() ? month(w.get(i + 1)) : MONTHS.indexOf(a) + 1;
    if (mo > 0) {
      int j = a.equals("thang") ? i + 2 : i + 1;
      if (j + 1 < w.size() && !a.equals("thang") && day(w.get(j)) > 0 && year(w.get(j + 1)) > 0) {
        return day(year(w.get(j + 1)), mo, day(w.get(j)), j + 2);
      }
      if (j < w.size() && w.get(j).equals("nam")) {
        j++;
      }
      if (j < w.size() && year(w.get(j)) > 0) {
        return new Match(new When.Month(YearMonth.of(year(w.get(j)), mo)), j + 1);
      }
      return null;
    }
    // "năm 2024", "in 2024", a bare year the tagger read as one
    Tag tag = t.at(i);
    if (year(a) > 0 && tag != null && tag.is(Kind.YEAR) && !thresholdOrCount(t, i)) {
      return new Match(new When.Year(year(a), When.Part.WHOLE), i + 1);
    }
    return null;
  }

  /** Words after which a year before a measure is still a year: "năm 2019 lao động", "the 2019 workforce". */
  private static final java.util.Set<String> YEAR_BEFORE = java.util.Set.of("nam", "the", "its", "s");

  /** "hơn 2000 lao động": a number beside "more than" or before a figure is not a year. */
  private static boolean thresholdOrCount(Tagger.Tagged t, int i) {
    Tag before = i > 0 ? t.at(i - 1) : null;
    Tag after = t.at(i + 1);
    return before != null && (before.is(Kind.MORE) || before.is(Kind.LESS))
        || after != null && after.is(Kind.MEASURE) && !YEAR_BEFORE.contains(t.words().get(i - Math.min(i, 1)));
  }

  private static Match day(int y, int m, int d, int end) {
    try {
      return new Match(new When.Day(LocalDate.of(y, m, d)), end);
    } catch (DateTimeException e) {
      return null; // "31/2/2024" is no date: the words stay for the parser to account for
    }
  }

  /** True when every char is a digit (a loop, not a lambda: every question's words pass here). */
  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int year(String s) {
    return s.length() == 4 && digits(s) && Integer.parseInt(s) >= 1990
        && Integer.parseInt(s) <= 2100 ? Integer.parseInt(s) : 0;
  }

  private static int month(String s) {
    return s.length() <= 2 && !s.isEmpty() && digits(s) && Integer.parseInt(s) >= 1
        && Integer.parseInt(s) <= 12 ? Integer.parseInt(s) : 0;
  }

  private static int day(String s) {
    return s.length() <= 2 && !s.isEmpty() && digits(s) && Integer.parseInt(s) >= 1
        && Integer.parseInt(s) <= 31 ? Integer.parseInt(s) : 0;
  }
}
