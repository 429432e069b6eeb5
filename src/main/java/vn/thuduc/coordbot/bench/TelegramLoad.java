package vn.thuduc.coordbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.chatstate.ChatState;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.telegram.TelegramService;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;

/**
 * Pushes updates through the real Telegram adapter (long polling, workers, ledger, SQLite runtime
 * store, retrying sends) to a {@link FakeBotApi} in this JVM. Latency is measured one update at a
 * time (offer to reply); throughput with a burst offered at once; every update must be answered
 * exactly once.
 */
final class TelegramLoad {
  /** What the load saw. */
  record Result(int updates, double updatesPerSecond, Timings latency, int lost, int duplicated) {}


  static final int RTT_UPDATES = 2000;
  static final int RTT_USERS = 500;
  static final int RTT_BURST = 120;
  private static final long RTT_CHAT_BASE = 7_000_000L;

  private static final long CHAT_BASE = 5_000_000L;
  private static final long WAIT_MILLIS = 120_000;

  private TelegramLoad() {}

  /**
   * The adapter with Telegram's own limits (30 messages/s, a private chat 1/s after a burst of 3,
   * the default window and workers) against a fake Bot API that answers every call {@code rttMillis}
   * late: first {@value #RTT_BURST} users asking at the same moment, then {@value #RTT_UPDATES}
   * updates from {@value #RTT_USERS} users offered at once.
   */
  static RttFigures atRtt(AnswerEngine engine, Path dir, List<String> questions, int rttMillis, PrintWriter progress)
      throws IOException, InterruptedException {
    try (Database db = Database.open(dir); FakeBotApi api = new FakeBotApi(Duration.ofMillis(rttMillis))) {
      RuntimeStore runtime = new RuntimeStore(db, Clock.systemUTC());
      Settings settings = Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url(),
          Settings.ENV_INDEX_DIR, dir.toString()));
      TelegramService service = new TelegramService(new StandardCommands(), settings, engine, ChatState.of(runtime), actor -> {
        throw new IllegalStateException("the benchmark does not reload");
      }, Clock.systemUTC());
      Thread bot = new Thread(service::runUntilShutdown, "bench-telegram-rtt");
      long updateId = 0;
      Map<Long, Integer> offered = new java.util.HashMap<>();
      long[] burst = new long[RTT_BURST];
      double perSecond;
      try {
        bot.start();
        if (!api.awaitFirstPoll(WAIT_MILLIS)) {
          throw new IllegalStateException("the Telegram adapter did not start polling the fake Bot API");
        }
        long burstChat = RTT_CHAT_BASE + 1_000_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < RTT_BURST; i++) {
          long chat = burstChat + i;
          api.offerText(++updateId, chat, questions.get(i % questions.size()));
          offered.merge(chat, 1, Integer::sum);
        }
        api.awaitTexts(RTT_BURST, WAIT_MILLIS);
        for (int i = 0; i < RTT_BURST; i++) {
          List<FakeBotApi.Call> sent = api.textsTo(burstChat + i);
          burst[i] = sent.isEmpty() ? Long.MAX_VALUE / 4 : sent.get(0).atNanos() - t0;
        }
        progress.printf("  rtt %d ms: %d questions at once answered; %,d updates from %d users%n", rttMillis,
            RTT_BURST, RTT_UPDATES, RTT_USERS);
        int before = api.textCount();
        long t1 = System.nanoTime();
        for (int i = 0; i < RTT_UPDATES; i++) {
          long chat = RTT_CHAT_BASE + i % RTT_USERS;
          api.offerText(++updateId, chat, questions.get(i % questions.size()));
          offered.merge(chat, 1, Integer::sum);
        }
        api.awaitTexts(before + RTT_UPDATES, 4 * WAIT_MILLIS);
        perSecond = RTT_UPDATES / ((System.nanoTime() - t1) / 1e9);
        // late duplicates would show up just after the last answer
        api.awaitTexts(before + RTT_UPDATES + 1, 2L * rttMillis + 500);
      } finally {
        service.close();
        bot.join(TimeUnit.SECONDS.toMillis(30));
      }
      int lost = 0;
      int duplicated = 0;
      for (Map.Entry<Long, Integer> e : offered.entrySet()) {
        int got = api.textsTo(e.getKey()).size();
        lost += Math.max(0, e.getValue() - got);
        duplicated += Math.max(0, got - e.getValue());
      }
      Timings b = Timings.ofNanos(burst);
      return new RttFigures(rttMillis, (int) updateId, perSecond, b.max() / 1000, b.p50() / 1000, lost, duplicated);
    }
  }

  static Result run(AnswerEngine engine, Path dir, List<String> questions, int sequential, int burst,
      PrintWriter progress) throws IOException, InterruptedException {
    try (Database db = Database.open(dir); FakeBotApi api = new FakeBotApi()) {
      RuntimeStore runtime = new RuntimeStore(db, Clock.systemUTC());
      // the issue measures the pipeline with the outgoing limiter off: every limit at its maximum
      Settings settings = Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url(),
          Settings.ENV_INDEX_DIR, dir.toString()), Map.of("telegram.rate.global.per.second", "1000",
          "telegram.rate.chat.per.minute", "6000", "telegram.rate.group.per.minute", "6000",
          "telegram.rate.chat.burst", "100", "telegram.flood.burst", "10000", "telegram.flood.per.minute", "60000"));
      TelegramService service = new TelegramService(new StandardCommands(), settings, engine, ChatState.of(runtime), actor -> {
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
        List<FakeBotApi.Call> sent = api.sentTo(CHAT_BASE + id);
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
