package vn.thuduc.coordbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract that outside checks use: ask, ask --jsonl, reload. */
class AskCommandTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  private int run(byte[] stdin, String... args) {
    Launch launch = new Launch(Map.of("COORDBOT_INDEX_DIR", tmp.toString(), "COORDBOT_DATA_DIR", "config/data"),
        Path.of("config", "coordbot.properties"), Clock.systemUTC(), new ByteArrayInputStream(stdin), out, err);
    return CommandRunner.run(launch, args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void askPrintsOneAnswer() {
    assertThat(run("", "ask", "KCX Linh Trung có bao nhiêu lao động?")).isZero();
    assertThat(stdout()).contains("38.807");
  }

  @Test
  void jsonlAnswersEveryLineWithTheContractFields() throws Exception {
    String in = "KCX Linh Trung có bao nhiêu lao động?\n\n'; DROP TABLE zones; --\n" + "x".repeat(100_000)
        + "\nlao động AND ( OR * ~ \"\n\u0000\u0007 🙂\n";
    assertThat(run(in, "ask", "--jsonl")).isZero();
    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(6);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode o = json.readTree(line);
      assertThat(o.fieldNames()).toIterable()
          .containsExactly("question", "answered", "answer", "intent", "sources", "millis", "query", "conversation");
      assertThat(o.get("answer").asText()).isNotBlank();
      assertThat(o.get("millis").isNumber()).isTrue();
    }
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("answered").asBoolean()).isTrue();
    assertThat(first.get("intent").asText()).isEqualTo("zone_metric");
    assertThat(first.get("sources").get(0).asText()).contains("Thanhuytphcm.vn");
    assertThat(json.readTree(lines.get(2)).get("answered").asBoolean()).isFalse();
    assertThat(stdout()).doesNotContain("Exception").doesNotContain(" INFO ");
  }

  @Test
  void jsonlEndsLinesAtLfOrCrlfOnlySoABareCrStaysInTheQuestion() throws Exception {
    assertThat(run("KCX Linh Trung\rcó bao nhiêu lao động?\r\nKCN Bình Chiểu bao nhiêu lao động\n", "ask", "--jsonl")).isZero();
    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(lines.get(0)).get("question").asText()).isEqualTo("KCX Linh Trung\rcó bao nhiêu lao động?");
    assertThat(json.readTree(lines.get(1)).get("question").asText()).isEqualTo("KCN Bình Chiểu bao nhiêu lao động");
  }

  @Test
  void jsonlObjectLinesCarryTheirConversationAndPlainLinesStandAlone() throws Exception {
    String in = "{\"question\": \"KCX Linh Trung có bao nhiêu lao động?\", \"conversation\": \"c1\"}\n"
        + "KCN Cát Lái có bao nhiêu lao động?\n";
    assertThat(run(in, "ask", "--jsonl")).isZero();
    List<String> lines = stdout().lines().toList();
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("question").asText()).isEqualTo("KCX Linh Trung có bao nhiêu lao động?");
    assertThat(first.get("conversation").asText()).isEqualTo("c1");
    assertThat(first.get("answer").asText()).contains("38.807");
    assertThat(json.readTree(lines.get(1)).get("conversation").isNull()).isTrue();
  }

  @Test
  void jsonlSkipsAByteOrderMarkAndAnswersBytesThatAreNotUtf8WithAnErrorLine() throws Exception {
    // issue 21 (attack): after a BOM the first JSON line was a question of its own text (answered by search), and
    // bytes that are not UTF-8 were asked as U+FFFD
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    in.write("{\"question\": \"KCX Linh Trung có bao nhiêu lao động?\"}\n".getBytes(StandardCharsets.UTF_8));
    in.write(new byte[] {'K', 'C', 'X', ' ', (byte) 0xFF, (byte) 0xC3, '(', '\n'});
    in.write("{\"question\": \"\u00ff\"}\nKCN Bình Chiểu bao nhiêu lao động\n".getBytes(StandardCharsets.UTF_8));
    assertThat(run(in.toByteArray(), "ask", "--jsonl")).isZero();
    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(4);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("question").asText()).isEqualTo("KCX Linh Trung có bao nhiêu lao động?");
    assertThat(first.get("answer").asText()).contains("38.807");
    JsonNode bytes = json.readTree(lines.get(1));
    assertThat(bytes.get("error").asText()).isEqualTo("not valid UTF-8");
    assertThat(bytes.get("question").asText()).startsWith("KCX \uFFFD");
    assertThat(bytes.get("answered").asBoolean()).isFalse();
    assertThat(bytes.get("intent").asText()).isEqualTo("error");
    assertThat(json.readTree(lines.get(2)).has("error")).as("U+00FF is a letter, not a bad byte").isFalse();
    assertThat(json.readTree(lines.get(3)).get("answered").asBoolean()).isTrue();
  }

  @Test
  void jsonlAnswersABadJsonLineWithAnErrorLineAndGoesOn() throws Exception {
    String in = "{\"question\": \"SHTP\"} xyz\n{\"question\": 5}\n{\"question\": \"x\", \"conversation\": 7}\n"
        + "{broken\n{\"question\": \"KCX Linh Trung có bao nhiêu lao động?\"}\n";
    assertThat(run(in, "ask", "--jsonl")).isZero();
    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(5);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines.subList(0, 4)) {
      JsonNode o = json.readTree(line);
      assertThat(o.get("answered").asBoolean()).as(line).isFalse();
      assertThat(o.get("intent").asText()).as(line).isEqualTo("error");
      assertThat(o.get("error").asText()).as(line).isNotBlank();
      assertThat(o.fieldNames()).toIterable().startsWith("question", "answered", "answer", "intent", "sources",
          "millis", "query", "conversation");
    }
    assertThat(json.readTree(lines.get(4)).get("answer").asText()).contains("38.807");
  }

  @Test
  void reloadPrintsWhatChanged() {
    assertThat(run("", "reload")).isZero();
    assertThat(stdout()).contains("dataset version 1").contains("5 zones");
  }

  @Test
  void reloadAfterAnEditPrintsTheChangeAndRecordsItAsTheCommandLines() throws Exception {
    java.nio.file.Path data = vn.thuduc.coordbot.TestDatasets.copyInto(tmp.resolve("copy"));
    Map<String, String> env = Map.of("COORDBOT_INDEX_DIR", tmp.resolve("index").toString(), "COORDBOT_DATA_DIR",
        data.toString());
    assertThat(runIn(env, "reload")).isZero();
    java.nio.file.Path sources = data.resolve("sources.yaml");
    java.nio.file.Files.writeString(sources, java.nio.file.Files.readString(sources)
        .replace("title_en: \"Strengthening", "title_en: \"Strengthening further"));
    out.reset();
    assertThat(runIn(env, "reload")).isZero();
    assertThat(stdout()).contains("Reloaded: dataset version 2: +0 added ~1 changed -0 removed");
    try (vn.thuduc.coordbot.app.Coordbot app = vn.thuduc.coordbot.app.Coordbot.open(
        vn.thuduc.coordbot.config.Settings.of(env), Clock.systemUTC())) {
      assertThat(app.data().versions().get(0).version().actor()).isEqualTo("cli");
    }
  }

  @Test
  void reloadRefusesADataFileLargerThanAnUploadAndSaysTheLimit() throws Exception {
    java.nio.file.Path data = vn.thuduc.coordbot.TestDatasets.copyInto(tmp.resolve("copy"));
    java.nio.file.Files.write(data.resolve("zone_stats.csv"), new byte[3 * 1024 * 1024],
        java.nio.file.StandardOpenOption.APPEND);
    assertThat(runIn(Map.of("COORDBOT_INDEX_DIR", tmp.resolve("index").toString(), "COORDBOT_DATA_DIR",
        data.toString()), "reload")).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("zone_stats.csv").contains("too large")
        .contains("2097152");
  }

  @Test
  void theConsolesExportAndChartGoUnderTheIndexDirectoryNotIntoTheRepository() throws Exception {
    Launch launch = new Launch(Map.of("COORDBOT_INDEX_DIR", tmp.toString(), "COORDBOT_DATA_DIR", "config/data"),
        Path.of("config", "coordbot.properties"), Clock.systemUTC(),
        new ByteArrayInputStream("/export\n/chart\n".getBytes(StandardCharsets.UTF_8)), out, err);
    assertThat(RootCommand.commandLine(launch).execute()).isZero();
    try (var files = java.nio.file.Files.list(tmp.resolve("exports"))) {
      assertThat(files.map(f -> f.getFileName().toString()).toList()).hasSize(2)
          .anyMatch(n -> n.endsWith(".csv")).anyMatch(n -> n.endsWith(".png"));
    }
    try (var here = java.nio.file.Files.list(Path.of("."))) {
      assertThat(here.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("coordbot-"));
    }
  }

  private int runIn(Map<String, String> env, String... args) {
    Launch launch = new Launch(env, Path.of("config", "coordbot.properties"), Clock.systemUTC(),
        new ByteArrayInputStream(new byte[0]), out, err);
    return RootCommand.commandLine(launch).execute(args);
  }

  @Test
  void askWithoutAQuestionExplainsHowToAsk() {
    assertThat(run("", "ask")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--jsonl");
  }
}
