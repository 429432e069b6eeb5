package vn.thuduc.coordbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees when the bot cannot start: one line naming what to fix, exit 2, nothing changed. */
class StartRefusalsTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    Launch launch = new Launch(env, Path.of("config", "coordbot.properties"), Clock.systemUTC(),
        new ByteArrayInputStream(new byte[0]), out, err);
    return CommandRunner.run(launch, args);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aBusyPortIsOneLineAndNotEvenTheIndexDirectoryIsCreated() throws Exception {
    Path index = tmp.resolve("index");
    try (ServerSocket other = new ServerSocket()) {
      other.bind(new InetSocketAddress("127.0.0.1", 0));
      int code = run(Map.of("COORDBOT_INDEX_DIR", index.toString(), "COORDBOT_DATA_DIR", "config/data",
          "COORDBOT_WEB_PORT", Integer.toString(other.getLocalPort())), "web");
      assertThat(code).isEqualTo(2);
    }
    assertThat(stderr().lines()).hasSize(1);
    assertThat(stderr()).contains("already in use").contains("COORDBOT_WEB_PORT").doesNotContain("Exception\n");
    assertThat(index).doesNotExist();
  }

  @Test
  void aDatabaseThatCannotBeWrittenIsOneLine() throws Exception {
    Path index = Files.createDirectories(tmp.resolve("index"));
    Files.createDirectories(index.resolve("coordbot.db")); // not a file: SQLite cannot use it
    int code = run(Map.of("COORDBOT_INDEX_DIR", index.toString(), "COORDBOT_DATA_DIR", "config/data"), "ask",
        "KCX Linh Trung có bao nhiêu lao động?");
    assertThat(code).isEqualTo(2);
    assertThat(stderr().lines()).hasSize(1);
    assertThat(stderr()).contains("coordbot.db").contains("read-only");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
