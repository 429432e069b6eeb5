package vn.thuduc.coordbot.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class BotApiTest {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final BotApi api = new BotApi(null, new BotApi.Policy(4, Duration.ofMillis(200), Duration.ofMillis(100),
      Duration.ofMillis(300), Duration.ofSeconds(30)), waits::add);

  private static TelegramApiRequestException apiError(int code, Integer retryAfter) {
    ApiResponse<Object> r = ApiResponse.builder().ok(false).errorCode(code).errorDescription("error " + code)
        .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter)).build();
    return new TelegramApiRequestException("Error", r);
  }

  /** Marks a try whose future never completes. */
  private static final class Hang {}

  private static BotApi.Attempt<String> script(Deque<Object> outcomes) {
    return () -> {
      Object next = outcomes.poll();
      if (next instanceof Throwable t) {
        return CompletableFuture.failedFuture(t);
      }
      if (next instanceof Hang) {
        return new CompletableFuture<>(); // never completes, like a response without "ok"
      }
      return CompletableFuture.completedFuture((String) next);
    };
  }

  @Test
  void waitsRetryAfterSecondsAfterA429() throws Exception {
    String result = api.withRetries("sendmessage", script(new ArrayDeque<>(List.of(apiError(429, 7), "sent"))));
    assertThat(result).isEqualTo("sent");
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void backsOffExponentiallyOn5xxAndDroppedConnectionsUpToTheCap() throws Exception {
    String result = api.withRetries("sendmessage", script(new ArrayDeque<>(List.of(apiError(502, null),
        new IOException("connection reset"), apiError(500, null), "sent"))));
    assertThat(result).isEqualTo("sent");
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
  }

  @Test
  void retriesACallThatNeverAnswers() throws Exception {
    Deque<Object> outcomes = new ArrayDeque<>();
    outcomes.add(new Hang());
    outcomes.add("sent");
    assertThat(api.withRetries("sendmessage", script(outcomes))).isEqualTo("sent");
    assertThat(waits).hasSize(1);
  }

  @Test
  void doesNotRetryABadRequest() {
    assertThatThrownBy(() -> api.withRetries("sendmessage", script(new ArrayDeque<>(List.of(apiError(400, null),
        "never")))))
        .isInstanceOfSatisfying(BotApiException.class, e -> assertThat(e.errorCode()).isEqualTo(400));
    assertThat(waits).isEmpty();
  }

  @Test
  void givesUpAfterTheLastTry() {
    assertThatThrownBy(() -> api.withRetries("sendmessage", script(new ArrayDeque<>(List.of(apiError(503, null),
        apiError(503, null), apiError(503, null), apiError(503, null), "too late")))))
        .isInstanceOfSatisfying(BotApiException.class, e -> assertThat(e.errorCode()).isEqualTo(503));
    assertThat(waits).hasSize(3);
  }
}
