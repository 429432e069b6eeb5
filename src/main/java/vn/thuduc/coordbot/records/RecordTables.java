package vn.thuduc.coordbot.records;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thuduc.coordbot.data.DataException;

/**
 * The records' two tables in the store of record, written inside the dataset's import transaction
 * (the caller's connection) and read back at start-up and when another process imported a version.
 */
public final class RecordTables {
  private static final String INSERT_RECORD = "INSERT INTO record (id, ord, card) VALUES (?,?,?)";
  private static final String INSERT_PASSAGE = "INSERT INTO record_passage (record_id, ord, paragraph, page, heading,"
      + " start, end, text) VALUES (?,?,?,?,?,?,?,?)";
  private static final String SELECT_RECORDS = "SELECT id, card FROM record ORDER BY ord";
  private static final String SELECT_PASSAGES = "SELECT record_id, ord, paragraph, page, heading, start, end, text"
      + " FROM record_passage ORDER BY record_id, ord";

  private RecordTables() {}

  /** Replaces the stored records by {@code records}, on the caller's connection (inside its transaction). */
  public static void replace(Connection c, List<MeetingRecord> records) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM record_passage");
      s.executeUpdate("DELETE FROM record");
    }
    try (PreparedStatement r = c.prepareStatement(INSERT_RECORD);
        PreparedStatement p = c.prepareStatement(INSERT_PASSAGE)) {
      int ord = 0;
      for (MeetingRecord m : records) {
        r.setString(1, m.id());
        r.setInt(2, ord++);
        r.setString(3, new String(RecordFiles.write(m.card()), StandardCharsets.UTF_8));
        r.addBatch();
        for (RecordPassage x : m.passages()) {
          p.setString(1, x.recordId());
          p.setInt(2, x.ordinal());
          p.setInt(3, x.paragraph());
          p.setInt(4, x.page());
          p.setString(5, x.heading());
          p.setInt(6, x.start());
          p.setInt(7, x.end());
          p.setString(8, x.text());
          p.addBatch();
        }
      }
      r.executeBatch();
      p.executeBatch();
    }
  }

  /** The stored records with their passages, in the order they were written. */
  public static List<MeetingRecord> read(Connection c) throws SQLException {
    Map<String, RecordCard> cards = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT_RECORDS); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        try {
          cards.put(id, RecordFiles.card(RecordFiles.DIR + id + ".yaml", rs.getString(2).getBytes(StandardCharsets.UTF_8)));
        } catch (DataException e) {
          throw new SQLException("stored record card " + id + " does not read: " + e.getMessage(), e);
        }
      }
    }
    Map<String, List<RecordPassage>> passages = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT_PASSAGES); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        passages.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new RecordPassage(rs.getString(1),
            rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8)));
      }
    }
    List<MeetingRecord> out = new ArrayList<>();
    cards.forEach((id, card) -> out.add(new MeetingRecord(card, passages.getOrDefault(id, List.of()))));
    return out;
  }
}
