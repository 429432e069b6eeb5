package vn.thuduc.coordbot.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.thuduc.coordbot.search.Passage;
import vn.thuduc.coordbot.text.Abbreviations;
import vn.thuduc.coordbot.text.Fold;

/**
 * The same passages in an SQLite FTS5 table, the yardstick for the Lucene index. Text goes in as the
 * analyser sees it (folded, đ → d, abbreviations expanded): {@code unicode61 remove_diacritics 2}
 * alone would not fold đ. Queries are the analyser's terms joined with OR (bigrams as phrases), top
 * k by {@code bm25}.
 */
final class Fts5Index implements AutoCloseable {
  private static final String CREATE =
      "CREATE VIRTUAL TABLE passage USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')";
  private static final String INSERT = "INSERT INTO passage(rowid, body) VALUES (?, ?)";
  private static final String SEARCH = "SELECT rowid FROM passage WHERE passage MATCH ? ORDER BY bm25(passage) LIMIT ?";

  private final Connection connection;
  private final PreparedStatement search;

  Fts5Index(Path file) throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA journal_mode=OFF");
      s.execute("PRAGMA synchronous=OFF");
      s.execute(CREATE);
    }
    search = connection.prepareStatement(SEARCH);
  }

  /** Inserts {@code passages} in one transaction; returns how many. */
  int insert(Iterable<Passage> passages) throws SQLException {
    int n = 0;
    connection.setAutoCommit(false);
    try (PreparedStatement ins = connection.prepareStatement(INSERT)) {
      for (Passage p : passages) {
        ins.setLong(1, ++n);
        ins.setString(2, body(p));
        ins.addBatch();
        if (n % 1_000 == 0) {
          ins.executeBatch();
        }
      }
      ins.executeBatch();
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
    return n;
  }

  /** What the analyser indexes, as words separated by spaces: folded, abbreviations expanded. */
  static String body(Passage p) {
    return String.join(" ", Abbreviations.expandAll(Fold.words(p.textVi() + "\n" + p.textEn())));
  }

  /** The FTS5 query for the analyser's terms: each a quoted string (a phrase for bigrams), OR-ed. */
  static String match(List<String> terms) {
    StringBuilder sb = new StringBuilder();
    for (String t : terms) {
      if (sb.length() > 0) {
        sb.append(" OR ");
      }
      sb.append('"').append(t.replace("\"", "\"\"")).append('"');
    }
    return sb.toString();
  }

  /** The rowids of the best {@code k} passages for the FTS5 query {@code match}. */
  List<Long> search(String match, int k) throws SQLException {
    search.setString(1, match);
    search.setInt(2, k);
    List<Long> out = new ArrayList<>(k);
    try (ResultSet rs = search.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    try {
      search.close();
    } finally {
      connection.close();
    }
  }
}
