package vn.thuduc.coordbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.dataset.DatasetStore;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;

/** What the store keeps about users, and how the code talks to SQLite. */
class StoredSecretsTest {
  /** A JDBC call whose SQL argument is built with '+' (an allowed exception is listed below). */
  private static final Pattern SQL_CALL = Pattern.compile(
      "\\.(prepareStatement|executeQuery|executeUpdate|execute|addBatch)\\(((?:[^;(){}]|\\([^;(){}]*\\))*)\\)");
  /**
   * Concatenations that take nothing from outside: the schema version (an int) and table names from
   * the constant {@code DatasetStore.TABLES}.
   */
  private static final List<String> ALLOWED = List.of("\"PRAGMA user_version = \" + target", "\"DELETE FROM \" + t");

  @TempDir
  Path dir;

  @Test
  void theQuestionLogKeepsASaltedHashOfTheUserNeverTheId() {
    try (Database db = Database.open(dir)) {
      RuntimeStore store = new RuntimeStore(db, Clock.systemUTC());
      store.logQuestion("telegram", 123456789L, "kcx linh trung", "metric", true, 1.0);
      String hash = db.withConnection(c -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT user_hash FROM question_log");
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getString(1);
        }
      });
      assertThat(hash).isNotBlank().doesNotContain("123456789").matches("[0-9a-f]{32}");
      // the salt is per installation: the same id hashes differently elsewhere
      try (Database other = Database.open(dir.resolve("other"))) {
        new RuntimeStore(other, Clock.systemUTC()).logQuestion("telegram", 123456789L, "x", "metric", true, 1.0);
        String otherHash = other.withConnection(c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT user_hash FROM question_log");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
          }
        });
        assertThat(otherHash).isNotEqualTo(hash);
      }
    }
  }

  @Test
  void aUserHashesTheSameAfterARestartAndDifferentlyInAnotherInstallation() {
    String first;
    try (Database db = Database.open(dir)) {
      first = new RuntimeStore(db, Clock.systemUTC()).userHash(42L);
    }
    try (Database db = Database.open(dir)) {
      assertThat(new RuntimeStore(db, Clock.systemUTC()).userHash(42L)).isEqualTo(first);
    }
    try (Database other = Database.open(dir.resolve("other"))) {
      assertThat(new RuntimeStore(other, Clock.systemUTC()).userHash(42L)).isNotEqualTo(first);
    }
  }

  @Test
  void noSqlIsBuiltByConcatenation() throws IOException {
    List<String> offenders = new ArrayList<>();
    int calls = 0;
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        Matcher m = SQL_CALL.matcher(code);
        while (m.find()) {
          calls++;
          String arg = m.group(2).trim();
          if (arg.contains("+") && !ALLOWED.contains(arg)) {
            offenders.add(f.getFileName() + ": " + m.group());
          }
        }
      }
    }
    assertThat(calls).as("JDBC calls found").isGreaterThan(10);
    assertThat(offenders).isEmpty();
  }
}
