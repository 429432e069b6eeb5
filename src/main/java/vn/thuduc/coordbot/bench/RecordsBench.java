package vn.thuduc.coordbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.dataset.StalePreviewException;
import vn.thuduc.coordbot.dataset.UploadedDataset;
import vn.thuduc.coordbot.records.RecordDraft;
import vn.thuduc.coordbot.records.RecordImporter;

/**
 * {@code bench --records N}: a synthetic decade of N records (DOCX, PDF, HTML, TXT) read and imported
 * into a copy of the dataset in a temporary directory, then record questions and statistics questions
 * answered by the same engine. Reports ingest pages/s (reading the files; and the whole import with
 * SQLite and Lucene), the index's size, and answer p50/p99 of both kinds of question.
 */
public final class RecordsBench {
  /** What one run measured. */
  public record Result(int records, int pages, double readSeconds, double importSeconds, double readCpu,
      double importCpu, long indexBytes, long databaseBytes, int passages, Timings recordAnswers,
      double recordAnswered, Timings statAnswers) {
    public String table() {
      return String.format(Locale.ROOT, """
          records bench: %d synthetic records, %d pages (PDF pages; other files one page per 3,000 characters)
            read (extract, facts, passages, figures)  %8.1f s   %8.1f pages/s   (on this thread's CPU time: %.1f s, %.1f pages/s)
            read + import (files, SQLite, Lucene)     %8.1f s   %8.1f pages/s   (CPU: %.1f s, %.1f pages/s; target >= 50)
            index (Lucene) %,d bytes; database %,d bytes; %,d record passages
            record questions      p50 %7.3f ms   p99 %7.3f ms   max %7.3f ms   (%d; %.0f%% answered; target p99 <= 10 ms)
            statistics questions  p50 %7.3f ms   p99 %7.3f ms   max %7.3f ms   (%d)
          """, records, pages, readSeconds, pages / readSeconds, readCpu, pages / readCpu, readSeconds + importSeconds,
          pages / (readSeconds + importSeconds), readCpu + importCpu, pages / (readCpu + importCpu), indexBytes, databaseBytes, passages, recordAnswers.p50(),
          recordAnswers.p99(), recordAnswers.max(), recordAnswers.count(), recordAnswered * 100, statAnswers.p50(),
          statAnswers.p99(), statAnswers.max(), statAnswers.count());
    }

    public String toJson() {
      return String.format(Locale.ROOT, "{\"records\":%d,\"pages\":%d,\"read_seconds\":%.3f,\"import_seconds\":%.3f,"
          + "\"read_pages_per_second\":%.1f,\"ingest_pages_per_second\":%.1f,\"ingest_pages_per_cpu_second\":%.1f,\"index_bytes\":%d,\"database_bytes\":%d,"
          + "\"passages\":%d,\"record_p50_ms\":%.3f,\"record_p99_ms\":%.3f,\"record_answered\":%.3f,"
          + "\"stats_p50_ms\":%.3f,\"stats_p99_ms\":%.3f}", records, pages, readSeconds, importSeconds,
          pages / readSeconds, pages / (readSeconds + importSeconds), pages / (readCpu + importCpu), indexBytes,
          databaseBytes, passages,
          recordAnswers.p50(), recordAnswers.p99(), recordAnswered, statAnswers.p50(), statAnswers.p99());
    }
  }

  private static final List<String> STATISTICS = List.of("KCX Linh Trung có bao nhiêu lao động?",
      "Tổng số lao động trong 5 khu", "Khu nào có ít doanh nghiệp nhất?", "So sánh KCX Linh Trung và Linh Trung 2",
      "Trung bình mỗi doanh nghiệp ở SHTP có bao nhiêu lao động?", "binh chieu co may doanh nghiep");

  private final PrintWriter log;

  public RecordsBench(PrintWriter log) {
    this.log = log;
  }

  public Result run(Path dataDir, int n, int queries, long seed) throws IOException, DataException,
      StalePreviewException {
    Path tmp = Files.createTempDirectory("coordbot-records-bench");
    try {
      Path data = tmp.resolve("data");
      Files.createDirectories(data.resolve(DatasetLoader.RECORDS_DIR));
      for (Map.Entry<String, byte[]> f : new DatasetLoader().load(dataDir).files().entrySet()) {
        Files.write(data.resolve(f.getKey()), f.getValue());
      }
      log.println("records bench: generating " + n + " records");
      List<RecordCorpus.File> corpus = new RecordCorpus(seed).generate(n);
      int pages = corpus.stream().mapToInt(RecordCorpus.File::pages).sum();
      Settings settings = Settings.of(Map.of(Settings.ENV_INDEX_DIR, tmp.resolve("index").toString(),
          Settings.ENV_DATA_DIR, data.toString()));
      try (Coordbot app = Coordbot.open(settings, Clock.systemUTC())) {
        Dataset ds = app.data().dataset().orElseThrow();
        Set<String> taken = new HashSet<>();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<RecordDraft> drafts = new ArrayList<>(n);
        for (RecordCorpus.File f : corpus) {
          drafts.add(RecordImporter.draft(f.name(), f.bytes(), RecordImporter.Options.NONE, ds, taken));
        }
        double read = (System.nanoTime() - t0) / 1e9;
        long c1 = cpu.getCurrentThreadCpuTime();
        log.printf(Locale.ROOT, "records bench: read %d records in %.1f s; importing%n", n, read);
        long t1 = System.nanoTime();
        Map<String, byte[]> files = RecordImporter.add(app.data().files(), drafts, ds);
        app.data().apply(app.data().preview(new UploadedDataset(files, true), drafts), "bench");
        double imported = (System.nanoTime() - t1) / 1e9;
        long c2 = cpu.getCurrentThreadCpuTime();
        int passages = drafts.stream().mapToInt(d -> d.passages().size()).sum();
        List<String> questions = questions(corpus, queries, seed);
        AnswerEngine engine = app.engine();
        for (int i = 0; i < Math.min(300, questions.size()); i++) {
          engine.answer(Question.of(questions.get(i)));
          engine.answer(Question.of(STATISTICS.get(i % STATISTICS.size())));
        }
        long[] recordNanos = new long[questions.size()];
        int answered = 0;
        for (int i = 0; i < questions.size(); i++) {
          long s = System.nanoTime();
          boolean ok = engine.answer(Question.of(questions.get(i))).answered();
          recordNanos[i] = System.nanoTime() - s;
          answered += ok ? 1 : 0;
        }
        long[] statNanos = new long[queries];
        for (int i = 0; i < queries; i++) {
          long s = System.nanoTime();
          engine.answer(Question.of(STATISTICS.get(i % STATISTICS.size())));
          statNanos[i] = System.nanoTime() - s;
        }
        return new Result(n, pages, read, imported, (c1 - c0) / 1e9, (c2 - c1) / 1e9, size(tmp.resolve("index").resolve("lucene")),
            size(tmp.resolve("index").resolve("coordbot.db")) + size(tmp.resolve("index").resolve("coordbot.db-wal")), passages, Timings.ofNanos(recordNanos),
            (double) answered / questions.size(), Timings.ofNanos(statNanos));
      }
    } finally {
      delete(tmp);
    }
  }

  /** Record questions of every kind the records answer, about the generated records' dates and topics. */
  private static List<String> questions(List<RecordCorpus.File> corpus, int n, long seed) {
    java.util.Random r = new java.util.Random(seed + 1);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      RecordCorpus.File f = corpus.get(r.nextInt(corpus.size()));
      var d = f.date();
      out.add(switch (i % 6) {
        case 0 -> "Cuộc họp tháng " + d.getMonthValue() + "/" + d.getYear() + " bàn gì về " + f.topic() + "?";
        case 1 -> "các cuộc họp năm " + d.getYear();
        case 2 -> "ai dự cuộc họp ngày " + d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
        case 3 -> "Cuộc họp gần nhất bàn gì về " + f.topic() + "?";
        case 4 -> "Biên bản cuộc họp tháng " + d.getMonthValue() + "/2031 nói gì?";
        default -> "Cuộc họp năm " + d.getYear() + " bàn gì về giá vàng?";
      });
    }
    return out;
  }

  private static long size(Path p) throws IOException {
    if (!Files.exists(p)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(Files::isRegularFile).mapToLong(x -> x.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
