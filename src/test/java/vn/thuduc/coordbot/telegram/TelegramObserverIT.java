package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeBotApi;

/** What the adapter reports to the operators' metrics: updates in flight, questions, failed sends by code. */
class TelegramObserverIT {
  @TempDir
  Path dir;

  @Test
  void reportsUpdatesQuestionsAndFailedSends() throws Exception {
    try (RealBot real = RealBot.start(dir, 9001, false)) {
      AtomicInteger inFlight = new AtomicInteger();
      AtomicInteger started = new AtomicInteger();
      List<String> questions = new CopyOnWriteArrayList<>();
      List<Integer> errors = new CopyOnWriteArrayList<>();
      real.bot().observe(new TelegramObserver() {
        @Override
        public void updateStarted() {
          started.incrementAndGet();
          inFlight.incrementAndGet();
        }

        @Override
        public void updateFinished() {
          inFlight.decrementAndGet();
        }

        @Override
        public void sendError(int code) {
          errors.add(code);
        }
      });
      real.bot().questions().listen((channel, intent, answered, nanos) -> questions.add(channel + ":" + intent + ":"
          + answered));
      FakeBotApi api = real.api();
      api.offer(Updates.text(9_100_001, 3001, "vi", "KCX Linh Trung có bao nhiêu lao động?"));
      api.offer(Updates.text(9_100_002, 3001, "vi", "thời tiết hôm nay thế nào?"));
      api.awaitReplies(3001, 2);
      api.fail("sendmessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
      api.offer(Updates.text(9_100_003, 3002, "vi", "KCN Cát Lái có bao nhiêu lao động?"));
      api.await(cs -> errors.contains(403), Duration.ofSeconds(15));
      api.await(cs -> started.get() == 3 && inFlight.get() == 0, Duration.ofSeconds(15));
      assertThat(questions).contains("telegram:zone_metric:true").anyMatch(q -> q.endsWith(":false"));
      assertThat(errors).contains(403);
      assertThat(inFlight).hasValue(0);
    }
  }
}
