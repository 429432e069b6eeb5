package vn.thuduc.coordbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cold start of {@code ask} as a user or a check meets it: child processes {@code java -jar
 * <this jar> ask --jsonl} with one question, each timed from its start to its exit, in a temporary
 * copy of the data. The first run finds an empty index directory (it imports the data and builds the
 * index) and is reported on its own; the others find it built. Between them, the same number of
 * {@code java -version} (the JVM alone) and of this jar running a class that does nothing (the JVM
 * opening the jar), so a slow or busy machine shows in the floors as in the figure.
 */
public final class ColdAsk {
  private static final String QUESTION = "{\"question\": \"KCX Linh Trung có bao nhiêu lao động?\"}\n";

  private final PrintWriter progress;

  public ColdAsk(PrintWriter progress) {
    this.progress = progress;
  }

  /** The run's figures, in milliseconds of wall time. */
  public record Result(int runs, double firstMs, double askP50, double askP90, double jarP50, double jvmP50,
      double loadAverageBefore) {
    /** The figures as {@code bench}'s JSON has them, under {@code cold_ask}. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("runs", runs);
      m.put("ask_p50_ms", askP50);
      m.put("ask_p90_ms", askP90);
      m.put("first_run_ms", firstMs);
      m.put("jar_floor_p50_ms", jarP50);
      m.put("jvm_floor_p50_ms", jvmP50);
      m.put("load_average_before", Math.round(loadAverageBefore * 100) / 100.0);
      return m;
    }

    public String table() {
      return String.format(Locale.ROOT, "cold ask (%d runs, load average %.2f before)%n"
          + "  ask --jsonl, one question   p50 %7.0f ms   p90 %7.0f ms%n"
          + "  first run, empty index      %7.0f ms%n"
          + "  floor: java -version        p50 %7.0f ms%n"
          + "  floor: a class of this jar  p50 %7.0f ms%n",
          runs, loadAverageBefore, askP50, askP90, firstMs, jvmP50, jarP50);
    }

    public String toJson() {
      StringBuilder sb = new StringBuilder("{\"cold_ask\": {");
      String sep = "";
      for (Map.Entry<String, Object> e : toMap().entrySet()) {
        sb.append(sep).append('"').append(e.getKey()).append("\": ").append(e.getValue());
        sep = ", ";
      }
      return sb.append("}}").toString();
    }
  }

  /** Does nothing: started as a child, it measures the JVM opening this jar and running one of its classes. */
  public static void main(String[] args) {
    // nothing: the floor under every command of this jar
  }

  /** Times {@code runs} cold asks (after the first, uncounted run that builds the index) and the floors. */
  public Result run(Path dataDir, int runs) throws IOException, InterruptedException {
    double load = WebLoad.loadAverage();
    Path tmp = Files.createTempDirectory("coordbot-coldask-");
    try {
      Path data = tmp.resolve("config").resolve("data");
      copyTree(dataDir, data);
      Path jar = Path.of(ColdAsk.class.getProtectionDomain().getCodeSource().getLocation().getPath());
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> ask = List.of(java, "-jar", jar.toString(), "ask", "--jsonl");
      progress.printf("cold ask: %d runs of %s in %s%n", runs, String.join(" ", ask), tmp);
      double first = time(ask, tmp, data, true) / 1e6;
      long[] asks = new long[runs];
      long[] jars = new long[runs];
      long[] jvms = new long[runs];
      for (int i = 0; i < runs; i++) {
        asks[i] = time(ask, tmp, data, true);
        jars[i] = time(List.of(java, "-cp", jar.toString(), ColdAsk.class.getName()), tmp, data, false);
        jvms[i] = time(List.of(java, "-version"), tmp, data, false);
      }
      return new Result(runs, Math.round(first * 10) / 10.0, Timings.quantileMs(asks, 0.5),
          Timings.quantileMs(asks, 0.9), Timings.quantileMs(jars, 0.5), Timings.quantileMs(jvms, 0.5), load);
    } finally {
      Benchmark.deleteTree(tmp);
    }
  }

  /** Nanoseconds from starting {@code command} to its exit; an ask must answer, or the figure would mean nothing. */
  private static long time(List<String> command, Path dir, Path data, boolean asks)
      throws IOException, InterruptedException {
    Path in = dir.resolve("question.jsonl");
    Files.writeString(in, QUESTION, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile());
    pb.environment().remove("TELEGRAM_BOT_TOKEN");
    pb.environment().put("COORDBOT_INDEX_DIR", dir.resolve("index").toString());
    pb.environment().put("COORDBOT_DATA_DIR", data.toString());
    long t0 = System.nanoTime();
    Process p = pb.start();
    int code = p.waitFor();
    long nanos = System.nanoTime() - t0;
    if (code != 0 || asks && !Files.readString(out, StandardCharsets.UTF_8).contains("\"answered\":true")) {
      throw new IOException(String.join(" ", command) + " exited " + code + " without an answer: "
          + Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
    return nanos;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path f : all.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
