package vn.thuduc.coordbot.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.ZoneStat;

/** A dry run as an admin reads it (the command line, Telegram) and as data ({@code --json}). */
public final class DraftReport {
  private static final int SHOWN_PASSAGES = 3;

  private DraftReport() {}

  /** The dry run of one file, as lines of text. */
  public static String text(RecordDraft d) {
    RecordCard c = d.card();
    StringBuilder sb = new StringBuilder();
    sb.append(d.fileName()).append(" → records/").append(c.file()).append('\n');
    sb.append("  title:      ").append(c.title()).append('\n');
    sb.append("  kind:       ").append(c.kind()).append('\n');
    sb.append("  event date: ").append(c.eventDate()).append(c.partOfDay().isBlank() ? "" : " (" + c.partOfDay() + ")")
        .append(" — ").append(c.eventDateNote()).append('\n');
    if (c.published() != null) {
      sb.append("  published:  ").append(c.published()).append('\n');
    }
    if (!blank(c.author()) || !blank(c.site())) {
      sb.append("  source:     ").append(blank(c.site()) ? "-" : c.site()).append(blank(c.author()) ? "" : ", "
          + c.author()).append('\n');
    }
    sb.append("  people:     ").append(c.people().isEmpty() ? "none named" : c.people().stream()
        .map(a -> a.name() + (a.title().isBlank() ? "" : " (" + a.title() + ")")).collect(Collectors.joining("; ")))
        .append('\n');
    sb.append("  zones:      ").append(c.zones().isEmpty() ? "none named" : String.join(", ", c.zones())).append('\n');
    sb.append("  passages:   ").append(d.passages().size()).append(d.pages() > 0 ? " from " + d.pages() + " pages" : "")
        .append('\n');
    for (RecordPassage p : d.passages().subList(0, Math.min(SHOWN_PASSAGES, d.passages().size()))) {
      sb.append("    #").append(p.ordinal()).append(" ¶").append(p.paragraph())
          .append(p.page() > 0 ? " p." + p.page() : "").append(": ").append(shorten(p.text(), 110)).append('\n');
    }
    sb.append("  statistics: ").append(d.rows().isEmpty() ? "none found" : d.rows().size() + " rows").append('\n');
    for (FoundRow r : d.rows()) {
      sb.append("    ").append(r.state()).append(' ').append(row(r));
      if (r.state() == FoundRow.State.CONFLICT) {
        sb.append(" — the data has ").append(r.existing()).append(": not applied, edit the file to choose");
      }
      sb.append("\n      from: “").append(shorten(r.clause(), 220)).append("”\n");
    }
    if (!d.notPlaced().isEmpty()) {
      sb.append("  not placed: ").append(d.notPlaced().size()).append(d.notPlaced().size() == 1 ? " sentence" : " sentences")
          .append('\n');
      for (NotPlaced n : d.notPlaced()) {
        sb.append("    “").append(shorten(n.sentence(), 220)).append("”\n      why: ").append(n.reason()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String row(FoundRow r) {
    if (r.zone().isPresent()) {
      ZoneStat z = r.zone().get();
      return "zone_stats.csv: " + z.zoneId() + " as of " + z.asOf() + ": " + z.enterprises() + " enterprises, "
          + z.workers() + " workers";
    }
    AreaStat a = r.area().orElseThrow();
    return "area_stats.yaml: " + a.id() + " (" + String.join(", ", a.zones()) + ") as of " + a.asOf() + ": "
        + a.enterprises() + " enterprises, " + a.workers() + " workers"
        + (a.enterpriseSharePct() == null ? "" : ", " + a.enterpriseSharePct() + "% of enterprises")
        + (a.workerSharePct() == null ? "" : ", " + a.workerSharePct() + "% of workers");
  }

  /** The dry run of one file as a JSON-ready map. */
  public static Map<String, Object> json(RecordDraft d) {
    RecordCard c = d.card();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", d.fileName());
    m.put("id", c.id());
    m.put("stored_as", "records/" + c.file());
    m.put("title", c.title());
    m.put("kind", c.kind());
    m.put("event_date", str(c.eventDate()));
    m.put("event_date_note", c.eventDateNote());
    m.put("part_of_day", c.partOfDay());
    m.put("published", str(c.published()));
    m.put("author", c.author());
    m.put("site", c.site());
    m.put("people", c.people().stream().map(a -> Map.of("name", a.name(), "title", a.title())).toList());
    m.put("zones", c.zones());
    m.put("pages", d.pages());
    List<Map<String, Object>> passages = new ArrayList<>();
    for (RecordPassage p : d.passages()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("ordinal", p.ordinal());
      x.put("paragraph", p.paragraph());
      x.put("page", p.page());
      x.put("heading", p.heading());
      x.put("start", p.start());
      x.put("end", p.end());
      x.put("text", p.text());
      passages.add(x);
    }
    m.put("passages", passages);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FoundRow r : d.rows()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
      r.zone().ifPresent(z -> {
        x.put("file", "zone_stats.csv");
        x.put("zone", z.zoneId());
        x.put("as_of", z.asOf().toString());
        x.put("enterprises", z.enterprises());
        x.put("workers", z.workers());
      });
      r.area().ifPresent(a -> {
        x.put("file", "area_stats.yaml");
        x.put("id", a.id());
        x.put("zones", a.zones());
        x.put("as_of", a.asOf().toString());
        x.put("enterprises", a.enterprises());
        x.put("workers", a.workers());
        x.put("enterprise_share_pct", a.enterpriseSharePct());
        x.put("worker_share_pct", a.workerSharePct());
      });
      x.put("sentence", r.sentence());
      x.put("existing", r.existing());
      rows.add(x);
    }
    m.put("statistics", rows);
    m.put("not_placed", d.notPlaced().stream().map(n -> Map.of("sentence", n.sentence(), "reason", n.reason()))
        .toList());
    return m;
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
