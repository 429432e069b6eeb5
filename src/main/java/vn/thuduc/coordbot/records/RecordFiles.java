package vn.thuduc.coordbot.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.DatasetLoader;

/**
 * The records among a dataset's files ({@code records/ID.yaml} cards and the originals they name):
 * read into {@link MeetingRecord}s, the originals' text extracted and cut into passages again, so what
 * is served always follows from the files in git.
 */
public final class RecordFiles {
  /** The folder of records inside the data directory, as a file-name prefix. */
  public static final String DIR = vn.thuduc.coordbot.data.DatasetLoader.RECORDS_DIR;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES))
      .registerModule(new JavaTimeModule())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RecordFiles() {}

  /** True for a file name that belongs to the records folder. */
  public static boolean isRecordFile(String name) {
    return vn.thuduc.coordbot.data.DatasetLoader.isRecordFile(name);
  }

  /** The records of {@code files}, in the order of their ids; a card or an original that does not read is an error. */
  public static List<MeetingRecord> load(Map<String, byte[]> files) throws DataException {
    return load(files, new HashMap<>());
  }

  /**
   * As {@link #load(Map)}, reusing the records of {@code read} (keyed by the card's and the original's
   * contents) and adding the ones read now: a dataset checked, then applied, reads each file once.
   */
  public static List<MeetingRecord> load(Map<String, byte[]> files, Map<String, MeetingRecord> read)
      throws DataException {
    List<MeetingRecord> out = new ArrayList<>();
    Map<String, byte[]> sorted = new TreeMap<>(files);
    for (Map.Entry<String, byte[]> e : sorted.entrySet()) {
      String name = e.getKey();
      if (!isRecordFile(name) || !name.endsWith(".yaml")) {
        continue;
      }
      RecordCard card = card(name, e.getValue());
      String original = DIR + card.file();
      byte[] bytes = files.get(original);
      if (bytes == null) {
        throw new DataException(name, 0, "names the file '" + card.file() + "', which is not in " + DIR);
      }
      String key = key(name, e.getValue(), original, bytes);
      MeetingRecord known = read.get(key);
      if (known == null) {
        RecordText text = TextExtractor.extract(original, bytes);
        known = new MeetingRecord(card, PassageCutter.cut(card.id(), text));
        read.put(key, known);
      }
      out.add(known);
    }
    for (String name : sorted.keySet()) {
      if (isRecordFile(name) && !name.endsWith(".yaml")
          && out.stream().noneMatch(r -> name.equals(DIR + r.card().file()))) {
        throw new DataException(name, 0, "a record file without its card: add it with 'records add' (or remove it)");
      }
    }
    return out;
  }

  /**
   * Adds to {@code read} the records {@code drafts} already read, as {@code files} (made from them by
   * {@link RecordImporter#add}) hold them: applying a dry run then extracts no original's text again.
   */
  public static void remember(Map<String, byte[]> files, List<RecordDraft> drafts, Map<String, MeetingRecord> read)
      throws DataException {
    for (RecordDraft d : drafts) {
      String name = DIR + d.card().id() + ".yaml";
      String original = DIR + d.card().file();
      byte[] card = files.get(name);
      byte[] bytes = files.get(original);
      if (card != null && bytes != null) {
        read.putIfAbsent(key(name, card, original, bytes), new MeetingRecord(card(name, card), d.passages()));
      }
    }
  }

  /** A record read once is known by its card's and its original's contents. */
  private static String key(String name, byte[] card, String original, byte[] bytes) {
    return name + ":" + DatasetLoader.checksum(Map.of(name, card, original, bytes));
  }

  /** Reads one card; the id must be the file's name. */
  static RecordCard card(String name, byte[] bytes) throws DataException {
    RecordCard card;
    try {
      card = YAML.readValue(new String(bytes, StandardCharsets.UTF_8), RecordCard.class);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new DataException(name, line, e.getOriginalMessage().replaceAll("\\s+", " "));
    }
    String id = name.substring(DIR.length(), name.length() - ".yaml".length());
    if (card == null || !id.equals(card.id())) {
      throw new DataException(name, 1, "the card's id must be the file's name ('" + id + "')");
    }
    if (card.title() == null || card.title().isBlank() || card.file() == null || card.file().isBlank()) {
      throw new DataException(name, 1, "a record card needs 'title' and 'file'");
    }
    if (RecordKind.parse(card.kind()).isEmpty()) {
      throw new DataException(name, 1, "kind '" + card.kind() + "' is not one of " + RecordKind.names());
    }
    return card;
  }

  /** A card as YAML text. */
  static byte[] write(RecordCard card) {
    try {
      return ("# A meeting record (see src/site/markdown/records.md); the original is " + card.file() + "\n"
          + YAML.writeValueAsString(card)).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("a card always writes", e);
    }
  }
}
