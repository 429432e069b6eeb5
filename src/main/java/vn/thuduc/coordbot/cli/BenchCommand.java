package vn.thuduc.coordbot.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thuduc.coordbot.bench.RecordsBench;
import vn.thuduc.coordbot.bench.BenchReport;
import vn.thuduc.coordbot.bench.ColdAsk;
import vn.thuduc.coordbot.bench.Benchmark;
import vn.thuduc.coordbot.bench.WebLoad;
import vn.thuduc.coordbot.bench.ZaloLoad;

/** {@code bench}: indexing, answering, bare Lucene, FTS5 and Telegram figures from one run, in a temp dir. */
@Command(name = "bench", description = "Measure indexing, answering, bare Lucene, SQLite FTS5 and the Telegram"
    + " adapter on the dataset plus synthetic passages, in a temporary directory (index/ is not touched).")
final class BenchCommand implements Callable<Integer> {
  private final Launch launch;

  @Option(names = "--docs", defaultValue = "100000", description = "Synthetic passages to add (default ${DEFAULT-VALUE}).")
  private int docs;

  @Option(names = "--queries", defaultValue = "1000",
      description = "Timed questions per measure (default ${DEFAULT-VALUE}). The answers to new texts"
          + " (answer_new_text_ms) are timed after 20 times as many other open questions, none of the timed"
          + " ones, answered untimed, so the JIT has compiled the passage search they may run; the timed texts"
          + " are still new to the pipeline.")
  private int queries;

  @Option(names = "--telegram-updates", defaultValue = "2000",
      description = "Updates in the Telegram burst (default ${DEFAULT-VALUE}); 200 more go one at a time.")
  private int telegramUpdates;

  @Option(names = "--rtt-ms", split = ",", paramLabel = "MS",
      description = "Also run the Telegram adapter with Telegram's limits against a fake Bot API answering every call"
          + " this many ms late, once per value (e.g. 0,150,300); none by default.")
  private java.util.List<Integer> rttMs = new java.util.ArrayList<>();

  @Option(names = "--seed", defaultValue = "20240308", description = "Seed of the synthetic passages.")
  private long seed;

  @Option(names = "--out", description = "Write the figures as JSON to this file.")
  private Path out;

  @Option(names = "--records", defaultValue = "0", description = "Measure meeting records only: this many synthetic"
      + " records (a decade of minutes, reports, articles; DOCX, PDF, HTML, TXT) read and imported, then record and"
      + " statistics questions answered; 0 (default) runs the other benchmarks.")
  private int records;

  @Option(names = "--web", description = "Measure the web channel only: /api/ask from --web-clients keep-alive"
      + " clients against a 'coordbot serve' child process, and that process's heap after GC.")
  private boolean web;

  @Option(names = "--web-clients", defaultValue = "64", description = "Concurrent web clients (default ${DEFAULT-VALUE}).")
  private int webClients;

  @Option(names = "--web-seconds", defaultValue = "15", description = "Measured seconds of web load (default ${DEFAULT-VALUE}).")
  private int webSeconds;

  @Option(names = "--web-heap", defaultValue = "256m", description = "-Xmx of the serve child (default ${DEFAULT-VALUE}).")
  private String webHeap;

  @Option(names = "--web-threads", defaultValue = "0", description = "web.threads of the serve child (default: its"
      + " configured value).")
  private int webThreads;

  @Option(names = "--web-rate", defaultValue = "2000", description = "After the as-fast-as-they-can run, the same"
      + " clients at this many requests/s in all, for the latency at that load; 0 skips it (default"
      + " ${DEFAULT-VALUE}).")
  private double webRate;

  @Option(names = "--web-gc", defaultValue = "serial", description = "Garbage collector of the serve child: serial,"
      + " parallel or g1 (default ${DEFAULT-VALUE}).")
  private String webGc;

  @Option(names = "--web-warm-seconds", defaultValue = "-1", description = "Seconds of load before the measured"
      + " ones (default: half of --web-seconds). On 2 busy cores the JIT compiler still took 14%% of serve's CPU"
      + " half a minute in: 60 measures the server once warm.")
  private int webWarmSeconds;

  @Option(names = "--web-jfr", description = "Record a flight recording (JFR, profile settings) of the serve child"
      + " into this file, to see where its CPU goes.")
  private Path webJfr;

  @Option(names = "--cold-ask", description = "Measure the cold start of ask only: --cold-runs child processes"
      + " 'java -jar <this jar> ask --jsonl' with one question each (median and p90, the first run with an empty"
      + " index on its own), beside the JVM alone and the JVM opening this jar.")
  private boolean coldAsk;

  @Option(names = "--cold-runs", defaultValue = "10", description = "Cold asks timed, alone (--cold-ask) or after the"
      + " other benchmarks; 0 skips them there (default ${DEFAULT-VALUE}).")
  private int coldRuns;

  @Option(names = "--zalo", description = "Measure the Zalo channel only: signed webhook events at --zalo-rate a"
      + " second against a fake Zalo API --zalo-latency-ms away (webhook acknowledgement, answers a second, lost,"
      + " duplicated).")
  private boolean zalo;

  @Option(names = "--zalo-rate", defaultValue = "40", description = "Webhook events a second (default ${DEFAULT-VALUE}).")
  private double zaloRate;

  @Option(names = "--zalo-seconds", defaultValue = "20", description = "Seconds of events (default ${DEFAULT-VALUE}).")
  private int zaloSeconds;

  @Option(names = "--zalo-latency-ms", defaultValue = "150", description = "How late the fake Zalo API answers each"
      + " call (default ${DEFAULT-VALUE}).")
  private int zaloLatencyMs;

  @Option(names = "--zalo-workers", defaultValue = "32", description = "zalo.workers of the channel (default"
      + " ${DEFAULT-VALUE}).")
  private int zaloWorkers;

  BenchCommand(Launch launch) {
    this.launch = launch;
  }

  @Override
  public Integer call() throws Exception {
    if (docs < 0 || queries < 1 || telegramUpdates < 0) {
      launch.err().println("bench: --docs must be >= 0, --queries >= 1, --telegram-updates >= 0");
      return 2;
    }
    if (rttMs.stream().anyMatch(r -> r < 0 || r > 10_000)) {
      launch.err().println("bench: --rtt-ms takes round-trip times of 0..10000 ms, e.g. 0,150,300");
      return 2;
    }
    Path data = launch.settings().dataDir();
    if (!Files.isDirectory(data)) {
      // every mode reads the dataset; from another directory the relative default finds none
      launch.err().println("bench: no dataset at " + data.toAbsolutePath() + ": run it from the repository root"
          + " or set COORDBOT_DATA_DIR");
      return 2;
    }
    if (coldRuns < 0) {
      launch.err().println("bench: --cold-runs must be >= 0");
      return 2;
    }
    if (coldAsk) {
      ColdAsk.Result r = new ColdAsk(launch.err()).run(data, Math.max(1, coldRuns));
      return report(r.table(), r.toJson());
    }
    if (zalo) {
      if (zaloRate <= 0 || zaloSeconds < 1 || zaloLatencyMs < 0 || zaloWorkers < 1 || zaloWorkers > 512) {
        launch.err().println("bench: --zalo-rate must be > 0, --zalo-seconds >= 1, --zalo-latency-ms >= 0,"
            + " --zalo-workers 1..512");
        return 2;
      }
      ZaloLoad.Result r = new ZaloLoad(launch.err()).run(data, zaloRate, zaloSeconds,
          zaloLatencyMs, zaloWorkers);
      return report(r.table(), r.toJson());
    }
    if (records > 0) {
      RecordsBench.Result r = new RecordsBench(launch.err()).run(data, records, queries, seed);
      return report(r.table(), r.toJson());
    }
    if (web) {
      WebLoad.Result r = new WebLoad(launch.err()).run(data, Math.max(1, webClients),
          webWarmSeconds >= 0 ? webWarmSeconds : Math.max(1, webSeconds / 2), Math.max(1, webSeconds), webHeap,
          webThreads, Math.max(0, webRate), webGc, java.util.Optional.ofNullable(webJfr));
      return report(r.table(), r.toJson());
    }
    Benchmark.Options options = new Benchmark.Options(docs, queries, Math.min(200, Math.max(telegramUpdates, 1)),
        telegramUpdates, seed, data, rttMs);
    BenchReport report = new Benchmark(options, launch.err()).run();
    launch.out().print(report.table());
    launch.out().flush();
    // last, on its own: the children must not share the machine with the benchmarks above
    java.util.Optional<ColdAsk.Result> cold = coldRuns == 0 ? java.util.Optional.empty()
        : java.util.Optional.of(new ColdAsk(launch.err()).run(data, coldRuns));
    cold.ifPresent(c -> launch.out().print(c.table()));
    launch.out().flush();
    if (out != null) {
      Files.writeString(out, report.toJson(cold.map(c -> Map.of("cold_ask", (Object) c.toMap())).orElse(Map.of()))
          + "\n", StandardCharsets.UTF_8);
      launch.err().println("bench: figures written to " + out);
    }
    return 0;
  }

  /** Prints a benchmark's table and, with --out, writes its JSON line. */
  private int report(String table, String json) throws java.io.IOException {
    launch.out().print(table);
    launch.out().flush();
    if (out != null) {
      Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
    }
    return 0;
  }
}
