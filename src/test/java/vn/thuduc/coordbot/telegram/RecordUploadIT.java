package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.records.Fixtures;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/** An admin sends a meeting record as a document: its dry run with Apply / Cancel, as for data uploads. */
class RecordUploadIT {
  private static final long ADMIN = 9101;

  @TempDir
  Path dir;
  private RealBot real;
  private long update = 9_100_000;

  @BeforeEach
  void start() throws Exception {
    real = RealBot.start(dir, ADMIN, true);
  }

  @AfterEach
  void stop() {
    real.close();
  }

  private FakeBotApi.Call send(String fileName, byte[] content, String caption, int n) throws InterruptedException {
    String id = real.api().upload(content);
    real.api().offer(Updates.document(update++, ADMIN, "vi", id, fileName, content.length, caption));
    return real.api().awaitReplies(ADMIN, n).get(n - 1);
  }

  private FakeBotApi.Call press(FakeBotApi.Call preview, String prefix, int n) throws InterruptedException {
    String data = null;
    for (JsonNode row : preview.params().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode b : row) {
        if (b.path("callback_data").asText().startsWith(prefix)) {
          data = b.path("callback_data").asText();
        }
      }
    }
    int messageId = 1000 + real.api().calls().stream().filter(x -> x.method().startsWith("send")).toList()
        .indexOf(preview);
    real.api().offer(Updates.press(update++, ADMIN, "vi", messageId, data));
    return real.api().awaitReplies(ADMIN, n).get(n - 1);
  }

  /** The first reply to the admin, after the {@code after} first ones, that contains {@code marker}. */
  private String replyWith(String marker, int after) throws InterruptedException {
    java.util.function.Function<java.util.List<FakeBotApi.Call>, java.util.Optional<String>> find = cs -> {
      java.util.List<FakeBotApi.Call> rs = FakeBotApi.replies(cs, ADMIN);
      return rs.subList(Math.min(after, rs.size()), rs.size()).stream().map(c -> TelegramText.render(c.text()))
          .filter(t -> t.contains(marker)).findFirst();
    };
    return find.apply(real.api().await(cs -> find.apply(cs).isPresent(), java.time.Duration.ofSeconds(15))).get();
  }

  @Test
  void aRecordUploadShowsItsDryRunAndApplyMakesItAnswer() throws Exception {
    FakeBotApi.Call preview = send("bien-ban.docx", Fixtures.minutesDocx(), "date: 2025-11-21\nkind: minutes", 1);
    String shown = TelegramText.render(preview.text());
    assertThat(shown).contains("Biên bản họp giao ban quý III năm 2025", "event date: 2025-11-21",
        "given by the admin", "Phạm Văn Thí");
    assertThat(preview.params().path("reply_markup").toString()).contains("imp:a:", "imp:c:");
    assertThat(Files.list(real.data().resolve("records")).count()).isEqualTo(2);

    FakeBotApi.Call applied = press(preview, "imp:a:", 2);
    assertThat(TelegramText.render(applied.text())).contains("phiên bản dữ liệu 2");
    assertThat(Files.list(real.data().resolve("records")).count()).isEqualTo(4);
    real.api().offer(Updates.text(update++, ADMIN, "vi", "Cuộc họp tháng 11/2025 bàn gì về phòng cháy chữa cháy?"));
    assertThat(replyWith("Biên bản họp giao ban", 2)).contains("phòng cháy chữa cháy", "21/11/2025", "đoạn");
  }

  @Test
  void cancelLeavesTheDataAsItWasAndAScanIsRefusedByName() throws Exception {
    FakeBotApi.Call preview = send("doi-thoai.html", Fixtures.newsPage(), null, 1);
    assertThat(TelegramText.render(preview.text())).contains("NEW zone_stats.csv: linh-trung-2 as of 2025-06-30");
    FakeBotApi.Call cancelled = press(preview, "imp:c:", 2);
    assertThat(cancelled.method()).isEqualTo("editmessagetext");
    assertThat(Files.readString(real.data().resolve("zone_stats.csv"))).doesNotContain("2025-06-30");
    assertThat(Files.list(real.data().resolve("records")).count()).isEqualTo(2);

    String id = real.api().upload(Fixtures.scannedPdf());
    real.api().offer(Updates.document(update++, ADMIN, "vi", id, "scan.pdf", 100, null));
    assertThat(replyWith("scan.pdf", 2)).contains("no text layer");
  }
}
