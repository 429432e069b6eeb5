package vn.thuduc.coordbot.questions;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.thuduc.coordbot.answer.Answer;

/**
 * A question answered through {@link Questions}: the answer, the time the engine took, and the
 * question's id in the log once the log's writer has written it.
 */
public record Asked(Answer answer, long nanos, CompletableFuture<Long> logged) {
  private static final long WAIT_SECONDS = 3;

  /** The engine's answering time in milliseconds. */
  public double millis() {
    return nanos / 1e6;
  }

  /**
   * The question's id in the log (feedback buttons carry it), waiting up to 3 s for the writer; 0
   * when it could not be logged. Never throws.
   */
  public long logId() {
    try {
      return logged.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (ExecutionException | TimeoutException e) {
      return 0;
    }
  }
}
