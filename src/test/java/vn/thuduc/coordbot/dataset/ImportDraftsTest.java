package vn.thuduc.coordbot.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.MovingClock;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.app.Coordbot;

/** Uploads kept as drafts until applied, over a copy of the real dataset. */
class ImportDraftsTest {
  @TempDir Path tmp;

  @Test
  void aChangedUploadIsKeptOnceUntilItIsTakenAndAnUnchangedOneIsNotKept() throws Exception {
    Path data = TestDatasets.copyInto(tmp);
    MovingClock clock = new MovingClock(Instant.parse("2026-11-29T08:00:00Z"));
    try (Coordbot app = Coordbot.open(TestDatasets.settingsIn(tmp), clock)) {
      ImportDrafts drafts = new ImportDrafts(app.data(), clock);
      byte[] same = Files.readAllBytes(data.resolve("zone_stats.csv"));
      assertThat(drafts.prepare("zone_stats.csv", same).id()).isZero();

      byte[] edited = new String(same, StandardCharsets.UTF_8)
          .replace("linh-trung-2,2024-03-08,30,25312", "linh-trung-2,2024-03-08,30,25400")
          .replace("linh-trung-1,2024-03-08,31,38807", "linh-trung-1,2024-03-08,31,38719")
          .getBytes(StandardCharsets.UTF_8);
      ImportDrafts.Draft d = drafts.prepare("zone_stats.csv", edited);
      assertThat(d.id()).isPositive();
      assertThat(d.preview().diff().changed()).isEqualTo(2);
      assertThat(drafts.take(d.id())).contains(d);
      assertThat(drafts.take(d.id())).isEmpty();

      ImportDrafts.Draft late = drafts.prepare("zone_stats.csv", edited);
      clock.advance(ImportDrafts.TTL.plus(Duration.ofMinutes(1)));
      assertThat(drafts.take(late.id())).isEmpty();

      ImportDrafts.Draft applied = drafts.prepare("zone_stats.csv", edited);
      long before = drafts.currentVersion();
      assertThat(drafts.apply(drafts.take(applied.id()).orElseThrow(), "test").version()).isEqualTo(before + 1);
      assertThat(drafts.currentVersion()).isEqualTo(before + 1);
    }
  }
}
