package vn.thuduc.coordbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class AskLoggingTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Logger logger(String name) {
    return new AskLogging.Loggers(new LogLines(dir.resolve("coordbot.log"), new PrintStream(err, true,
        StandardCharsets.UTF_8))).getLogger(name);
  }

  private String file() throws IOException {
    Path f = dir.resolve("coordbot.log");
    return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
  }

  @Test
  void infoGoesToTheLogFileAndNotToStderr() throws IOException {
    logger("vn.thuduc.coordbot.app.Coordbot").info("closed the index and the {}", "database");

    assertThat(file()).endsWith(" INFO [" + Thread.currentThread().getName()
        + "] vn.thuduc.coordbot.app.Coordbot - closed the index and the database\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void warningsAndErrorsGoToBothWithTheirStackTrace() throws IOException {
    Logger log = logger("x");
    log.warn("data files are invalid, serving stored version {}: {}", 3, "zones.yaml:4: bad");
    log.error("answering failed", new IllegalStateException("boom"));

    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(stderr).contains(" WARN [", "] x - data files are invalid, serving stored version 3: zones.yaml:4: bad\n")
        .contains(" ERROR [", "] x - answering failed\njava.lang.IllegalStateException: boom\n\tat ");
    assertThat(file()).isEqualTo(stderr);
  }

  @Test
  void debugAndTraceAreOff() throws IOException {
    Logger log = logger("x");
    log.debug("d");
    log.trace("t");

    assertThat(log.isDebugEnabled()).isFalse();
    assertThat(file()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aBotTokenNeverReachesTheLog() throws IOException {
    logger("x").warn("calling https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe failed");

    assertThat(file()).contains("bot<token>/getMe").doesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bot<token>/getMe");
  }

  @Test
  void aLogFileThatCannotBeWrittenIsSaidOnceAndTheCommandGoesOn() throws IOException {
    Path notADir = Files.writeString(dir.resolve("file"), "x");
    Logger log = new AskLogging.Loggers(new LogLines(notADir.resolve("coordbot.log"), new PrintStream(err, true,
        StandardCharsets.UTF_8))).getLogger("x");
    log.info("one");
    log.info("two");

    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("coordbot: cannot write the log file ")
        .containsOnlyOnce("cannot write");
  }

  @Test
  void oneLoggerPerName() {
    AskLogging.Loggers loggers = new AskLogging.Loggers(new LogLines(dir.resolve("coordbot.log"), System.err));

    assertThat(loggers.getLogger("a")).isSameAs(loggers.getLogger("a")).isNotSameAs(loggers.getLogger("b"));
  }
}
