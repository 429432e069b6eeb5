package vn.thuduc.coordbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.dataset.DatasetStore;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.store.Database;

/**
 * Reloads under load and under SIGKILL. Rejection of bad files with {@code file:line} is shown by
 * {@code DatasetLoaderTest} (bad number, missing column, duplicate id, unknown zone, not UTF-8) and
 * {@code DataServiceTest.anInvalidReloadChangesNothingAndTheOldDataKeepsServing}.
 */
class ReloadSafetyIT {
  private static final String QUESTION = "KCX Linh Trung có bao nhiêu lao động?";
  private static final String OLD = "38.807";
  private static final String NEW = "38.808";

  @TempDir
  Path dir;

  private Path data;

  private Settings settings() throws IOException {
    data = TestDatasets.copyInto(dir);
    return TestDatasets.settingsIn(dir);
  }

  /** Moves one worker between Linh Trung and Bình Chiểu, so the stated totals still hold. */
  private void setLinhTrungWorkers(String workers) throws IOException {
    Path stats = data.resolve("zone_stats.csv");
    int binhChieu = 1448 - (Integer.parseInt(workers) - 38807);
    String csv = Files.readString(stats, StandardCharsets.UTF_8)
        .replaceAll("(linh-trung-1,2024-03-08,\\d+,)\\d+", "$1" + workers)
        .replaceAll("(binh-chieu,2024-03-08,\\d+,)\\d+", "$1" + binhChieu);
    Files.writeString(stats, csv, StandardCharsets.UTF_8);
  }

  @Test
  void aThousandQuestionsDuringReloadsAllGetAnswersFromTheOldOrTheNewData() throws Exception {
    Settings settings = settings();
    ExecutorService askers = Executors.newFixedThreadPool(8);
    try (Coordbot app = Coordbot.open(settings, Clock.systemUTC())) {
      AtomicInteger errors = new AtomicInteger();
      AtomicInteger reloads = new AtomicInteger();
      Thread reloader = new Thread(() -> {
        for (int i = 0; i < 6; i++) {
          try {
            setLinhTrungWorkers(i % 2 == 0 ? "38808" : "38807");
            app.data().reload("test");
            reloads.incrementAndGet();
          } catch (IOException | DataException | RuntimeException e) {
            errors.incrementAndGet();
          }
        }
      }, "test-reloader");
      AtomicInteger oldCount = new AtomicInteger();
      AtomicInteger newCount = new AtomicInteger();
      AtomicInteger asked = new AtomicInteger();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      reloader.start();
      List<Future<?>> loops = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        // ask until the reloads are over, at least 1000 questions in all, bounded in count and time
        loops.add(askers.submit(() -> {
          while ((reloader.isAlive() || asked.get() < 1000) && asked.get() < 50_000
              && System.nanoTime() < deadline) {
            asked.incrementAndGet();
            try {
              String text = app.engine().answer(Question.of(QUESTION)).text();
              if (text.contains(OLD)) {
                oldCount.incrementAndGet();
              } else if (text.contains(NEW)) {
                newCount.incrementAndGet();
              } else {
                errors.incrementAndGet();
              }
            } catch (RuntimeException e) {
              errors.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> f : loops) {
        f.get(120, TimeUnit.SECONDS);
      }
      reloader.join(TimeUnit.SECONDS.toMillis(120));
      System.out.printf("[figures] reload under load: %d questions during %d reloads -> %d old, %d new, %d"
          + " errors%n", asked.get(), reloads.get(), oldCount.get(), newCount.get(), errors.get());
      assertThat(errors.get()).isZero();
      assertThat(reloads.get()).isEqualTo(6);
      assertThat(asked.get()).isGreaterThanOrEqualTo(1000);
      assertThat(oldCount.get() + newCount.get()).isEqualTo(asked.get());
      assertThat(newCount.get()).as("some answers came from the new data").isPositive();
    } finally {
      askers.shutdownNow();
    }
  }

  @Test
  void aReloadKilledPartWayLeavesTheOldOrTheNewVersionAndTheIndexFollowsTheStore() throws Exception {
    Settings settings = settings();
    try (Coordbot app = Coordbot.open(settings, Clock.systemUTC())) {
      assertThat(app.engine().answer(Question.of(QUESTION)).text()).contains(OLD);
    }
    String dataBefore = digest(data);
    int disagreements = 0;
    int sawNew = 0;
    long[] delaysMillis = {300, 600, 900, 1200, 1500, 1800, 2200};
    for (int round = 0; round < delaysMillis.length; round++) {
      setLinhTrungWorkers(round % 2 == 0 ? "38808" : "38807");
      Process p = reloadProcess();
      p.waitFor(delaysMillis[round], TimeUnit.MILLISECONDS);
      p.destroyForcibly();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();

      long stored;
      long indexed;
      try (Database db = Database.open(dir.resolve("index"));
          PassageIndex index = PassageIndex.open(dir.resolve("index").resolve("lucene"))) {
        stored = new DatasetStore(db, Clock.systemUTC()).current().orElseThrow().version();
        indexed = index.version();
      }
      disagreements += stored != indexed ? 1 : 0;
      try (Coordbot app = Coordbot.open(settings, Clock.systemUTC())) {
        String text = app.engine().answer(Question.of(QUESTION)).text();
        assertThat(text).as("round %d: old or new figure", round).containsAnyOf(OLD, NEW);
        sawNew += text.contains(NEW) ? 1 : 0;
        assertThat(app.engine().datasetVersion()).isGreaterThanOrEqualTo(stored);
      }
      try (Database db = Database.open(dir.resolve("index"));
          PassageIndex index = PassageIndex.open(dir.resolve("index").resolve("lucene"))) {
        assertThat(index.version()).as("round %d: index rebuilt to the store's version", round)
            .isEqualTo(new DatasetStore(db, Clock.systemUTC()).current().orElseThrow().version());
      }
    }
    System.out.printf("[figures] reload killed with SIGKILL %d times: store and index disagreed after %d kills"
        + " (rebuilt at start), every start consistent%n", delaysMillis.length, disagreements);
    assertThat(sawNew).isPositive();
    setLinhTrungWorkers("38807");
    assertThat(digest(data)).as("the data directory is only written by the admin (here: the test)")
        .isEqualTo(dataBefore);
  }

  private Process reloadProcess() throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-jar",
        Path.of("target", "coordbot.jar").toAbsolutePath().toString(), "reload");
    pb.environment().put("COORDBOT_INDEX_DIR", dir.resolve("index").toString());
    pb.environment().put("COORDBOT_DATA_DIR", data.toString());
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("reload-" + System.nanoTime() + ".out").toFile());
    return pb.start();
  }

  private static String digest(Path dir) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    // the records' folder is part of the dataset too
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        md.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        md.update(Files.readAllBytes(f));
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
