package vn.thuduc.coordbot.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.thuduc.coordbot.data.Agreement;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Award;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Industry;
import vn.thuduc.coordbot.data.Meeting;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Point;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.records.MeetingRecord;
import vn.thuduc.coordbot.records.RecordTables;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.store.Database;

/**
 * The dataset tables: replaced whole in one transaction per import, read back as a {@link Dataset},
 * with every version kept (its files, for rollback). Long because it holds the SQL of ten tables, one
 * insert and one read each; splitting them would scatter one transaction.
 */
public final class DatasetStore {
  private static final List<String> TABLES = List.of(
      "award", "point", "person", "agreement", "meeting", "industry", "area_stat", "zone_stat", "zone", "source");

  private static final String INSERT_SOURCE = "INSERT INTO source (id, ord, site, title_vi, title_en, author,"
      + " page_date, photo_caption_vi) VALUES (?,?,?,?,?,?,?,?)";
  private static final String INSERT_ZONE = "INSERT INTO zone (id, ord, kind, name_vi, name_en, short_vi, short_en,"
      + " aliases, source) VALUES (?,?,?,?,?,?,?,?,?)";
  private static final String INSERT_STAT = "INSERT INTO zone_stat (zone_id, as_of, ord, enterprises, workers, source)"
      + " VALUES (?,?,?,?,?,?)";
  private static final String INSERT_AREA = "INSERT INTO area_stat (id, ord, as_of, area_vi, area_en, zones,"
      + " enterprises, workers, enterprise_share_pct, worker_share_pct, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
  private static final String INSERT_INDUSTRY = "INSERT INTO industry (id, ord, name_vi, name_en, source)"
      + " VALUES (?,?,?,?,?)";
  private static final String INSERT_MEETING = "INSERT INTO meeting (id, ord, date, date_note_vi, date_note_en,"
      + " part_of_day, organiser_vi, organiser_en, title_vi, title_en, reviewed_from, reviewed_to, purpose_vi,"
      + " purpose_en, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final String INSERT_AGREEMENT = "INSERT INTO agreement (id, ord, meeting, action, from_year,"
      + " to_year, party_a_vi, party_a_en, party_b_vi, party_b_en, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
  private static final String INSERT_PERSON = "INSERT INTO person (id, ord, name, meeting, roles, titles_vi,"
      + " titles_en, source) VALUES (?,?,?,?,?,?,?,?)";
  private static final String INSERT_POINT = "INSERT INTO point (id, ord, meeting, kind, speaker, topic, text_vi,"
      + " text_en, keywords_vi, keywords_en, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
  private static final String INSERT_AWARD = "INSERT INTO award (id, ord, meeting, award_vi, award_en, given_by_vi,"
      + " given_by_en, recipient_kind, count, reason_vi, reason_en, from_year, to_year, recipients, source)"
      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final String INSERT_VERSION = "INSERT INTO dataset_version (version, at, checksum, actor, summary)"
      + " VALUES (?,?,?,?,?)";
  private static final String INSERT_FILE = "INSERT INTO dataset_file (version, name, content) VALUES (?,?,?)";
  private static final String SELECT_FILES = "SELECT name, content FROM dataset_file WHERE version = ? ORDER BY name";
  private static final String RESTORABLE = "SELECT DISTINCT version FROM dataset_file";
  private static final String PUT_META = "INSERT INTO meta (key, value) VALUES (?, ?)"
      + " ON CONFLICT (key) DO UPDATE SET value = excluded.value";
  private static final String GET_META = "SELECT value FROM meta WHERE key = ?";

  private final Database db;
  private final Clock clock;
  /** Lists are JSON arrays of strings; jackson-core's streaming API is enough (and starts fast). */
  private final JsonFactory json = new JsonFactory();

  public DatasetStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A dataset as stored, with its version (1, 2, ...) and the checksum of its files. */
  public record Stored(Dataset dataset, long version, String checksum, Instant importedAt) {}

  /** One applied version of the dataset. */
  public record Version(long version, Instant at, String checksum, String actor, String summary) {}

  /** Replaces the stored dataset in one transaction and records a new version; returns it. */
  public long replace(Dataset ds, String checksum, String actor, String summary) {
    return replace(ds, checksum, actor, summary, Map.of());
  }

  /**
   * Replaces the stored dataset and records a new version together with the files it was read from
   * (kept so that the version can be restored later), all in one transaction; returns the version.
   */
  public long replace(Dataset ds, String checksum, String actor, String summary, Map<String, byte[]> files) {
    return replace(ds, checksum, actor, summary, files, List.of());
  }

  /** As {@link #replace(Dataset, String, String, String, Map)}, with the meeting records in the same transaction. */
  public long replace(Dataset ds, String checksum, String actor, String summary, Map<String, byte[]> files,
      List<MeetingRecord> records) {
    return db.inTransaction(c -> {
      RecordTables.replace(c, records);
      try (Statement s = c.createStatement()) {
        for (String t : TABLES) {
          s.executeUpdate("DELETE FROM " + t);
        }
      }
      insertAll(c, ds);
      long version = currentVersion(c) + 1;
      String now = clock.instant().toString();
      try (PreparedStatement ps = c.prepareStatement(INSERT_VERSION)) {
        ps.setLong(1, version);
        ps.setString(2, now);
        ps.setString(3, checksum);
        ps.setString(4, actor);
        ps.setString(5, summary);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(INSERT_FILE)) {
        for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
          ps.setLong(1, version);
          ps.setString(2, f.getKey());
          ps.setBytes(3, f.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      putMeta(c, "dataset_version", Long.toString(version));
      putMeta(c, "dataset_checksum", checksum);
      putMeta(c, "imported_at", now);
      return version;
    });
  }

  /** The stored dataset, or empty before the first import. */
  public Optional<Stored> read() {
    // read at every start of ask: a class of its own rather than lambdas, each of which is a class
    // made when first used (see performance.md, "Start-up of ask")
    return db.withConnection(new Database.SqlFunction<Optional<Stored>>() {
      @Override
      public Optional<Stored> apply(Connection c) throws SQLException {
        return read(c);
      }
    });
  }

  private Optional<Stored> read(Connection c) throws SQLException {
    Optional<String> version = meta(c, "dataset_version");
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Dataset ds = new Dataset(sources(c), zones(c), stats(c), areas(c), industries(c), meetings(c),
        agreements(c), people(c), points(c), awards(c));
    return Optional.of(new Stored(ds, Long.parseLong(version.get()),
        meta(c, "dataset_checksum").orElse(""), Instant.parse(meta(c, "imported_at").orElseThrow())));
  }

  /** The stored meeting records with their passages. */
  public List<MeetingRecord> records() {
    return db.withConnection(RecordTables::read);
  }

  /** The stored version number and checksum, without reading the records. */
  public Optional<Version> current() {
    return versions().stream().findFirst();
  }

  /** Every applied version, newest first. */
  public List<Version> versions() {
    return db.withConnection(c -> {
      List<Version> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT version, at, checksum, actor, summary FROM dataset_version ORDER BY version DESC");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Version(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
              rs.getString(5)));
        }
      }
      return out;
    });
  }

  /** The files version {@code version} was imported from; empty when they were not kept. */
  public Optional<Map<String, byte[]>> files(long version) {
    return db.withConnection(c -> {
      Map<String, byte[]> out = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement(SELECT_FILES)) {
        ps.setLong(1, version);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getBytes(2));
          }
        }
      }
      return out.isEmpty() ? Optional.<Map<String, byte[]>>empty() : Optional.of(Map.copyOf(out));
    });
  }

  /** The versions whose files are kept (and so can be restored). */
  public Set<Long> restorable() {
    return db.withConnection(c -> {
      Set<Long> out = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement(RESTORABLE); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    });
  }

  private static long currentVersion(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM dataset_version");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Records that the search index was committed with {@code version}. */
  public void indexed(long version) {
    db.withConnection(c -> {
      putMeta(c, "index_version", Long.toString(version));
      putMeta(c, "index_commit", PassageIndex.commitName(version));
      return null;
    });
  }

  /** The dataset version the search index was last committed with, if recorded. */
  public java.util.OptionalLong indexVersion() {
    return db.withConnection(c -> meta(c, "index_version")
        .map(v -> java.util.OptionalLong.of(Long.parseLong(v))).orElse(java.util.OptionalLong.empty()));
  }

  /**
   * True when the index was last committed with {@code version} by this analyser, as recorded with
   * the version ({@link PassageIndex#commitName}): a start that finds it need not open Lucene. An
   * older program recorded the version alone, and another may record a version without the name:
   * then this is false and the index itself is checked.
   */
  public boolean indexHolds(long version) {
    return db.withConnection(new Database.SqlFunction<Boolean>() {
      @Override
      public Boolean apply(Connection c) throws SQLException {
        return meta(c, "index_commit").equals(Optional.of(PassageIndex.commitName(version)))
            && meta(c, "index_version").equals(Optional.of(Long.toString(version)));
      }
    });
  }


  private static void putMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(PUT_META)) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }

  private static Optional<String> meta(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(GET_META)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private void insertAll(Connection c, Dataset ds) throws SQLException {
    int i = 0;
    try (PreparedStatement ps = c.prepareStatement(INSERT_SOURCE)) {
      for (Source s : ds.sources()) {
        bind(ps, s.id(), i++, s.site(), s.titleVi(), s.titleEn(), s.author(), str(s.pageDate()), s.photoCaptionVi());
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_ZONE)) {
      for (Zone z : ds.zones()) {
        bind(ps, z.id(), i++, z.kind().code(), z.nameVi(), z.nameEn(), z.shortVi(), z.shortEn(),
            toJson(z.aliases()), z.source());
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_STAT)) {
      for (ZoneStat s : ds.zoneStats()) {
        bind(ps, s.zoneId(), s.asOf().toString(), i++, s.enterprises(), s.workers(), s.source());
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_AREA)) {
      for (AreaStat a : ds.areaStats()) {
        bind(ps, a.id(), i++, a.asOf().toString(), a.areaVi(), a.areaEn(), toJson(a.zones()), a.enterprises(),
            a.workers(), str(a.enterpriseSharePct()), str(a.workerSharePct()), a.source());
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_INDUSTRY)) {
      for (Industry x : ds.industries()) {
        bind(ps, x.id(), i++, x.nameVi(), x.nameEn(), x.source());
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_MEETING)) {
      for (Meeting m : ds.meetings()) {
        bind(ps, m.id(), i++, m.date().toString(), m.dateNoteVi(), m.dateNoteEn(), m.partOfDay(), m.organiserVi(),
            m.organiserEn(), m.titleVi(), m.titleEn(), m.reviewedFrom(), m.reviewedTo(), m.purposeVi(),
            m.purposeEn(), m.source());
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_AGREEMENT)) {
      for (Agreement a : ds.agreements()) {
        bind(ps, a.id(), i++, a.meeting(), a.action(), a.fromYear(), a.toYear(), a.partyAVi(), a.partyAEn(),
            a.partyBVi(), a.partyBEn(), a.source());
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_PERSON)) {
      for (Person p : ds.people()) {
        bind(ps, p.id(), i++, p.name(), p.meeting(), toJson(p.roles()), toJson(p.titlesVi()), toJson(p.titlesEn()),
            p.source());
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_POINT)) {
      for (Point p : ds.points()) {
        bind(ps, p.id(), i++, p.meeting(), p.kind(), p.speaker(), p.topic(), p.textVi(), p.textEn(),
            toJson(p.keywordsVi()), toJson(p.keywordsEn()), p.source());
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_AWARD)) {
      for (Award a : ds.awards()) {
        bind(ps, a.id(), i++, a.meeting(), a.awardVi(), a.awardEn(), a.givenByVi(), a.givenByEn(),
            a.recipientKind(), a.count(), a.reasonVi(), a.reasonEn(), a.fromYear(), a.toYear(),
            toJson(a.recipients()), a.source());
      }
      ps.executeBatch();
    }
  }

  private static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int k = 0; k < values.length; k++) {
      ps.setObject(k + 1, values[k]);
    }
    ps.addBatch();
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private String toJson(List<String> list) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = json.createGenerator(w)) {
      g.writeStartArray();
      for (String s : list) {
        g.writeString(s);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
    return w.toString();
  }

  private List<String> list(String s) throws SQLException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = json.createParser(s)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new SQLException("corrupt list column: not a JSON array");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.VALUE_STRING) {
          throw new SQLException("corrupt list column: " + t + " in a list of strings");
        }
        out.add(p.getText());
      }
    } catch (IOException e) {
      throw new SQLException("corrupt list column: " + e.getMessage(), e);
    }
    return List.copyOf(out);
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }


  /** One table's rows in their order, and the statement they come from, closed together. */
  private static final class Rows implements AutoCloseable {
    private final PreparedStatement ps;
    private final ResultSet rs;

    Rows(Connection c, String sql) throws SQLException {
      ps = c.prepareStatement(sql);
      try {
        rs = ps.executeQuery();
      } catch (SQLException | RuntimeException e) {
        ps.close();
        throw e;
      }
    }

    @Override
    public void close() throws SQLException {
      ps.close();
    }
  }

  // each table read with a loop of its own: these run at every start of ask, where a lambda per table
  // was a class made at its first use

  private List<Source> sources(Connection c) throws SQLException {
    List<Source> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM source ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new Source(rs.getString("id"), rs.getString("site"), rs.getString("title_vi"),
            rs.getString("title_en"), rs.getString("author"), date(rs.getString("page_date")),
            rs.getString("photo_caption_vi")));
      }
    }
    return out;
  }

  private List<Zone> zones(Connection c) throws SQLException {
    List<Zone> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM zone ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new Zone(rs.getString("id"), ZoneKind.fromCode(rs.getString("kind")), rs.getString("name_vi"),
            rs.getString("name_en"), rs.getString("short_vi"), rs.getString("short_en"),
            list(rs.getString("aliases")), rs.getString("source")));
      }
    }
    return out;
  }

  private List<ZoneStat> stats(Connection c) throws SQLException {
    List<ZoneStat> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM zone_stat ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new ZoneStat(rs.getString("zone_id"), date(rs.getString("as_of")), rs.getLong("enterprises"),
            rs.getLong("workers"), rs.getString("source")));
      }
    }
    return out;
  }

  private List<AreaStat> areas(Connection c) throws SQLException {
    List<AreaStat> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM area_stat ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new AreaStat(rs.getString("id"), date(rs.getString("as_of")), rs.getString("area_vi"),
            rs.getString("area_en"), list(rs.getString("zones")), rs.getLong("enterprises"), rs.getLong("workers"),
            dec(rs.getString("enterprise_share_pct")), dec(rs.getString("worker_share_pct")),
            rs.getString("source")));
      }
    }
    return out;
  }

  private List<Industry> industries(Connection c) throws SQLException {
    List<Industry> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM industry ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new Industry(rs.getString("id"), rs.getString("name_vi"), rs.getString("name_en"),
            rs.getString("source")));
      }
    }
    return out;
  }

  private List<Meeting> meetings(Connection c) throws SQLException {
    List<Meeting> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM meeting ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new Meeting(rs.getString("id"), date(rs.getString("date")), rs.getString("date_note_vi"),
            rs.getString("date_note_en"), rs.getString("part_of_day"), rs.getString("organiser_vi"),
            rs.getString("organiser_en"), rs.getString("title_vi"), rs.getString("title_en"),
            rs.getInt("reviewed_from"), rs.getInt("reviewed_to"), rs.getString("purpose_vi"),
            rs.getString("purpose_en"), rs.getString("source")));
      }
    }
    return out;
  }

  private List<Agreement> agreements(Connection c) throws SQLException {
    List<Agreement> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM agreement ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new Agreement(rs.getString("id"), rs.getString("meeting"), rs.getString("action"),
            rs.getInt("from_year"), rs.getInt("to_year"), rs.getString("party_a_vi"), rs.getString("party_a_en"),
            rs.getString("party_b_vi"), rs.getString("party_b_en"), rs.getString("source")));
      }
    }
    return out;
  }

  private List<Person> people(Connection c) throws SQLException {
    List<Person> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM person ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new Person(rs.getString("id"), rs.getString("name"), rs.getString("meeting"),
            list(rs.getString("roles")), list(rs.getString("titles_vi")), list(rs.getString("titles_en")),
            rs.getString("source")));
      }
    }
    return out;
  }

  private List<Point> points(Connection c) throws SQLException {
    List<Point> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM point ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new Point(rs.getString("id"), rs.getString("meeting"), rs.getString("kind"),
            rs.getString("speaker"), rs.getString("topic"), rs.getString("text_vi"), rs.getString("text_en"),
            list(rs.getString("keywords_vi")), list(rs.getString("keywords_en")), rs.getString("source")));
      }
    }
    return out;
  }

  private List<Award> awards(Connection c) throws SQLException {
    List<Award> out = new ArrayList<>();
    try (Rows r = new Rows(c, "SELECT * FROM award ORDER BY ord")) {
      for (ResultSet rs = r.rs; rs.next();) {
        out.add(new Award(rs.getString("id"), rs.getString("meeting"), rs.getString("award_vi"),
            rs.getString("award_en"), rs.getString("given_by_vi"), rs.getString("given_by_en"),
            rs.getString("recipient_kind"), rs.getInt("count"), rs.getString("reason_vi"),
            rs.getString("reason_en"), rs.getInt("from_year"), rs.getInt("to_year"),
            list(rs.getString("recipients")), rs.getString("source")));
      }
    }
    return out;
  }
}
