package vn.thuduc.coordbot.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the dataset files (YAML lists of records, and a CSV time series of zone statistics) with
 * Jackson, checks every record and every reference between files, and reports the first problem
 * as {@code file:line: reason}.
 *
 * <p>This class is long because it is one loader for one dataset: the YAML files, the CSV series and
 * the checks between files share the located records and the {@code file:line} reports.
 */
public final class DatasetLoader {
  public static final String SOURCES = "sources.yaml";
  public static final String ZONES = "zones.yaml";
  public static final String ZONE_STATS = "zone_stats.csv";
  public static final String AREA_STATS = "area_stats.yaml";
  public static final String INDUSTRIES = "industries.yaml";
  public static final String MEETINGS = "meetings.yaml";
  public static final String AGREEMENTS = "agreements.yaml";
  public static final String PEOPLE = "people.yaml";
  public static final String POINTS = "points.yaml";
  public static final String AWARDS = "awards.yaml";
  /** Optional: legal-aid offices, trade unions, hotlines (the shipped dataset has none). */
  public static final String CONTACTS = "contacts.yaml";

  /**
   * The folder of meeting records (originals and their cards), as a file-name prefix: its files are part
   * of the dataset (checksum, versions) but read by the records package, not here.
   */
  public static final String RECORDS_DIR = "records/";

  /** Every file of a dataset; the first three must exist, the rest may be left out. */
  public static final List<String> FILES = List.of(
      SOURCES, ZONES, ZONE_STATS, AREA_STATS, INDUSTRIES, MEETINGS, AGREEMENTS, PEOPLE, POINTS, AWARDS, CONTACTS);
  private static final List<String> REQUIRED = List.of(SOURCES, ZONES, ZONE_STATS);
  /** Largest data file, in bytes: the shipped ones are a few KB; a file this large is a mistake. */
  public static final int MAX_FILE = 2 * 1024 * 1024;
  /** Largest dataset (all its files), in bytes. */
  public static final int MAX_TOTAL = 8 * 1024 * 1024;
  private static final List<String> STAT_COLUMNS = List.of("zone", "as_of", "enterprises", "workers", "source");

  private final ObjectMapper yaml;
  private final CsvMapper csv;

  public DatasetLoader() {
    this.yaml = new ObjectMapper(new YAMLFactory())
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    this.csv = CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).build();
  }

  /** A validated dataset and the checksum of the files it was read from. */
  public record Loaded(Dataset dataset, String checksum, Map<String, byte[]> files) {}

  /**
   * Reads the dataset files of {@code dir}, each at most {@link #MAX_FILE} bytes and all together at
   * most {@link #MAX_TOTAL} (the limits of an upload), checked before a byte is read.
   */
  public Loaded load(Path dir) throws DataException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    for (String name : FILES) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        try {
          long size = Files.size(p);
          total += size;
          if (size > MAX_FILE) {
            throw new DataException(name, 0, "too large (" + size + " bytes; a data file may have at most " + MAX_FILE
                + " bytes, as an upload)");
          }
          if (total > MAX_TOTAL) {
            throw new DataException(name, 0, "the data files together pass " + MAX_TOTAL
                + " bytes (the most a dataset may have, as an upload)");
          }
          files.put(name, Files.readAllBytes(p));
        } catch (IOException e) {
          throw new DataException(name, 0, "cannot read: " + e.getMessage());
        }
      }
    }
    files.putAll(recordFiles(dir));
    return load(files);
  }

  /** The files of {@code dir}'s records folder, named {@code records/NAME}; hidden files are left out. */
  public static Map<String, byte[]> recordFiles(Path dir) throws DataException {
    Map<String, byte[]> files = new TreeMap<>();
    Path records = dir.resolve(RECORDS_DIR);
    if (!Files.isDirectory(records)) {
      return files;
    }
    try (java.util.stream.Stream<Path> list = Files.list(records)) {
      for (Path p : list.sorted().toList()) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && !name.startsWith(".")) {
          files.put(RECORDS_DIR + name, Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new DataException(RECORDS_DIR, 0, "cannot read: " + e.getMessage());
    }
    return files;
  }

  /** Reads a dataset given as file name to bytes (for uploads and tests). */
  public Loaded load(Map<String, byte[]> files) throws DataException {
    for (String name : files.keySet()) {
      if (!FILES.contains(name) && !isRecordFile(name)) {
        throw new DataException(name, 0, "not a dataset file (expected one of " + String.join(", ", FILES) + ")");
      }
    }
    for (String name : REQUIRED) {
      if (!files.containsKey(name)) {
        throw new DataException(name, 0, "missing: every dataset needs " + String.join(", ", REQUIRED));
      }
    }
    List<Located<Source>> sources = readYaml(files, SOURCES, Source.class);
    List<Located<Zone>> zones = readYaml(files, ZONES, Zone.class);
    List<Located<ZoneStat>> stats = readStats(files);
    List<Located<AreaStat>> areas = readYaml(files, AREA_STATS, AreaStat.class);
    List<Located<Industry>> industries = readYaml(files, INDUSTRIES, Industry.class);
    List<Located<Meeting>> meetings = readYaml(files, MEETINGS, Meeting.class);
    List<Located<Agreement>> agreements = readYaml(files, AGREEMENTS, Agreement.class);
    List<Located<Person>> people = readYaml(files, PEOPLE, Person.class);
    List<Located<Point>> points = readYaml(files, POINTS, Point.class);
    List<Located<Award>> awards = readYaml(files, AWARDS, Award.class);

    Dataset ds = new Dataset(
        values(sources), values(zones), values(stats), values(areas), values(industries),
        values(meetings), values(agreements), values(people), values(points), values(awards));
    new DatasetValidator(ds).validate(
        sources, zones, stats, areas, industries, meetings, agreements, people, points, awards);
    checkContacts(readYaml(files, CONTACTS, Contact.class), ds);
    return new Loaded(ds, checksum(files), Map.copyOf(files));
  }

  /** The contacts of a loaded (so already validated) dataset; none when it has no contacts file. */
  public List<Contact> contacts(Loaded loaded) throws DataException {
    return values(readYaml(loaded.files(), CONTACTS, Contact.class));
  }

  private static void checkContacts(List<Located<Contact>> contacts, Dataset ds) throws DataException {
    for (Located<Contact> l : contacts) {
      Contact c = l.value();
      if (c.name() == null || c.name().isBlank()) {
        throw new DataException(CONTACTS, l.line(), "a contact needs a name");
      }
      if (c.kind() == null || c.kind().isBlank()) {
        throw new DataException(CONTACTS, l.line(), "contact '" + c.name() + "' needs a kind (e.g. legal aid,"
            + " trade union, hotline)");
      }
      if ((c.phone() == null || c.phone().isBlank()) && (c.address() == null || c.address().isBlank())) {
        throw new DataException(CONTACTS, l.line(), "contact '" + c.name() + "' needs a phone or an address");
      }
      if (c.phone() != null && !c.phone().isBlank() && !c.phone().matches("[0-9+ ().-]{3,40}")) {
        throw new DataException(CONTACTS, l.line(), "contact '" + c.name() + "': not a phone number: '"
            + c.phone() + "'");
      }
      for (String z : c.zones()) {
        if (ds.zone(z).isEmpty()) {
          throw new DataException(CONTACTS, l.line(), "contact '" + c.name() + "': unknown zone '" + z + "'");
        }
      }
      if (c.source() == null || ds.source(c.source()).isEmpty()) {
        throw new DataException(CONTACTS, l.line(), "contact '" + c.name() + "': unknown source '" + c.source()
            + "' (every record names one of sources.yaml)");
      }
    }
  }

  /** True for a file of the records folder ({@code records/NAME}, no deeper). */
  public static boolean isRecordFile(String name) {
    return name.startsWith(RECORDS_DIR) && name.length() > RECORDS_DIR.length()
        && name.indexOf('/', RECORDS_DIR.length()) < 0 && !name.contains("..");
  }

  /** SHA-256 over the file names and contents, in name order. */
  public static String checksum(Map<String, byte[]> files) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue());
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A record and the line it starts on. */
  record Located<T>(T value, int line) {}

  private static <T> List<T> values(List<Located<T>> list) {
    return list.stream().map(Located::value).toList();
  }

  private <T> List<Located<T>> readYaml(Map<String, byte[]> files, String name, Class<T> type)
      throws DataException {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      return List.of();
    }
    String text = decode(name, bytes);
    List<Located<T>> out = new ArrayList<>();
    try (JsonParser p = yaml.getFactory().createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return out;
      }
      if (t != JsonToken.START_ARRAY) {
        throw new DataException(name, line(p.currentTokenLocation()),
            "expected a list of records, each starting with '- '");
      }
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        int line = line(p.currentTokenLocation());
        if (t != JsonToken.START_OBJECT) {
          throw new DataException(name, line, "expected a record (field: value lines), found " + p.getText());
        }
        out.add(new Located<>(yaml.readValue(p, type), line));
      }
    } catch (JsonProcessingException e) {
      throw new DataException(name, line(e.getLocation()), describe(e));
    } catch (IOException e) {
      throw new DataException(name, 0, "cannot read: " + e.getMessage());
    }
    return out;
  }

  private List<Located<ZoneStat>> readStats(Map<String, byte[]> files) throws DataException {
    String name = ZONE_STATS;
    String text = decode(name, files.get(name));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Located<ZoneStat>> out = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
    try (MappingIterator<Map<String, String>> it =
        csv.readerForMapOf(String.class).with(schema).readValues(text)) {
      CsvSchema header = (CsvSchema) it.getParserSchema();
      List<String> columns = new ArrayList<>();
      header.forEach(c -> columns.add(c.getName()));
      for (String col : STAT_COLUMNS) {
        if (!columns.contains(col)) {
          throw new DataException(name, 1, "missing column '" + col + "' (columns: " + String.join(",", STAT_COLUMNS) + ")");
        }
      }
      for (String col : columns) {
        if (!STAT_COLUMNS.contains(col)) {
          throw new DataException(name, 1, "unknown column '" + col + "' (columns: " + String.join(",", STAT_COLUMNS) + ")");
        }
      }
      while (it.hasNextValue()) {
        Map<String, String> row = it.nextValue();
        // after a row the reader stands at the start of the next line, unless the file ends without one
        JsonLocation after = it.getCurrentLocation();
        int line = after.getColumnNr() <= 1 ? line(after) - 1 : line(after);
        if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
          continue;
        }
        String zone = required(name, line, row, "zone");
        LocalDate asOf = date(name, line, required(name, line, row, "as_of"), "as_of");
        long enterprises = count(name, line, required(name, line, row, "enterprises"), "enterprises");
        long workers = count(name, line, required(name, line, row, "workers"), "workers");
        String source = required(name, line, row, "source");
        out.add(new Located<>(new ZoneStat(zone, asOf, enterprises, workers, source), line));
      }
    } catch (JsonProcessingException e) {
      throw new DataException(name, line(e.getLocation()), describe(e));
    } catch (IOException e) {
      throw new DataException(name, 0, "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      // Jackson's iterator wraps parse errors of later rows in a RuntimeException
      if (e.getCause() instanceof JsonProcessingException jpe) {
        throw new DataException(name, line(jpe.getLocation()), describe(jpe));
      }
      throw e;
    }
    return out;
  }

  private static String required(String file, int line, Map<String, String> row, String col)
      throws DataException {
    String v = row.get(col);
    if (v == null || v.isBlank()) {
      throw new DataException(file, line, "empty value in column '" + col + "'");
    }
    return v.trim();
  }

  private static LocalDate date(String file, int line, String v, String col) throws DataException {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new DataException(file, line, "bad date '" + v + "' in column '" + col + "' (expected YYYY-MM-DD)");
    }
  }

  private static long count(String file, int line, String v, String col) throws DataException {
    String digits = v.replace("_", "");
    if (!digits.matches("\\d{1,12}")) {
      throw new DataException(file, line, "bad number '" + v + "' in column '" + col
          + "' (expected a whole number without separators, e.g. 38807)");
    }
    return Long.parseLong(digits);
  }

  /** Strict UTF-8: a byte sequence that is not UTF-8 is an error on its line. */
  static String decode(String name, byte[] bytes) throws DataException {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new DataException(name, line, "not UTF-8 text (byte " + (in.position() + 1)
          + "); save the file as UTF-8");
    }
    dec.flush(out);
    out.flip();
    return out.toString();
  }

  private static int line(JsonLocation loc) {
    return loc == null ? 0 : Math.max(0, loc.getLineNr());
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'";
    }
    if (e instanceof InvalidFormatException f) {
      String field = f.getPath().isEmpty() ? "?" : f.getPath().get(f.getPath().size() - 1).getFieldName();
      return "bad value '" + f.getValue() + "' for field '" + field + "' (expected "
          + f.getTargetType().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
    String msg = e.getOriginalMessage();
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
      String field = m.getPath().get(m.getPath().size() - 1).getFieldName();
      if (field != null) {
        msg = "field '" + field + "': " + msg;
      }
    }
    return msg.replaceAll("`[a-z.]+\\.([A-Z][A-Za-z]*)`", "$1").replaceAll("\\s+", " ");
  }
}
