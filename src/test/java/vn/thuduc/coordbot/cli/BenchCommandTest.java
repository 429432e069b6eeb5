package vn.thuduc.coordbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} run where there is no dataset (outside the repository root): one line, exit 2, no trace. */
class BenchCommandTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"--web", "--zalo", "--records=1", "--docs=0"})
  void everyModeNamesTheMissingDatasetInOneLineAndExits2(String mode) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path missing = tmp.resolve("config").resolve("data");
    Launch launch = new Launch(Map.of("COORDBOT_DATA_DIR", missing.toString(),
        "COORDBOT_INDEX_DIR", tmp.resolve("index").toString()), tmp.resolve("coordbot.properties"),
        Clock.systemUTC(), new ByteArrayInputStream(new byte[0]), out, err);

    int code = RootCommand.commandLine(launch).execute("bench", mode);

    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(2);
    assertThat(stderr.lines()).hasSize(1);
    assertThat(stderr).contains(missing.toAbsolutePath().toString()).contains("COORDBOT_DATA_DIR")
        .doesNotContain("Exception");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
