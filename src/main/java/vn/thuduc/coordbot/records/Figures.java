package vn.thuduc.coordbot.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * Statistics stated in a record's sentences: a zone's "có N doanh nghiệp với M lao động", the group's
 * "tổng số doanh nghiệp … là N, sử dụng M lao động" and its shares of the area ("chiếm tỷ lệ 0,64%"),
 * dated by the sentence ("tính đến cuối quý II năm 2025") or else by the event, and set against the rows
 * the data already has.
 */
final class Figures {
  private static final String NUM = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)";
  private static final Pattern ZONE = Pattern.compile("(?iu)\\bcó\\s+" + NUM + "\\s+doanh\\s+nghiệp\\s*(?:với|và|,)?\\s*"
      + "(?:sử\\s+dụng\\s+|thu\\s+hút\\s+)?" + NUM + "\\s+(?:người\\s+)?(?:lao\\s+động|công\\s+nhân)");
  private static final Pattern TOTAL = Pattern.compile("(?iu)tổng\\s+(?:số\\s+)?doanh\\s+nghiệp[^;]{0,40}?\\s(?:là|có|đạt)\\s+"
      + NUM + "[^\\d;]{0,40}?" + NUM + "\\s+(?:người\\s+)?lao\\s+động");
  private static final Pattern SHARE = Pattern.compile("(?iu)\\bsố\\s+(doanh\\s+nghiệp|lao\\s+động)"
      + "(?:(?!\\bsố\\s)[^%])*?chiếm\\s+(?:tỷ\\s+lệ\\s+|tỉ\\s+lệ\\s+)?(\\d+(?:,\\d+)?)\\s?%");
  private static final Pattern AREA = Pattern.compile("(?u)trên\\s+địa\\s+bàn\\s+((?:TP|Thành\\s+phố|thành\\s+phố|Quận|quận)"
      + "\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)*)");
  private static final Pattern AS_OF = Pattern.compile("(?iu)tính\\s+đến\\s+(?:(?:hết\\s+)?ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})"
      + "|(?:cuối|hết)\\s+quý\\s+(I{1,3}|IV|[1-4])(?:\\s+năm\\s+(\\d{4}))?|(?:cuối|hết)\\s+năm\\s+(\\d{4})"
      + "|(?:cuối\\s+|hết\\s+)?tháng\\s+(\\d{1,2})/(\\d{4}))");

  private Figures() {}

  static List<FoundRow> read(RecordText text, String source, LocalDate eventDate, Dataset ds) {
    ZoneNames names = new ZoneNames(ds.zones());
    List<ZoneStat> zones = new ArrayList<>();
    List<String> zoneSentences = new ArrayList<>();
    List<String> zoneClauses = new ArrayList<>();
    Long totalE = null;
    Long totalW = null;
    BigDecimal shareE = null;
    BigDecimal shareW = null;
    String area = "";
    Set<String> groupSentences = new LinkedHashSet<>();
    LocalDate groupDate = eventDate;
    for (Block b : text.blocks()) {
      for (Sentences.Span s : Sentences.split(b.text())) {
        String sentence = b.text().substring(s.start(), s.end());
        LocalDate asOf = asOf(sentence, eventDate);
        Matcher z = ZONE.matcher(sentence);
        int from = 0;
        while (z.find()) {
          String before = sentence.substring(from, z.start());
          int cut = Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf('('), before.lastIndexOf(':')));
          Optional<String> zone = names.last(before.substring(cut + 1));
          if (zone.isPresent() && zones.stream().noneMatch(r -> r.zoneId().equals(zone.get()) && r.asOf().equals(asOf))) {
            zones.add(new ZoneStat(zone.get(), asOf, number(z.group(1)), number(z.group(2)), source));
            zoneSentences.add(sentence);
            zoneClauses.add((before.substring(cut + 1) + sentence.substring(z.start(), z.end())).trim());
          }
          from = z.end();
        }
        Matcher t = TOTAL.matcher(sentence);
        if (t.find() && totalE == null) {
          totalE = number(t.group(1));
          totalW = number(t.group(2));
          groupSentences.add(sentence);
          groupDate = asOf;
        }
        Matcher sh = SHARE.matcher(sentence);
        while (sh.find()) {
          BigDecimal pct = new BigDecimal(sh.group(2).replace(',', '.'));
          if (sh.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("doanh")) {
            shareE = shareE == null ? pct : shareE;
          } else {
            shareW = shareW == null ? pct : shareW;
          }
          groupSentences.add(sentence);
        }
        Matcher a = AREA.matcher(sentence);
        if (area.isEmpty() && a.find() && (t.find(0) || sh.find(0))) {
          area = a.group(1);
        }
      }
    }
    List<FoundRow> out = new ArrayList<>();
    for (int i = 0; i < zones.size(); i++) {
      out.add(compare(zones.get(i), zoneSentences.get(i), zoneClauses.get(i), ds));
    }
    if (totalE != null) {
      LocalDate d = groupDate;
      List<String> covered = zones.stream().filter(r -> r.asOf().equals(d)).map(ZoneStat::zoneId).toList();
      out.add(compareArea(d, covered, totalE, totalW, shareE, shareW, area, source,
          String.join(" ", groupSentences), ds));
    }
    return out;
  }

  private static FoundRow compare(ZoneStat row, String sentence, String clause, Dataset ds) {
    Optional<ZoneStat> old = ds.zoneStats().stream()
        .filter(s -> s.zoneId().equals(row.zoneId()) && s.asOf().equals(row.asOf())).findFirst();
    if (old.isEmpty()) {
      return new FoundRow(Optional.of(row), Optional.empty(), sentence, clause, FoundRow.State.NEW, "");
    }
    boolean same = old.get().enterprises() == row.enterprises() && old.get().workers() == row.workers();
    return new FoundRow(Optional.of(same ? old.get() : row), Optional.empty(), sentence, clause,
        same ? FoundRow.State.SAME : FoundRow.State.CONFLICT,
        same ? "" : old.get().enterprises() + " / " + old.get().workers() + " (" + old.get().source() + ")");
  }

  private static FoundRow compareArea(LocalDate asOf, List<String> zones, long e, long w, BigDecimal shareE,
      BigDecimal shareW, String area, String source, String sentence, Dataset ds) {
    Set<String> set = Set.copyOf(zones);
    Optional<AreaStat> like = ds.areaStats().stream().filter(a -> Set.copyOf(a.zones()).equals(set))
        .filter(a -> a.asOf().equals(asOf)).findFirst()
        .or(() -> ds.areaStats().stream().filter(a -> Set.copyOf(a.zones()).equals(set)).findFirst());
    String vi = like.map(AreaStat::areaVi).orElse(area.isEmpty() ? "các khu" : area);
    String en = like.map(AreaStat::areaEn).orElse(vi);
    String id = like.map(a -> a.asOf().equals(asOf) ? a.id() : a.id() + "-" + asOf).orElse(source + "-area");
    AreaStat row = new AreaStat(id, asOf, vi, en, zones, e, w, shareE, shareW, source);
    Optional<AreaStat> old = like.filter(a -> a.asOf().equals(asOf));
    if (old.isEmpty()) {
      return new FoundRow(Optional.empty(), Optional.of(row), sentence, sentence, FoundRow.State.NEW, "");
    }
    AreaStat o = old.get();
    boolean same = o.enterprises() == e && o.workers() == w && equal(o.enterpriseSharePct(), shareE)
        && equal(o.workerSharePct(), shareW);
    return new FoundRow(Optional.empty(), Optional.of(same ? o : row), sentence, sentence,
        same ? FoundRow.State.SAME : FoundRow.State.CONFLICT, same ? "" : o.enterprises() + " / " + o.workers()
            + " / " + o.enterpriseSharePct() + "% / " + o.workerSharePct() + "% (" + o.source() + ")");
  }

  private static boolean equal(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** The date a sentence dates its figures to ("tính đến ngày 30/6/2025", "cuối quý II năm 2025"), else the event's. */
  static LocalDate asOf(String sentence, LocalDate eventDate) {
    Matcher m = AS_OF.matcher(sentence);
    if (!m.find()) {
      return eventDate;
    }
    try {
      if (m.group(1) != null) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      if (m.group(4) != null) {
        int q = switch (m.group(4)) {
          case "I", "1" -> 1;
          case "II", "2" -> 2;
          case "III", "3" -> 3;
          default -> 4;
        };
        int year = m.group(5) != null ? Integer.parseInt(m.group(5)) : eventDate.getYear();
        return YearMonth.of(year, q * 3).atEndOfMonth();
      }
      if (m.group(6) != null) {
        return LocalDate.of(Integer.parseInt(m.group(6)), 12, 31);
      }
      return YearMonth.of(Integer.parseInt(m.group(8)), Integer.parseInt(m.group(7))).atEndOfMonth();
    } catch (java.time.DateTimeException e) {
      return eventDate;
    }
  }

  private static long number(String s) {
    return Long.parseLong(s.replace(".", ""));
  }
}
