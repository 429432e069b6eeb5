package vn.thuduc.coordbot.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data files as Apply writes them: atomically, and readable by the same users as before. */
class DataFilesTest {
  @TempDir Path dir;

  @Test
  void aRewrittenFileKeepsItsModeAndANewOneIsReadableByAll() throws Exception {
    Path zones = dir.resolve("zones.yaml");
    Files.writeString(zones, "old");
    Files.setPosixFilePermissions(zones, PosixFilePermissions.fromString("rw-rw-r--"));
    new DataFiles(dir).write(Map.of("zones.yaml", "new".getBytes(StandardCharsets.UTF_8),
        "sources.yaml", "s".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(zones)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zones))).isEqualTo("rw-rw-r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sources.yaml"))))
        .isEqualTo("rw-r--r--");
  }
}
