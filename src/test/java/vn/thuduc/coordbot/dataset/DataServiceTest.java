package vn.thuduc.coordbot.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;

/** Import, reload and restart over a copy of the real dataset in a temp directory. */
class DataServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
  private static final String Q = "KCX Linh Trung có bao nhiêu lao động?";

  @TempDir Path tmp;
  private Path data;
  private Settings settings;

  @BeforeEach
  void copyDataset() throws IOException {
    data = TestDatasets.copyInto(tmp);
    settings = TestDatasets.settingsIn(tmp);
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = data.resolve(file);
    String s = Files.readString(p);
    assertThat(s).contains(from);
    Files.writeString(p, s.replace(from, to));
  }

  @Test
  void theFirstStartImportsTheDataAndBuildsTheIndex() throws DataException {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      assertThat(app.engine().datasetVersion()).isEqualTo(1);
      assertThat(app.engine().documents()).isGreaterThan(20);
      assertThat(app.engine().answer(Question.of(Q)).text()).contains("38.807");
    }
    assertThat(tmp.resolve("index/coordbot.db")).exists();
  }

  @Test
  void aReloadReportsWhatChangedAndAnswersChange() throws Exception {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      edit("zone_stats.csv", "linh-trung-1,2024-03-08,31,38807", "linh-trung-1,2024-03-08,31,38807");
      assertThat(app.data().reload("test").unchanged()).isTrue();

      Files.writeString(data.resolve("zone_stats.csv"),
          "linh-trung-1,2025-01-01,33,40001,thanhuy-2024-03-08\n", java.nio.file.StandardOpenOption.APPEND);
      ReloadReport r = app.data().reload("test");
      assertThat(r.unchanged()).isFalse();
      assertThat(r.version()).isEqualTo(2);
      assertThat(r.added()).isEqualTo(1);
      assertThat(r.changes()).containsExactly("+ zone_stat/linh-trung-1@2025-01-01");
      assertThat(app.engine().answer(Question.of(Q)).text()).contains("40.001").contains("01/01/2025");
    }
  }

  @Test
  void anInvalidReloadChangesNothingAndTheOldDataKeepsServing() throws Exception {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      edit("zone_stats.csv", "31,38807", "31,lots");
      assertThatThrownBy(() -> app.data().reload("test"))
          .isInstanceOf(DataException.class).hasMessageStartingWith("zone_stats.csv:4: bad number 'lots'");
      assertThat(app.engine().datasetVersion()).isEqualTo(1);
      assertThat(app.engine().answer(Question.of(Q)).text()).contains("38.807");
    }
    // and a restart with the broken files still serves the stored version
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      assertThat(app.engine().datasetVersion()).isEqualTo(1);
      assertThat(app.engine().answer(Question.of(Q)).text()).contains("38.807");
    }
  }

  @Test
  void aStartWithChangedFilesImportsThem() throws Exception {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      assertThat(app.engine().datasetVersion()).isEqualTo(1);
    }
    edit("zone_stats.csv", "binh-chieu,2024-03-08,8,1448", "binh-chieu,2024-03-08,9,1500");
    edit("area_stats.yaml", "enterprises: 328\n  workers: 126694", "enterprises: 329\n  workers: 126746");
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      assertThat(app.engine().datasetVersion()).isEqualTo(2);
      assertThat(app.engine().answer(Question.of("KCN Bình Chiểu có bao nhiêu lao động")).text()).contains("1.500");
    }
  }

  @Test
  void anIndexThatDisagreesWithTheStoreIsRebuiltAtStart() throws Exception {
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      assertThat(app.engine().documents()).isPositive();
    }
    // an interrupted rebuild: the index is gone or from another version
    try (Stream<Path> files = Files.walk(tmp.resolve("index/lucene"))) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    try (Coordbot app = Coordbot.open(settings, CLOCK)) {
      assertThat(app.engine().documents()).isPositive();
      assertThat(app.engine().search("đình công", vn.thuduc.coordbot.lang.Lang.VI).answered()).isTrue();
    }
  }

  @Test
  void aRunningBotServesAVersionThatAnotherProcessReloaded() throws Exception {
    try (Coordbot bot = Coordbot.open(settings, CLOCK)) {
      java.util.List<DatasetChange> told = new java.util.ArrayList<>();
      bot.data().onChange(told::add);
      assertThat(bot.data().syncWithStore()).isFalse();
      edit("zone_stats.csv", "binh-chieu,2024-03-08,8,1448", "binh-chieu,2024-03-08,9,1500");
      edit("area_stats.yaml", "enterprises: 328\n  workers: 126694", "enterprises: 329\n  workers: 126746");
      try (Coordbot server = Coordbot.open(settings, CLOCK)) { // `coordbot reload` on the server
        assertThat(server.data().reload("cli").version()).isEqualTo(2);
      }
      assertThat(bot.engine().answer(Question.of("KCN Bình Chiểu có bao nhiêu lao động")).text()).contains("1.448");

      assertThat(bot.data().syncWithStore()).isTrue();
      assertThat(bot.engine().datasetVersion()).isEqualTo(2);
      assertThat(bot.engine().answer(Question.of("KCN Bình Chiểu có bao nhiêu lao động")).text()).contains("1.500");
      assertThat(bot.engine().search("Bình Chiểu", vn.thuduc.coordbot.lang.Lang.VI).text()).contains("1500");
      assertThat(told).singleElement().satisfies(c -> assertThat(c.version()).isEqualTo(2));
    }
  }

  @Test
  void aFirstStartWithInvalidDataFailsWithFileAndLine() throws IOException {
    edit("zones.yaml", "kind: epz", "kind: lake");
    assertThatThrownBy(() -> Coordbot.open(settings, CLOCK))
        .isInstanceOf(DataException.class).hasMessageMatching("zones\\.yaml:\\d+: .*lake.*");
  }
}
