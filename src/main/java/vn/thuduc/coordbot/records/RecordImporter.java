package vn.thuduc.coordbot.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.text.Fold;

/**
 * Turns files into record drafts (the dry run) and drafts into the dataset's files (what Apply
 * imports): the original and its card under {@code records/}, the new statistics rows appended to
 * {@code zone_stats.csv} and {@code area_stats.yaml}, and the record as a source in
 * {@code sources.yaml} when rows cite it. Rows that conflict with the data are shown, never applied.
 */
public final class RecordImporter {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** What the admin said about the file; each overrides what the text says. */
  public record Options(Optional<LocalDate> date, Optional<String> title, Optional<RecordKind> kind) {
    public static final Options NONE = new Options(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * The options an upload's caption gives, one per line: {@code date: 2025-07-05}, {@code title: …},
     * {@code kind: minutes}; other lines are ignored.
     */
    public static Options fromCaption(String fileName, String caption) throws DataException {
      Optional<LocalDate> date = Optional.empty();
      Optional<String> title = Optional.empty();
      Optional<RecordKind> kind = Optional.empty();
      for (String line : (caption == null ? "" : caption).split("\\R")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String key = Fold.fold(line.substring(0, colon)).trim();
        String value = line.substring(colon + 1).trim();
        switch (key) {
          case "date", "ngay" -> {
            try {
              date = Optional.of(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
              throw new DataException(fileName, 0, "caption: date '" + value + "' is not YYYY-MM-DD");
            }
          }
          case "title", "tieu de" -> title = Optional.of(value).filter(v -> !v.isBlank());
          case "kind", "loai" -> kind = Optional.of(RecordKind.parse(value).orElseThrow(() -> new DataException(
              fileName, 0, "caption: kind '" + value + "' is not one of " + RecordKind.names())));
          default -> { }
        }
      }
      return new Options(date, title, kind);
    }
  }

  private RecordImporter() {}

  /**
   * Reads {@code bytes} as a record for {@code ds}; {@code taken} are the record ids in use (the new id is
   * added to it, so several files get distinct ids). Throws
   * with the file's name when it cannot be a record (type, size, no text, mojibake, no event date).
   */
  public static RecordDraft draft(String fileName, byte[] bytes, Options o, Dataset ds, Set<String> taken)
      throws DataException {
    return draft(fileName, bytes, o, ds, taken, Map.of());
  }

  /** As {@link #draft(String, byte[], Options, Dataset, Set)}, refusing a file already among {@code served}'s records. */
  public static RecordDraft draft(String fileName, byte[] bytes, Options o, Dataset ds, Set<String> taken,
      Map<String, byte[]> served) throws DataException {
    for (Map.Entry<String, byte[]> f : served.entrySet()) {
      if (RecordFiles.isRecordFile(f.getKey()) && java.util.Arrays.equals(f.getValue(), bytes)) {
        throw new DataException(fileName, 0, "already added, as " + f.getKey() + " ('records list' shows it)");
      }
    }
    RecordText text = TextExtractor.extract(fileName, bytes);
    EventDate when = EventDate.read(text, o.date());
    if (when.date().isEmpty()) {
      throw new DataException(fileName, 0, "no event date: " + when.note());
    }
    LocalDate date = when.date().get();
    String title = o.title().orElse(text.title().isBlank() ? firstWords(text) : text.title());
    RecordKind kind = o.kind().orElse(guessKind(fileName, title));
    String id = uniqueId(date + "-" + slug(title), taken);
    String ext = TextExtractor.extension(fileName);
    RecordCard card = new RecordCard(id, id + "." + ext, kind.key(), title, date, when.note(), when.partOfDay(),
        when.published().orElse(null), text.author(), text.site(), Attendees.read(text),
        new ZoneNames(ds.zones()).all(text.full()));
    List<FoundRow> stated = Figures.read(text, id, date, ds);
    Changes.Found changes = Changes.read(text, id, date, ds, stated);
    List<FoundRow> rows = new ArrayList<>(stated);
    rows.addAll(changes.rows());
    return new RecordDraft(fileName, bytes, card, text.pages(), PassageCutter.cut(id, text), rows,
        changes.notPlaced());
  }

  /** The dataset's files with the drafts added: originals, cards, new statistics rows, the records as sources. */
  public static Map<String, byte[]> add(Map<String, byte[]> served, List<RecordDraft> drafts, Dataset ds) {
    Map<String, byte[]> files = new TreeMap<>(served);
    StringBuilder stats = new StringBuilder(text(files, DatasetLoader.ZONE_STATS));
    StringBuilder areas = new StringBuilder(text(files, DatasetLoader.AREA_STATS));
    StringBuilder sources = new StringBuilder(text(files, DatasetLoader.SOURCES));
    Set<String> sourceIds = new HashSet<>();
    ds.sources().forEach(s -> sourceIds.add(s.id()));
    for (RecordDraft d : drafts) {
      files.put(RecordFiles.DIR + d.card().file(), d.bytes());
      files.put(RecordFiles.DIR + d.card().id() + ".yaml", RecordFiles.write(d.card()));
      boolean cited = false;
      for (FoundRow r : d.rows()) {
        if (r.state() != FoundRow.State.NEW) {
          continue;
        }
        cited = true;
        if (r.zone().isPresent()) {
          ZoneStat z = r.zone().get();
          line(stats).append(z.zoneId()).append(',').append(z.asOf()).append(',').append(z.enterprises())
              .append(',').append(z.workers()).append(',').append(z.source()).append('\n');
        }
        r.area().ifPresent(a -> line(areas).append(yaml(area(a))));
      }
      if (cited && sourceIds.add(d.card().id())) {
        line(sources).append(yaml(source(d.card())));
      }
    }
    files.put(DatasetLoader.ZONE_STATS, stats.toString().getBytes(StandardCharsets.UTF_8));
    if (!areas.isEmpty()) {
      files.put(DatasetLoader.AREA_STATS, areas.toString().getBytes(StandardCharsets.UTF_8));
    }
    files.put(DatasetLoader.SOURCES, sources.toString().getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /**
   * The dataset's files without record {@code id}'s original and card. The statistics rows it brought
   * stay: they are data now, citing it as their source.
   */
  public static Map<String, byte[]> remove(Map<String, byte[]> served, String id) throws DataException {
    String card = RecordFiles.DIR + id + ".yaml";
    if (!served.containsKey(card)) {
      throw new DataException(id, 0, "no such record; 'records list' shows them");
    }
    RecordCard c = RecordFiles.card(card, served.get(card));
    Map<String, byte[]> files = new TreeMap<>(served);
    files.remove(card);
    files.remove(RecordFiles.DIR + c.file());
    return files;
  }

  private static Map<String, Object> area(AreaStat a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("as_of", a.asOf().toString());
    m.put("area_vi", a.areaVi());
    m.put("area_en", a.areaEn());
    m.put("zones", a.zones());
    m.put("enterprises", a.enterprises());
    m.put("workers", a.workers());
    if (a.enterpriseSharePct() != null) {
      m.put("enterprise_share_pct", a.enterpriseSharePct());
    }
    if (a.workerSharePct() != null) {
      m.put("worker_share_pct", a.workerSharePct());
    }
    m.put("source", a.source());
    return m;
  }

  private static Map<String, Object> source(RecordCard c) {
    Map<String, Object> m = new LinkedHashMap<>();
    boolean ownSite = c.site() != null && !c.site().isBlank();
    m.put("id", c.id());
    m.put("site", ownSite ? c.site() : RecordFiles.DIR + c.file());
    m.put("title_vi", c.title());
    if (c.author() != null && !c.author().isBlank()) {
      m.put("author", c.author());
    }
    // a record without a page of its own is cited by its title and event date (SourceLabel), as its passages are
    LocalDate date = ownSite ? c.published() : c.eventDate();
    if (date != null) {
      m.put("page_date", date.toString());
    }
    return m;
  }

  private static String yaml(Map<String, Object> item) {
    try {
      return YAML.writeValueAsString(List.of(item));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers always writes", e);
    }
  }

  /** The builder, ending with a line break so that what is appended starts a line. */
  private static StringBuilder line(StringBuilder sb) {
    if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
    return sb;
  }

  private static String text(Map<String, byte[]> files, String name) {
    byte[] b = files.get(name);
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }

  private static RecordKind guessKind(String fileName, String title) {
    String f = " " + Fold.fold(title + " " + fileName).replaceAll("[^a-z0-9]+", " ") + " ";
    if (f.contains(" bien ban ") || f.contains(" minutes ")) {
      return RecordKind.MINUTES;
    }
    if (f.contains(" bao cao ") || f.contains(" report ")) {
      return RecordKind.REPORT;
    }
    if (f.contains(" quyet dinh ")) {
      return RecordKind.DECISION;
    }
    if (f.contains(" ke hoach ")) {
      return RecordKind.PLAN;
    }
    return RecordKind.ARTICLE;
  }

  private static String firstWords(RecordText text) {
    String first = text.blocks().get(0).text();
    return first.length() <= 120 ? first : first.substring(0, first.lastIndexOf(' ', 120)) + " …";
  }

  /** The first words of the title, folded, joined by '-': "bien-ban-hop-giao-ban". */
  static String slug(String title) {
    List<String> words = new ArrayList<>(Fold.words(title));
    String s = String.join("-", words.subList(0, Math.min(6, words.size())));
    return s.isEmpty() ? "record" : s;
  }

  private static String uniqueId(String base, Set<String> taken) {
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    taken.add(id);
    return id;
  }
}
