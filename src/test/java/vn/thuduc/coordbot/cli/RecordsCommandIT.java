package vn.thuduc.coordbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.records.Fixtures;

/**
 * Meeting records end to end on the command line: {@code records add} (dry run, then --apply), the
 * answers of {@code ask --jsonl} from them, refusals, {@code records remove} and a rollback.
 */
class RecordsCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  private Path data;
  private Path news;
  private Path minutes;

  private record Run(int exit, String out, String err) {}

  @BeforeEach
  void files() throws IOException {
    data = TestDatasets.copyInto(dir);
    news = Files.write(dir.resolve("doi-thoai.html"), Fixtures.newsPage());
    minutes = Files.write(dir.resolve("bien-ban-giao-ban.docx"), Fixtures.minutesDocx());
  }

  private Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Launch launch = new Launch(Map.of("COORDBOT_INDEX_DIR", dir.resolve("index").toString(), "COORDBOT_DATA_DIR",
        data.toString()), Path.of("config", "coordbot.properties"), Clock.systemUTC(),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
    int exit = RootCommand.commandLine(launch).execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private List<JsonNode> ask(String... questions) throws IOException {
    Run r = run(String.join("\n", questions) + "\n", "ask", "--jsonl");
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void aDryRunShowsWhatTheRecordIsAndItsFiguresAndChangesNothing() throws IOException {
    String before = Files.readString(data.resolve("zone_stats.csv"));
    Run r = run("", "records", "add", news.toString(), minutes.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("title:      Đối thoại với công nhân Khu chế xuất Linh Trung 2",
        "event date: 2025-07-05 (morning)", "Trần Văn Thử (Phó Trưởng Ban Quản lý)",
        "NEW zone_stats.csv: linh-trung-2 as of 2025-06-30: 32 enterprises, 26100 workers",
        "from: “Tính đến cuối quý II năm 2025, Khu chế xuất Linh Trung 2 có 32 doanh nghiệp với 26.100 lao động”",
        "kind:       minutes", "event date: 2025-11-22", "Phạm Văn Thí (Trưởng ban)", "Dry run: nothing changed");
    assertThat(Files.readString(data.resolve("zone_stats.csv"))).isEqualTo(before);
    assertThat(data.resolve("records")).isDirectoryNotContaining("glob:**/*doi-thoai*");
  }

  @Test
  void appliedRecordsAnswerContentQuestionsWithCitationsAndTimeFilters() throws IOException {
    Run add = run("", "records", "add", news.toString(), minutes.toString(), "--apply");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).contains("Applied 2 record(s): dataset version 2");
    assertThat(Files.readString(data.resolve("zone_stats.csv")))
        .contains("linh-trung-2,2025-06-30,32,26100,2025-07-05-doi-thoai-voi-cong-nhan-khu");

    List<JsonNode> a = ask("Cuộc họp tháng 7/2025 bàn gì về an toàn lao động?",
        "Năm 2025 có bao nhiêu buổi đối thoại với công nhân?",
        "Biên bản cuộc họp tháng 6/2024 nói gì?",
        "các cuộc họp năm 2025",
        "có những biên bản nào",
        "Cuộc họp tháng 11/2025 bàn gì về tiền lương?",
        "ai dự cuộc họp ngày 22/11/2025",
        "What was decided at the last meeting?",
        "ai dự cuộc họp gần nhất?");
    assertThat(a.get(0).path("answered").asBoolean()).isTrue();
    assertThat(a.get(0).path("answer").asText()).contains("an toàn lao động", "Đối thoại với công nhân", "5/7/2025",
        "đoạn 1");
    assertThat(a.get(0).path("sources").toString()).contains("baothu.vn");
    assertThat(a.get(1).path("answer").asText()).contains("12 buổi đối thoại");
    assertThat(a.get(2).path("answered").asBoolean()).isFalse();
    assertThat(a.get(2).path("answer").asText()).contains("tháng 6/2024", "Biên bản họp giao ban",
        "Đối thoại với công nhân", "Tăng cường phối hợp");
    assertThat(a.get(3).path("answer").asText()).contains("Có 2 tài liệu năm 2025", "Biên bản họp giao ban",
        "Đối thoại với công nhân").doesNotContain("Tăng cường phối hợp");
    assertThat(a.get(4).path("answer").asText()).contains("Biên bản họp giao ban").doesNotContain("Đối thoại");
    assertThat(a.get(5).path("answered").asBoolean()).isFalse();
    assertThat(a.get(5).path("answer").asText()).contains("tiền lương").doesNotContain("phòng cháy");
    assertThat(a.get(6).path("answer").asText()).contains("Phạm Văn Thí", "Đỗ Thị Nghiệm");
    assertThat(a.get(7).path("answer").asText()).contains("thống nhất kiểm tra phòng cháy chữa cháy", "22/11/2025");
    // README's example: the latest meeting is the one of 22/11/2025
    assertThat(a.get(8).path("answer").asText()).contains("Phạm Văn Thí", "22/11/2025");
  }

  @Test
  void refusalsNameTheFileAndChangeNothing() throws IOException {
    Path scan = Files.write(dir.resolve("scan.pdf"), Fixtures.scannedPdf());
    Path mojibake = Files.write(dir.resolve("tcvn3.txt"), Fixtures.tcvn3Text());
    Path doc = Files.write(dir.resolve("old.doc"), new byte[] {1, 2});
    for (Path p : List.of(scan, mojibake, doc)) {
      Run r = run("", "records", "add", p.toString(), "--apply");
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).contains(p.toString()).contains("Nothing changed");
    }
    assertThat(run("", "records", "list").out()).contains("thanhuy-2024-03-08").hasLineCount(1);
  }

  @Test
  void aRecordCanBeRemovedAndTheRemovalRolledBack() throws Exception {
    assertThat(run("", "records", "add", minutes.toString(), "--apply").exit()).isZero();
    JsonNode list = JSON.readTree(run("", "records", "list", "--json").out());
    assertThat(list).hasSize(2);
    String id = list.get(0).path("id").asText();
    assertThat(id).startsWith("2025-11-22-bien-ban");
    assertThat(run("", "records", "remove", id).out()).contains("Dry run");
    assertThat(run("", "records", "remove", id, "--apply").exit()).isZero();
    assertThat(run("", "records", "list").out()).doesNotContain(id);
    assertThat(ask("có những biên bản nào").get(0).path("answered").asBoolean()).isFalse();
    try (Coordbot app = Coordbot.open(Settings.of(Map.of(Settings.ENV_INDEX_DIR, dir.resolve("index").toString(),
        Settings.ENV_DATA_DIR, data.toString())), Clock.systemUTC())) {
      app.data().rollback(2, "test");
    }
    assertThat(run("", "records", "list").out()).contains(id);
    assertThat(ask("có những biên bản nào").get(0).path("answer").asText()).contains("Biên bản họp giao ban");
  }
}
