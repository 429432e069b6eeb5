package vn.thuduc.coordbot.records;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * A zone's change stated in a record ("KCX Linh Trung tăng 1.200 lao động so với cùng kỳ", "increased by
 * 1,200 workers compared with March 8, 2024") turned into a row: the figure the data has at the date
 * compared with, plus the change. A row needs both counts, so the count the sentence does not change
 * comes from a row the data already has at the new date; a base or a count the data lacks is never
 * made up: the sentence is listed as not placed, with the reason.
 */
final class Changes {
  // a count, never a percentage or a decimal ("tăng 5%", "tăng 0,64%" are not counts)
  private static final String NUM = "(\\d{1,3}(?:[.,]\\d{3})++|\\d++)(?!\\s*%)(?![.,]\\d)";
  private static final String MEASURE = "(?:người\\s+)?(lao\\s+động|công\\s+nhân|doanh\\s+nghiệp|người|workers"
      + "|enterprises|companies)";
  // between the counts and "so với" / "compared with" at most a bracket ("(3,2%)"): "giảm 3 vụ so với" is no count
  private static final String GAP = "(?:\\s*\\([^)]{0,24}\\))?,?";
  private static final Pattern VI = Pattern.compile("(?iu)\\b(tăng|giảm)\\s+(?:thêm\\s+)?" + NUM + "(?:\\s+" + MEASURE
      + ")?(?:\\s*(?:,|và)\\s*" + NUM + "\\s+" + MEASURE + ")?" + GAP + "\\s+so\\s+với\\s+([^.;]{1,40})");
  private static final Pattern EN = Pattern.compile("(?iu)\\b(increased|rose|grew|decreased|fell|dropped)\\s+by\\s+"
      + NUM + "(?:\\s+" + MEASURE + ")?" + GAP + "\\s+(?:compared\\s+(?:with|to)|from)\\s+([^.;]{1,40})");
  // a count named before the verb, as a count: "số lao động", "the number of workers", "workforce" (not "tai nạn lao động")
  private static final Pattern MEASURE_BEFORE = Pattern.compile("(?iu)\\bsố\\s+(?:người\\s+)?(lao\\s+động|công\\s+nhân"
      + "|doanh\\s+nghiệp)|\\bnumber\\s+of\\s+(workers|enterprises|companies)|\\b(workforce)");
  private static final Pattern TOLD = Pattern.compile("(?iu)\\b(?:có|has|had|with)\\s+" + NUM + "\\s+" + MEASURE);
  private static final Pattern DAY = Pattern.compile("(?iu)^(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern SAME_PERIOD = Pattern.compile("(?iu)^(?:cùng\\s+kỳ|the\\s+same\\s+period)"
      + "(?:\\s+(?:năm\\s+trước|last\\s+year|năm\\s+(\\d{4})|of\\s+(\\d{4})))?");
  private static final Pattern MONTH = Pattern.compile("(?iu)^(?:cuối\\s+)?tháng\\s+(\\d{1,2})(?:/|\\s+năm\\s+)(\\d{4})");
  private static final Pattern YEAR_END = Pattern.compile("(?iu)^(?:cuối\\s+năm|the\\s+end\\s+of)\\s+(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(?iu)^(?:năm\\s+)?(\\d{4})\\b");
  private static final Pattern EN_DAY = Pattern.compile("(?iu)^([a-z]+)\\s+(\\d{1,2}),?\\s+(\\d{4})");

  /** What a record's change sentences give: derived rows, and the sentences not placed with why. */
  record Found(List<FoundRow> rows, List<NotPlaced> notPlaced) {}

  /** The dates a change is measured from: the one row of the zone in {@code from..to} is the base. */
  private record Period(LocalDate from, LocalDate to, String said) {}

  private Changes() {}

  /**
   * The rows the change sentences of {@code text} give against {@code ds}; {@code stated} are the rows
   * the record states outright (a change beside them adds nothing).
   */
  static Found read(RecordText text, String source, LocalDate eventDate, Dataset ds, List<FoundRow> stated) {
    ZoneNames names = new ZoneNames(ds.zones());
    List<FoundRow> rows = new ArrayList<>();
    List<NotPlaced> skipped = new ArrayList<>();
    for (Block b : text.blocks()) {
      for (Sentences.Span s : Sentences.split(b.text())) {
        String sentence = b.text().substring(s.start(), s.end()).strip();
        Matcher m = VI.matcher(sentence);
        boolean vi = m.find();
        if (!vi) {
          m = EN.matcher(sentence);
          if (!m.find()) {
            continue;
          }
        }
        LocalDate asOf = Figures.asOf(sentence, eventDate);
        String before = sentence.substring(0, m.start());
        place(new Change(sentence, sentence.substring(m.start(), m.end()), names.last(before), asOf,
            sign(m.group(1)), changes(m, vi, before), told(before), period(m.group(vi ? 6 : 4).strip(), asOf)), source,
            ds, stated, rows, skipped);
      }
    }
    return new Found(rows, skipped);
  }

  /**
   * One change sentence as read: the zone, the new date, the change of each count ([0] enterprises, [1]
   * workers; null: not named) and the counts it states outright ("có 32 doanh nghiệp, tăng 1.200 lao động").
   */
  private record Change(String sentence, String clause, Optional<String> zone, LocalDate asOf, int sign,
      Long[] delta, Long[] told, Optional<Period> base) {}

  private static void place(Change c, String source, Dataset ds, List<FoundRow> stated, List<FoundRow> rows,
      List<NotPlaced> skipped) {
    if (c.zone().isEmpty()) {
      skipped.add(new NotPlaced(c.sentence(), "names no zone of the data before the change"));
      return;
    }
    String zone = c.zone().get();
    if (c.delta()[0] == null && c.delta()[1] == null) {
      skipped.add(new NotPlaced(c.sentence(), "does not say whether the change is of enterprises or of workers"));
      return;
    }
    if (c.base().isEmpty()) {
      skipped.add(new NotPlaced(c.sentence(), "the date compared with is not one this reader knows (a day, a "
          + "month, a year, \"cùng kỳ\")"));
      return;
    }
    Period p = c.base().get();
    List<ZoneStat> bases = ds.zoneStats().stream().filter(z -> z.zoneId().equals(zone))
        .filter(z -> !z.asOf().isBefore(p.from()) && !z.asOf().isAfter(p.to())).toList();
    if (bases.size() != 1) {
      String have = String.join(", ", ds.zoneStats().stream().filter(z -> z.zoneId().equals(zone))
          .map(z -> z.asOf().toString()).toList());
      skipped.add(new NotPlaced(c.sentence(), (bases.isEmpty() ? "the data has no figures of " + zone + " at "
          : "the data has several rows of " + zone + " in ") + p.said() + " to add the change to (it has: "
          + (have.isEmpty() ? "none" : have) + ")"));
      return;
    }
    ZoneStat base = bases.get(0);
    boolean inRecord = stated.stream().flatMap(r -> r.zone().stream())
        .anyMatch(z -> z.zoneId().equals(zone) && z.asOf().equals(c.asOf()));
    if (inRecord) {
      skipped.add(new NotPlaced(c.sentence(), "the record states " + zone + "'s figures at " + c.asOf()
          + " outright (the row above)"));
      return;
    }
    Optional<ZoneStat> there = ds.zoneStats().stream()
        .filter(z -> z.zoneId().equals(zone) && z.asOf().equals(c.asOf())).findFirst();
    Long de = c.delta()[0];
    Long dw = c.delta()[1];
    // the count the sentence does not change: as it states it, else as the data has it at the new date
    Long te = de != null ? null : c.told()[0] != null ? c.told()[0] : there.map(ZoneStat::enterprises).orElse(null);
    Long tw = dw != null ? null : c.told()[1] != null ? c.told()[1] : there.map(ZoneStat::workers).orElse(null);
    if (de == null && te == null || dw == null && tw == null) {
      String missing = de == null && te == null ? "enterprises" : "workers";
      skipped.add(new NotPlaced(c.sentence(), "gives the change of " + (missing.equals("workers") ? "enterprises"
          : "workers") + " only, and a row needs both: the number of " + missing + " of " + zone + " at " + c.asOf()
          + " is in neither the record nor the data (the base, " + base.asOf() + ": " + base.enterprises()
          + " enterprises, " + base.workers() + " workers)"));
      return;
    }
    long e = de == null ? te : base.enterprises() + c.sign() * de;
    long w = dw == null ? tw : base.workers() + c.sign() * dw;
    if (e < 0 || w < 0) {
      skipped.add(new NotPlaced(c.sentence(), "the change is larger than the figure at " + base.asOf()));
      return;
    }
    ZoneStat row = new ZoneStat(zone, c.asOf(), e, w, source);
    String clause = c.clause() + " (" + base.asOf() + ": " + base.enterprises() + " / " + base.workers() + ")";
    if (there.isEmpty()) {
      rows.add(new FoundRow(Optional.of(row), Optional.empty(), c.sentence(), clause, FoundRow.State.NEW, ""));
      return;
    }
    ZoneStat old = there.get();
    boolean same = old.enterprises() == e && old.workers() == w;
    rows.add(new FoundRow(Optional.of(same ? old : row), Optional.empty(), c.sentence(), clause,
        same ? FoundRow.State.SAME : FoundRow.State.CONFLICT,
        same ? "" : old.enterprises() + " / " + old.workers() + " (" + old.source() + ")"));
  }

  private static int sign(String verb) {
    String v = verb.toLowerCase(Locale.ROOT);
    return v.equals("giảm") || v.equals("decreased") || v.equals("fell") || v.equals("dropped") ? -1 : 1;
  }

  /** The change of enterprises [0] and of workers [1]; a count without a measure word takes the one named before. */
  private static Long[] changes(Matcher m, boolean vi, String before) {
    Long[] out = new Long[2];
    String measure = m.group(3);
    if (measure == null) {
      // "số lao động … tăng 1.200", "the number of workers increased by 1,200": the count is named first
      Matcher w = MEASURE_BEFORE.matcher(before);
      while (w.find()) {
        measure = w.group(1) != null ? w.group(1) : w.group(2) != null ? w.group(2) : "workers";
      }
    }
    if (measure != null) {
      put(out, measure, m.group(2));
    }
    if (vi && m.group(4) != null) {
      put(out, m.group(5), m.group(4));
    }
    return out;
  }

  /** The counts stated outright before the change ("có 32 doanh nghiệp", "has 30 enterprises"). */
  private static Long[] told(String before) {
    Long[] out = new Long[2];
    Matcher m = TOLD.matcher(before);
    while (m.find()) {
      put(out, m.group(2), m.group(1));
    }
    return out;
  }

  private static void put(Long[] out, String measure, String number) {
    String folded = measure.toLowerCase(Locale.ROOT);
    out[folded.startsWith("doanh") || folded.startsWith("enterprise") || folded.startsWith("compan") ? 0 : 1] =
        Long.parseLong(number.replace(".", "").replace(",", ""));
  }

  /** The dates "so với …" / "compared with …" names, measured from the new figure's date {@code asOf}. */
  private static Optional<Period> period(String said, LocalDate asOf) {
    try {
      Matcher m = DAY.matcher(said);
      if (m.find()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1)));
        return Optional.of(new Period(d, d, d.toString()));
      }
      m = ISO.matcher(said);
      if (m.find()) {
        LocalDate d = LocalDate.parse(m.group());
        return Optional.of(new Period(d, d, d.toString()));
      }
      m = EN_DAY.matcher(said);
      if (m.find()) {
        Optional<Month> month = month(m.group(1));
        if (month.isPresent()) {
          LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month.get(), Integer.parseInt(m.group(2)));
          return Optional.of(new Period(d, d, d.toString()));
        }
      }
      m = SAME_PERIOD.matcher(said);
      if (m.find()) {
        String y = m.group(1) != null ? m.group(1) : m.group(2);
        LocalDate d = y == null ? asOf.minusYears(1) : asOf.withYear(Integer.parseInt(y));
        return Optional.of(new Period(d, d, d + " (the same day a year before " + asOf + ")"));
      }
      m = MONTH.matcher(said);
      if (m.find()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        return Optional.of(new Period(ym.atDay(1), ym.atEndOfMonth(), ym.toString()));
      }
      m = YEAR_END.matcher(said);
      if (m.find()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), 12);
        return Optional.of(new Period(ym.atDay(1), ym.atEndOfMonth(), ym.toString()));
      }
      m = YEAR.matcher(said);
      if (m.find()) {
        int y = Integer.parseInt(m.group(1));
        return Optional.of(new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), String.valueOf(y)));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Month> month(String name) {
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      if (full.equalsIgnoreCase(name) || full.substring(0, 3).equalsIgnoreCase(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
