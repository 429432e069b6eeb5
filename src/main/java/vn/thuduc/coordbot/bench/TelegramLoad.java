package vn.thuduc.coordbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.telegram.TelegramService;

/**
 * Pushes updates through the real Telegram adapter (long polling, workers, ledger, SQLite runtime
 * store, retrying sends) to a {@link FakeBotApi} in this JVM. Latency is measured one update at a
 * time (offer to reply); throughput with a burst offered at once; every update must be answered
 * exactly once.
 */
final class TelegramLoad {
  /** What the load saw. */
  record Result(int updates, double updatesPerSecond, Timings latency, int lost, int duplicated) {}

  private static final long CHAT_BASE = 5_000_000L;
  private static final long WAIT_MILLIS = 120_000;

  private TelegramLoad() {}

  static Result run(AnswerEngine engine, Path dir, List<String> questions, int sequential, int burst,
      PrintWriter progress) throws IOException, InterruptedException {
    try (Database db = Database.open(dir); FakeBotApi api = new FakeBotApi()) {
      RuntimeStore runtime = new RuntimeStore(db, Clock.systemUTC());
      // the issue measures the pipeline with the outgoing limiter off: every limit at its maximum
      Settings settings = Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url(),
          Settings.ENV_INDEX_DIR, dir.toString()), Map.of("telegram.rate.global.per.second", "1000",
          "telegram.rate.chat.per.minute", "6000", "telegram.rate.group.per.minute", "6000",
          "telegram.rate.chat.burst", "100", "telegram.flood.burst", "10000", "telegram.flood.per.minute", "60000"));
      TelegramService service = new TelegramService(settings, engine, runtime, actor -> {
        throw new IllegalStateException("the benchmark does not reload");
      }, Clock.systemUTC());
      Thread bot = new Thread(service::runUntilShutdown, "bench-telegram");
      long[] latency = new long[sequential];
      long updateId = 0;
      long burstNanos;
      try {
        bot.start();
        if (!api.awaitFirstPoll(WAIT_MILLIS)) {
          throw new IllegalStateException("the Telegram adapter did not start polling the fake Bot API");
        }
        for (int i = 0; i < sequential; i++) {
          long id = ++updateId;
          long t0 = System.nanoTime();
          api.offerText(id, CHAT_BASE + id, questions.get(i % questions.size()));
          if (!api.awaitAnswered(CHAT_BASE + id, WAIT_MILLIS)) {
            break;
          }
          latency[i] = api.sentTo(CHAT_BASE + id).get(0).atNanos() - t0;
        }
        progress.printf("  telegram: %d updates one at a time done; burst of %d%n", sequential, burst);
        int answeredBefore = api.chatsAnswered();
        long t0 = System.nanoTime();
        for (int i = 0; i < burst; i++) {
          long id = ++updateId;
          api.offerText(id, CHAT_BASE + id, questions.get(i % questions.size()));
        }
        api.awaitChatsAnswered(answeredBefore + burst, WAIT_MILLIS);
        burstNanos = api.lastFirstReplyNanos() - t0;
      } finally {
        service.close();
        bot.join(TimeUnit.SECONDS.toMillis(30));
      }
      int lost = 0;
      int duplicated = 0;
      for (long id = 1; id <= updateId; id++) {
        List<FakeBotApi.Sent> sent = api.sentTo(CHAT_BASE + id);
        if (sent.isEmpty()) {
          lost++;
        }
        Set<String> texts = new HashSet<>();
        if (sent.stream().anyMatch(s -> !texts.add(s.text()))) {
          duplicated++;
        }
      }
      double perSecond = burstNanos <= 0 ? 0 : burst / (burstNanos / 1e9);
      return new Result((int) updateId, perSecond, Timings.ofNanos(latency), lost, duplicated);
    }
  }
}
