package vn.thuduc.coordbot.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The web channel under load: starts {@code coordbot serve} as a child process (its own JVM, as in
 * production; no token, so web only) over a copy of the dataset, drives {@code POST /api/ask} from
 * {@code clients} keep-alive connections (raw sockets, one thread each: the generator stays light),
 * and reads the child's heap after a full GC with jcmd. Flood limits are set to their maximum, as
 * in the Telegram benchmark. It is long because it is one measurement from start to end (child
 * process, two load shapes, CPU and heap accounting, a minimal HTTP/1.1 client that stays light).
 */
public final class WebLoad {
  /** What one run measured. */
  public record Result(int clients, long requests, long errors, double seconds, double perSecond, Timings latency,
      double heapMb, Cpu cpu, Paced paced) {
    public String table() {
      return String.format(Locale.ROOT, "web /api/ask, %d clients as fast as they can, %.0f s: %,.0f requests/s,"
          + " p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d errors of %,d%n", clients, seconds, perSecond, latency.p50(),
          latency.p99(), latency.max(), errors, requests)
          + (paced == null ? "" : String.format(Locale.ROOT, "web /api/ask, %d clients at %,.0f requests/s in all,"
          + " %.0f s: %,.0f requests/s served, p50 %.2f ms, p99 %.2f ms, max %.2f ms (from each request's planned"
          + " time), %d errors; %s%n", clients, paced.rate(), paced.seconds(),
          paced.perSecond(), paced.latency().p50(), paced.latency().p99(), paced.latency().max(), paced.errors(),
          paced.sendLag().count() == 0 ? "no request was sent on time (each waited for the answer before it)"
          : String.format(Locale.ROOT, "the load generator itself sent late by p50 %.2f ms, p99 %.2f ms (its"
          + " threads woken after their planned time, %,d requests: included above)", paced.sendLag().p50(),
          paced.sendLag().p99(), paced.sendLag().count())))
          + String.format(Locale.ROOT, "heap of the serve process after GC: %.1f MB%n"
          + "CPU per request: serve %.3f ms (its JIT compiler %.3f ms of it), load generator %.3f ms; %.2f of %d"
          + " cores busy in all (load average %.2f before the run)%n",
          heapMb, cpu.serveMsPerRequest(), cpu.jitMsPerRequest(), cpu.clientMsPerRequest(), cpu.machineBusyCores(),
          cpu.cores(), cpu.loadBefore());
    }

    public String toJson() {
      return String.format(Locale.ROOT, "{\"web_clients\": %d, \"web_requests\": %d, \"web_errors\": %d,"
          + " \"web_requests_per_s\": %.1f, \"web_p50_ms\": %.3f, \"web_p99_ms\": %.3f, \"web_max_ms\": %.3f,"
          + " \"serve_heap_mb\": %.1f, \"serve_cpu_ms_per_request\": %.4f, \"serve_jit_cpu_ms_per_request\": %.4f,"
          + " \"client_cpu_ms_per_request\": %.4f,"
          + " \"machine_busy_cores\": %.2f, \"load_average_before\": %.2f, \"web_paced_rate\": %.1f,"
          + " \"web_paced_per_s\": %.1f, \"web_paced_p50_ms\": %.3f, \"web_paced_p99_ms\": %.3f,"
          + " \"web_paced_max_ms\": %.3f, \"web_paced_errors\": %d, \"web_paced_send_lag_p50_ms\": %.3f,"
          + " \"web_paced_send_lag_p99_ms\": %.3f}", clients, requests, errors, perSecond,
          latency.p50(), latency.p99(), latency.max(), heapMb, cpu.serveMsPerRequest(), cpu.jitMsPerRequest(),
          cpu.clientMsPerRequest(),
          cpu.machineBusyCores(), cpu.loadBefore(), paced == null ? 0 : paced.rate(),
          paced == null ? 0 : paced.perSecond(), paced == null ? 0 : paced.latency().p50(),
          paced == null ? 0 : paced.latency().p99(), paced == null ? 0 : paced.latency().max(),
          paced == null ? 0 : paced.errors(), paced == null ? 0 : paced.sendLag().p50(),
          paced == null ? 0 : paced.sendLag().p99());
    }
  }

  /**
   * The same clients sending at a fixed rate in all (each at its share, evenly spaced): the latency a
   * user sees at that load. Each request is timed from when it was planned, not when it went out, so
   * a slow answer that delays the next request counts against the server rather than hiding it.
   */
  public record Paced(double rate, double seconds, double perSecond, Timings latency, long errors, Timings sendLag) {}

  /**
   * Where the CPU went during the measured window: the serve process's and this process's CPU time
   * per request, and how busy the whole machine was (from /proc/stat; other work on a shared machine
   * shows here), so a missed target can be told apart from a busy machine. Of serve's CPU, what its JIT
   * compiler threads took (from /proc; NaN elsewhere): a window that still compiles measures a server
   * warming up, not the code it runs once warm.
   */
  public record Cpu(double serveMsPerRequest, double jitMsPerRequest, double clientMsPerRequest,
      double machineBusyCores, int cores, double loadBefore) {
    static final Cpu UNKNOWN = new Cpu(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);
  }

  private static final List<String> QUESTIONS = List.of("kcx linh trung bn lao dong", "KCX Linh Trung 2 có bao nhiêu doanh nghiệp?",
      "tổng số lao động các khu", "khu nào nhiều lao động nhất", "How many workers does Saigon Hi-Tech Park have?",
      "so sánh lao động Linh Trung và Bình Chiểu", "hội nghị ngày nào", "tư vấn pháp luật miễn phí",
      "kcn cat lai bao nhieu doanh nghiep", "tỷ lệ lao động so với Thủ Đức", "KCN Tân Bình có bao nhiêu lao động",
      "xếp hạng các khu theo lao động");

  private final PrintWriter progress;

  public WebLoad(PrintWriter progress) {
    this.progress = progress;
  }

  /**
   * Runs the child, warms it for {@code warmS} seconds, measures for {@code measureS}, stops it; with
   * {@code jfr}, the child records a flight recording (profile settings) there, to see where its CPU goes.
   */
  public Result run(Path dataDir, int clients, int warmS, int measureS, String heap, int threads, double rate,
      String gc, Optional<Path> jfr) throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory("coordbot-webbench-");
    Process child = null;
    try {
      Path config = Files.createDirectories(tmp.resolve("config"));
      Path data = Files.createDirectories(config.resolve("data"));
      try (Stream<Path> files = Files.list(dataDir)) {
        for (Path f : files.toList()) {
          Files.copy(f, data.resolve(f.getFileName()));
        }
      }
      Files.writeString(config.resolve("coordbot.properties"),
          // the load comes from one address, as through a proxy: flood and connection limits off
          "telegram.flood.burst=10000\ntelegram.flood.per.minute=60000\nweb.connections.per.address=10000\n"
          + (threads > 0 ? "web.threads=" + threads + "\n" : ""), StandardCharsets.UTF_8);
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Path jar = Path.of(WebLoad.class.getProtectionDomain().getCodeSource().getLocation().getPath());
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap, gcFlag(gc)));
      jfr.ifPresent(f -> command.add("-XX:StartFlightRecording=settings=profile,filename=" + f.toAbsolutePath()));
      command.addAll(List.of("-jar", jar.toString(), "serve"));
      ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
          .redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile());
      pb.environment().remove("TELEGRAM_BOT_TOKEN");
      pb.environment().put("COORDBOT_INDEX_DIR", tmp.resolve("index").toString());
      pb.environment().put("COORDBOT_DATA_DIR", data.toString());
      pb.environment().put("COORDBOT_WEB_PORT", Integer.toString(port));
      pb.environment().put("COORDBOT_WEB_BIND", "127.0.0.1");
      child = pb.start();
      progress.printf("web: serve (pid %d) starting on port %d%n", child.pid(), port);
      awaitHealthy(port, child);
      progress.printf("web: warming up for %d s with %d clients%n", warmS, clients);
      drive(port, clients, warmS, 0);
      progress.printf("web: measuring for %d s%n", measureS);
      double load = loadAverage();
      long serve0 = cpuNanos(child.toHandle());
      long jit0 = jitNanos(child.pid());
      long self0 = cpuNanos(ProcessHandle.current());
      long[] machine0 = machineTicks();
      Driven r = drive(port, clients, measureS, 0);
      long serve1 = cpuNanos(child.toHandle());
      long jit1 = jitNanos(child.pid());
      long self1 = cpuNanos(ProcessHandle.current());
      long[] machine1 = machineTicks();
      double busy = machine0 == null || machine1 == null || machine1[1] == machine0[1] ? Double.NaN
          : (double) (machine1[0] - machine0[0]) / (machine1[1] - machine0[1]) * Runtime.getRuntime().availableProcessors();
      double n = Math.max(1, r.requests());
      Cpu cpu = new Cpu(serve0 < 0 || serve1 < 0 ? Double.NaN : (serve1 - serve0) / 1e6 / n,
          jit0 < 0 || jit1 < 0 ? Double.NaN : (jit1 - jit0) / 1e6 / n,
          self0 < 0 || self1 < 0 ? Double.NaN : (self1 - self0) / 1e6 / n, busy,
          Runtime.getRuntime().availableProcessors(), load);
      Paced paced = null;
      if (rate > 0) {
        progress.printf("web: %d clients at %.0f requests/s in all for %d s%n", clients, rate, measureS);
        Driven p = drive(port, clients, measureS, rate);
        paced = new Paced(rate, p.seconds(), p.perSecond(), p.latency(), p.errors(), p.sendLag());
      }
      double heapMb = heapAfterGc(child.pid());
      return new Result(clients, r.requests(), r.errors(), r.seconds(), r.perSecond(), r.latency(), heapMb, cpu, paced);
    } finally {
      if (child != null) {
        child.destroy();
        child.waitFor();
      }
      try (Stream<Path> walk = Files.walk(tmp)) {
        walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void awaitHealthy(int port, Process child) throws InterruptedException, IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new IOException("coordbot serve exited with " + child.exitValue());
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250); // polling a child process: there is no clock to inject
    }
    throw new IOException("coordbot serve did not become healthy in 120 s");
  }

  /**
   * One load shape's figures. {@code sendLag}: at a rate, how late the generator's own threads sent the
   * requests whose time had come while they waited (woken late by a busy machine, not held up by the
   * server's last answer); on 2 shared cores this is part of what the latency shows.
   */
  private record Driven(long requests, long errors, double seconds, double perSecond, Timings latency,
      Timings sendLag) {}

  /**
   * Drives the server from {@code clients} connections for {@code seconds}: as fast as each can
   * ({@code rate} 0) or at {@code rate} requests per second in all, each request timed from its
   * planned start.
   */
  private static Driven drive(int port, int clients, int seconds, double rate) throws InterruptedException {
    long interval = rate > 0 ? (long) (clients * 1e9 / rate) : 0;
    long[] start = new long[1];
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong errors = new AtomicLong();
    long[][] lat = new long[clients][];
    int[] counts = new int[clients];
    long[][] lags = new long[clients][];
    int[] lagCounts = new int[clients];
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int id = c;
      Thread t = new Thread(() -> {
        long[] mine = new long[1 << 16];
        int n = 0;
        long[] late = new long[interval > 0 ? 1 << 12 : 0];
        int nl = 0;
        String sid = String.format(Locale.ROOT, "bench%017d", id);
        try (Socket s = new Socket()) {
          s.setTcpNoDelay(true);
          s.connect(new InetSocketAddress("127.0.0.1", port));
          OutputStream out = s.getOutputStream();
          InputStream in = new BufferedInputStream(s.getInputStream(), 16_384);
          List<byte[]> requests = QUESTIONS.stream().map(q -> request(q, sid)).toList();
          ready.countDown();
          go.await();
          int i = id;
          long planned = start[0] + (interval == 0 ? 0 : id * (interval / clients));
          while (!stop.get()) {
            byte[] req = requests.get(i++ % requests.size());
            long t0 = System.nanoTime();
            if (interval > 0) {
              // an open schedule: wait for this request's planned time, and time it from then
              boolean waited = planned - System.nanoTime() > 0;
              for (long wait; (wait = planned - System.nanoTime()) > 0; ) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
              }
              if (waited) {
                if (nl == late.length) {
                  late = Arrays.copyOf(late, nl * 2);
                }
                late[nl++] = System.nanoTime() - planned;
              }
              t0 = planned;
              planned += interval;
            }
            out.write(req);
            out.flush();
            int status = readResponse(in);
            long dt = System.nanoTime() - t0;
            if (status != 200) {
              errors.incrementAndGet();
            }
            if (n == mine.length) {
              mine = Arrays.copyOf(mine, n * 2);
            }
            mine[n++] = dt;
          }
        } catch (IOException e) {
          errors.incrementAndGet();
          ready.countDown();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        lat[id] = mine;
        counts[id] = n;
        lags[id] = late;
        lagCounts[id] = nl;
      }, "coordbot-webbench-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    ready.await();
    long t0 = System.nanoTime();
    start[0] = t0;
    go.countDown();
    Thread.sleep(seconds * 1000L); // the measured window itself
    stop.set(true);
    for (Thread t : threads) {
      t.join(10_000);
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long[] all = gather(lat, counts);
    return new Driven(all.length, errors.get(), elapsed, all.length / elapsed, Timings.ofNanos(all),
        Timings.ofNanos(gather(lags, lagCounts)));
  }

  private static long[] gather(long[][] parts, int[] counts) {
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    long[] all = new long[total];
    int k = 0;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] != null) {
        System.arraycopy(parts[i], 0, all, k, counts[i]);
        k += counts[i];
      }
    }
    return Arrays.copyOf(all, k);
  }

  /** The collector of the serve child: serial (the smallest heap), parallel or g1. */
  static String gcFlag(String gc) {
    return switch (gc) {
      case "parallel" -> "-XX:+UseParallelGC";
      case "g1" -> "-XX:+UseG1GC";
      case "serial" -> "-XX:+UseSerialGC";
      default -> throw new IllegalArgumentException("--web-gc takes serial, parallel or g1, not " + gc);
    };
  }

  /** A process's CPU time so far (user + system), -1 when the system does not say. */
  private static long cpuNanos(ProcessHandle p) {
    return p.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  /**
   * CPU time so far of the JIT compiler threads of process {@code pid} ({@code C1/C2 CompilerThreadN}),
   * from /proc (ticks of 10 ms); -1 where there is no /proc.
   */
  static long jitNanos(long pid) {
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    if (!Files.isDirectory(tasks)) {
      return -1;
    }
    long ticks = 0;
    try (Stream<Path> all = Files.list(tasks)) {
      for (Path t : all.toList()) {
        try {
          if (Files.readString(t.resolve("comm")).contains("CompilerThre")) {
            ticks += threadTicks(Files.readString(t.resolve("stat")));
          }
        } catch (IOException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return ticks * 10_000_000L;
  }

  /** utime + stime of one /proc/…/stat line (the fields after the name in parentheses, which may hold spaces). */
  static long threadTicks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /** The machine's busy and total CPU ticks from /proc/stat; null where there is none. */
  private static long[] machineTicks() {
    try {
      String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] f = cpu.trim().split("\\s+");
      long total = 0;
      long idle = 0;
      for (int i = 1; i < f.length; i++) {
        long v = Long.parseLong(f[i]);
        total += v;
        if (i == 4 || i == 5) {
          idle += v; // idle and iowait
        }
      }
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The machine's load average over the last minute (other work on a shared machine shows in it). */
  static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static byte[] request(String question, String sid) {
    byte[] body = ("{\"question\": \"" + question.replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8);
    String head = "POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nCookie: cb_sid="
        + sid + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /** Reads one response (status line, headers, a Content-Length or chunked body); returns the status. */
  private static int readResponse(InputStream in) throws IOException {
    String status = line(in);
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String h; !(h = line(in)).isEmpty(); ) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (long size; (size = Long.parseLong(line(in).trim(), 16)) > 0; ) {
        in.skipNBytes(size);
        line(in);
      }
      line(in);
    } else if (length > 0) {
      in.skipNBytes(length);
    }
    return code;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(64);
    for (int c; (c = in.read()) != '\n'; ) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  /** The child's used heap after a full GC, in MB, from jcmd (NaN when jcmd is not there). */
  private double heapAfterGc(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      progress.println("web: no jcmd in this Java; heap not measured");
      return Double.NaN;
    }
    try {
      new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
      Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      // "def new generation total 4928K, used 123K" + "tenured generation ..." (serial), "PSYoungGen ..." +
      // "ParOldGen ..." (parallel), "garbage-first heap total ..., used ..." (G1)
      double kb = 0;
      var m = java.util.regex.Pattern.compile("\\s+total \\d+K, used (\\d+)K").matcher(out);
      while (m.find()) {
        kb += Long.parseLong(m.group(1));
      }
      return kb / 1024.0;
    } catch (IOException e) {
      progress.println("web: jcmd failed: " + e.getMessage());
      return Double.NaN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
  }
}
