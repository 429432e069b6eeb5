package vn.thuduc.coordbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.web.WebChannel;
import vn.thuduc.coordbot.zalo.ZaloChannel;

/**
 * {@code bench --zalo}: the Zalo channel as it runs in {@code serve} (webhook, durable inbox, per-user
 * lanes, the engine, the sender) against a {@link FakeZaloApi} that answers every call {@code latency}
 * late. Signed {@code user_send_text} events are posted at a fixed rate (open loop: each at its planned
 * time, whatever the earlier ones did) by many users; each webhook's acknowledgement is timed, and
 * every event must be answered exactly once.
 */
public final class ZaloLoad {
  private static final List<String> QUESTIONS = List.of("KCX Linh Trung có bao nhiêu lao động?",
      "KCX Linh Trung 2 có bao nhiêu doanh nghiệp?", "KCN Cát Lái có bao nhiêu lao động?",
      "How many workers does Binh Chieu have?", "Khu Công nghệ cao có bao nhiêu doanh nghiệp?",
      "tong so lao dong cac khu", "KCN Bình Chiểu có bao nhiêu doanh nghiệp?");
  private static final int USERS = 400;
  /** The first bench user's id (Zalo's ids are numbers of about 19 digits). */
  private static final long BENCH_USERS = 2_468_100_000_000_000_000L;

  /** What the run saw. */
  public record Result(int events, double offeredPerSecond, double answersPerSecond, Timings ack, Timings planned,
      int lost, int duplicated, int latencyMillis, int workers) {
    public String table() {
      return String.format(Locale.ROOT, "zalo: %d events from %d users at %.0f/s offered, Zalo API %d ms a call,"
          + " %d workers%n  answered %.1f/s sustained; webhook ack p50 %.2f ms, p99 %.2f ms, max %.2f ms"
          + " (from each planned start: p99 %.2f ms); %d lost, %d duplicated%n", events, USERS, offeredPerSecond,
          latencyMillis, workers, answersPerSecond, ack.p50(), ack.p99(), ack.max(), planned.p99(), lost, duplicated);
    }

    public String toJson() {
      return String.format(Locale.ROOT, "{\"zalo\":{\"events\":%d,\"users\":%d,\"offered_per_second\":%.1f,"
          + "\"answers_per_second\":%.2f,\"ack_p50_ms\":%.3f,\"ack_p99_ms\":%.3f,\"ack_max_ms\":%.3f,"
          + "\"ack_from_planned_p99_ms\":%.3f,\"lost\":%d,\"duplicated\":%d,\"zalo_latency_ms\":%d,\"workers\":%d}}",
          events, USERS, offeredPerSecond, answersPerSecond, ack.p50(), ack.p99(), ack.max(), planned.p99(), lost,
          duplicated, latencyMillis, workers);
    }
  }

  private final PrintWriter progress;

  public ZaloLoad(PrintWriter progress) {
    this.progress = progress;
  }

  /** Offers {@code rate} events a second for {@code seconds} with Zalo {@code latencyMillis} away. */
  public Result run(Path dataDir, double rate, int seconds, int latencyMillis, int workers)
      throws IOException, InterruptedException, DataException {
    Path dir = Files.createTempDirectory("coordbot-bench-zalo");
    try (FakeZaloApi api = new FakeZaloApi(Duration.ofMillis(latencyMillis))) {
      Map<String, String> env = new HashMap<>(Map.of(Settings.ENV_INDEX_DIR, dir.toString(), Settings.ENV_DATA_DIR,
          dataDir.toString(), "ZALO_APP_ID", FakeZaloApi.APP_ID, "ZALO_OA_SECRET", FakeZaloApi.OA_SECRET,
          "ZALO_APP_SECRET", FakeZaloApi.APP_SECRET, "ZALO_REFRESH_TOKEN", FakeZaloApi.FIRST_REFRESH,
          "ZALO_API_URL", api.url(), "ZALO_OAUTH_URL", api.url()));
      Settings settings = Settings.of(env, Map.of("zalo.workers", Integer.toString(workers)));
      try (Coordbot app = Coordbot.open(settings, Clock.systemUTC()); Metrics metrics = new Metrics();
          ZaloChannel zalo = app.zalo(settings.zalo().orElseThrow(), metrics);
          WebChannel web = WebChannel.start(app, metrics, "127.0.0.1", 0, 64, Optional.of(zalo))) {
        ZaloWebhooks hooks = new ZaloWebhooks("http://127.0.0.1:" + web.port(), FakeZaloApi.APP_ID,
            FakeZaloApi.OA_SECRET);
        warmUp(hooks, api);
        int events = (int) Math.round(rate * seconds);
        progress.printf("bench: zalo: %d events at %.0f/s, Zalo %d ms away%n", events, rate, latencyMillis);
        progress.flush();
        int before = api.sent().size();
        Map<String, Integer> offered = new HashMap<>();
        long[] ack = new long[events];
        long[] fromPlanned = new long[events];
        ExecutorService posters = Executors.newFixedThreadPool(32, r -> {
          Thread t = new Thread(r, "bench-zalo-post");
          t.setDaemon(true);
          return t;
        });
        long interval = (long) (1e9 / rate);
        long t0 = System.nanoTime();
        Future<?>[] f = new Future<?>[events];
        for (int i = 0; i < events; i++) {
          String user = Long.toString(BENCH_USERS + i % USERS); // Zalo user ids are numbers
          offered.merge(user, 1, Integer::sum);
          String body = hooks.text(user, QUESTIONS.get(i % QUESTIONS.size()));
          String sig = hooks.sign(body);
          long planned = t0 + i * interval;
          final int n = i;
          LockSupport.parkNanos(planned - System.nanoTime());
          f[i] = posters.submit(() -> {
            long start = System.nanoTime();
            HttpResponse<String> r = hooks.post(body, sig);
            long end = System.nanoTime();
            ack[n] = end - start;
            fromPlanned[n] = end - planned;
            if (r.statusCode() != 200) {
              throw new IllegalStateException("the webhook answered " + r.statusCode());
            }
            return null;
          });
        }
        for (Future<?> x : f) {
          try {
            x.get(60, TimeUnit.SECONDS);
          } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("a webhook post failed: " + e.getMessage(), e);
          }
        }
        posters.shutdown();
        List<FakeZaloApi.Sent> all = api.await(s -> s.size() - before >= events, Duration.ofSeconds(300));
        long last = all.get(all.size() - 1).atNanos();
        LockSupport.parkNanos(Duration.ofSeconds(2).toNanos()); // late duplicates, if any
        List<FakeZaloApi.Sent> sent = api.sent().subList(before, api.sent().size());
        Map<String, Integer> got = new HashMap<>();
        sent.forEach(s -> got.merge(s.userId(), 1, Integer::sum));
        int lost = 0;
        int duplicated = 0;
        for (Map.Entry<String, Integer> e : offered.entrySet()) {
          int g = got.getOrDefault(e.getKey(), 0);
          lost += Math.max(0, e.getValue() - g);
          duplicated += Math.max(0, g - e.getValue());
        }
        double answersPerSecond = events / ((last - t0) / 1e9);
        return new Result(events, rate, answersPerSecond, Timings.ofNanos(ack), Timings.ofNanos(fromPlanned), lost,
            duplicated, latencyMillis, workers);
      }
    } finally {
      deleteTree(dir);
    }
  }

  /** The first answers (the token refresh, the engine's first questions) before the clock starts. */
  private static void warmUp(ZaloWebhooks hooks, FakeZaloApi api) throws IOException, InterruptedException {
    for (int i = 0; i < QUESTIONS.size(); i++) {
      // a Zalo user id is digits (the webhook refuses anything else)
      int status = hooks.post(hooks.text("9000000000000000001", QUESTIONS.get(i))).statusCode();
      if (status != 200) {
        throw new IllegalStateException("the webhook refused a warm-up event: HTTP " + status);
      }
    }
    api.await(s -> s.size() >= QUESTIONS.size(), Duration.ofSeconds(60));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
