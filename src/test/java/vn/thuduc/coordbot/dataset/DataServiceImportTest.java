package vn.thuduc.coordbot.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;

/** Preview, apply and rollback over a copy of the real dataset. */
class DataServiceImportTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
  private static final String Q = "KCX Linh Trung 2 có bao nhiêu lao động?";

  @TempDir Path tmp;
  private Path data;
  private Settings settings;

  @BeforeEach
  void copyDataset() throws IOException {
    data = TestDatasets.copyInto(tmp);
    settings = TestDatasets.settingsIn(tmp);
  }

  private UploadedDataset edited() throws IOException, DataException {
    String csv = Files.readString(data.resolve("zone_stats.csv"))
        .replace("linh-trung-2,2024-03-08,30,25312", "linh-trung-2,2024-03-08,30,25400")
        .replace("linh-trung-1,2024-03-08,31,38807", "linh-trung-1,2024-03-08,31,38719");
    return UploadedDataset.read("zone_stats.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPreviewListsOldAndNewValuesAndChangesNothing() throws Exception {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      ImportPreview p = app.data().preview(edited());
      assertThat(p.unchanged()).isFalse();
      assertThat(p.baseVersion()).isEqualTo(1);
      assertThat(p.diff().lines()).containsExactly(
          "~ zone_stat/linh-trung-1@2024-03-08: workers 38807 → 38719",
          "~ zone_stat/linh-trung-2@2024-03-08: workers 25312 → 25400");
      assertThat(p.diff().zonesTouched()).containsExactly("linh-trung-1", "linh-trung-2");
      assertThat(p.files()).containsKeys("zones.yaml", "sources.yaml", "points.yaml");
      assertThat(app.engine().datasetVersion()).isEqualTo(1);
      assertThat(Files.readString(data.resolve("zone_stats.csv"))).contains("25312");
    }
  }

  @Test
  void applyingWritesTheFilesImportsANewVersionAndTellsListenersOnce() throws Exception {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      List<DatasetChange> heard = new ArrayList<>();
      app.data().onChange(heard::add);
      ReloadReport r = app.data().apply(app.data().preview(edited()), "test");
      assertThat(r.version()).isEqualTo(2);
      assertThat(app.engine().answer(Question.of(Q)).text()).contains("25.400");
      assertThat(Files.readString(data.resolve("zone_stats.csv"))).contains("25400");
      assertThat(heard).singleElement().satisfies(c -> assertThat(c.version()).isEqualTo(2));
      // the files on disk are what was imported: a restart does not import again
      assertThat(app.data().reload("test").unchanged()).isTrue();
    }
  }

  @Test
  void aPreviewOfAnOlderVersionCannotBeApplied() throws Exception {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      ImportPreview first = app.data().preview(edited());
      Files.writeString(data.resolve("zone_stats.csv"), "cat-lai,2025-01-01,99,8200,thanhuy-2024-03-08\n",
          java.nio.file.StandardOpenOption.APPEND);
      app.data().reload("test");
      assertThatThrownBy(() -> app.data().apply(first, "test")).isInstanceOf(StalePreviewException.class);
      assertThat(app.engine().datasetVersion()).isEqualTo(2);
    }
  }

  @Test
  void rollbackRestoresAnOldVersionAsANewOneWithTheSameFiles() throws Exception {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      byte[] original = Files.readAllBytes(data.resolve("zone_stats.csv"));
      app.data().apply(app.data().preview(edited()), "test");
      ReloadReport r = app.data().rollback(1, "test");
      assertThat(r.version()).isEqualTo(3);
      assertThat(r.changes()).contains("~ zone_stat/linh-trung-2@2024-03-08: workers 25400 → 25312");
      assertThat(app.engine().answer(Question.of(Q)).text()).contains("25.312");
      assertThat(Files.readAllBytes(data.resolve("zone_stats.csv"))).isEqualTo(original);
      assertThat(app.data().versions()).extracting(v -> v.version().version()).containsExactly(3L, 2L, 1L);
      assertThat(app.data().versions().get(0).current()).isTrue();
      assertThatThrownBy(() -> app.data().rollback(42, "test")).hasMessageContaining("no such version");
    }
  }

  @Test
  void anInvalidUploadIsRejectedWithFileAndLine() throws Exception {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      UploadedDataset bad = UploadedDataset.read("zones.yaml", "- id: x\n  kind: moon\n".getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> app.data().preview(bad)).isInstanceOf(DataException.class)
          .hasMessageStartingWith("zones.yaml:");
    }
  }
}
