package vn.thuduc.coordbot.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.thuduc.coordbot.answer.CoordAnswerEngine;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.search.PassageIndex;

/**
 * What conversations cost: the heap of {@code n} filled frames (each after a statistics question and a
 * follow-up, so it holds a query and its recent zones), and a follow-up's latency beside a fresh
 * question's, measured side by side over the same engine.
 */
final class ConversationLoad {
  record Result(int conversations, double heapMb, Timings followUpMs, Timings freshMs) {}

  private static final List<String[]> TURNS = List.of(
      new String[] {"KCX Linh Trung 2 có bao nhiêu lao động?", "và số doanh nghiệp?"},
      new String[] {"How many workers are in Cat Lai?", "and Binh Chieu?"},
      new String[] {"kcx linh trung co bao nhieu doanh nghiep", "con so cong nhan o do?"},
      new String[] {"3 khu đông lao động nhất", "thế còn khu thấp nhất?"},
      new String[] {"So sánh KCX Linh Trung và KCN Cát Lái về lao động", "gấp mấy lần?"},
      new String[] {"Which zone has the most enterprises?", "as a percentage?"});

  private ConversationLoad() {}

  static Result run(PassageIndex index, Dataset dataset, int n, int timed, PrintWriter progress) {
    Conversations conversations = new Conversations(Clock.systemUTC(), Duration.ofMinutes(15), n);
    CoordAnswerEngine engine = new CoordAnswerEngine(index, Clock.systemUTC(), conversations);
    engine.use(dataset, 1, Instant.now());
    // warm the engine (JIT) on conversations that are dropped again
    for (int i = 0; i < Math.min(3_000, n); i++) {
      String[] t = TURNS.get(i % TURNS.size());
      engine.answer(Question.of(t[0]).inConversation("warm:" + i));
      engine.answer(Question.of(t[1]).inConversation("warm:" + i));
      engine.forget("warm:" + i);
    }
    double before = heapAfterGc();
    for (int i = 0; i < n; i++) {
      String[] t = TURNS.get(i % TURNS.size());
      String id = "tg:" + (-1_000_000_000_000L - i) + ":" + (100_000_000L + i);
      engine.answer(Question.of(t[0]).inConversation(id));
      engine.answer(Question.of(t[1]).inConversation(id));
      if ((i + 1) % 10_000 == 0) {
        progress.printf("  %,d conversations filled%n", i + 1);
      }
    }
    double heap = heapAfterGc() - before;
    int kept = conversations.size();
    long[] followUp = new long[timed];
    long[] fresh = new long[timed];
    for (int i = 0; i < timed; i++) {
      String[] t = TURNS.get(i % TURNS.size());
      String id = "timed:" + i;
      engine.answer(Question.of(t[0]).inConversation(id));
      long t0 = System.nanoTime();
      engine.answer(Question.of(t[1]).inConversation(id));
      followUp[i] = System.nanoTime() - t0;
      t0 = System.nanoTime();
      engine.answer(Question.of(t[0]));
      fresh[i] = System.nanoTime() - t0;
    }
    java.lang.ref.Reference.reachabilityFence(engine);
    progress.printf("  %,d conversations kept, %.1f MB%n", kept, heap);
    return new Result(kept, heap, Timings.ofNanos(followUp), Timings.ofNanos(fresh));
  }

  private static double heapAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      memory.gc();
    }
    return memory.getHeapMemoryUsage().getUsed() / 1048576.0;
  }
}
