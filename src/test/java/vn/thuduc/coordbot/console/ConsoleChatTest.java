package vn.thuduc.coordbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.cli.Launch;

/** The terminal chat: one conversation, files for /chart and /export, the session's language. */
class ConsoleChatTest {
  @TempDir Path tmp;

  private String chat(String input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Launch launch = new Launch(Map.of("COORDBOT_INDEX_DIR", tmp.resolve("index").toString(),
        "COORDBOT_DATA_DIR", "config/data"), Path.of("config", "coordbot.properties"),
        Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, new ByteArrayOutputStream());
    try (Coordbot app = launch.open()) {
      new ConsoleChat(app.questions(), app.data()::dataset, tmp.resolve("out"), launch.clock())
          .run(launch.in(), launch.out());
    }
    launch.out().flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSessionIsOneConversationUntilNew() throws Exception {
    String out = chat("KCX Linh Trung 2 có bao nhiêu lao động?\nvà số doanh nghiệp?\n/new\nvà số doanh nghiệp?\n");
    String[] answers = out.split("\n> ");
    assertThat(answers[2]).as("the follow-up answered for Linh Trung 2").contains("Linh Trung 2").contains("30")
        .doesNotContain("328");
    assertThat(answers[3]).contains("Đã bắt đầu lại");
    assertThat(answers[4]).as("after /new the follow-up has no frame: a clarifying question")
        .contains("khu nào").doesNotContain("328");
  }

  @Test
  void chartAndExportWriteFilesAndPrintTheirPaths() throws Exception {
    String out = chat("/chart\n/export\n");
    Matcher png = Pattern.compile("(/\\S+\\.png)").matcher(out);
    Matcher csv = Pattern.compile("(/\\S+\\.csv)").matcher(out);
    assertThat(png.find()).as(out).isTrue();
    assertThat(csv.find()).as(out).isTrue();
    byte[] image = Files.readAllBytes(Path.of(png.group(1)));
    assertThat(image).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(Files.readString(Path.of(csv.group(1)), StandardCharsets.UTF_8)).contains("38807");
  }

  @Test
  void commandsAnswerInTheSessionsLanguage() throws Exception {
    String vi = chat("khu chế xuất linh trung có bao nhiêu doanh nghiệp\n/zones\n/about\n");
    assertThat(vi.split("\n> ")[2]).contains("KCX Linh Trung").contains("doanh nghiệp");
    String en = chat("How many workers are in Cat Lai?\n/zones\n");
    assertThat(en.split("\n> ")[2]).contains("Linh Trung EPZ").contains("enterprises").doesNotContain("doanh nghiệp");
  }
}
