package vn.thuduc.coordbot.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API as the adapter calls it: always through {@code executeAsync} with a deadline (a
 * response without {@code ok} never completes the library's future), retried on 429 after
 * {@code retry_after}, on 5xx, unreadable answers, dropped connections and timeouts, a bounded number
 * of times.
 */
final class BotApi {
  private static final Logger log = LoggerFactory.getLogger(BotApi.class);

  /** Waits between tries; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** One try of a call, producing the library's future. */
  @FunctionalInterface
  interface Attempt<T> {
    CompletableFuture<T> start() throws TelegramApiException;
  }

  /** Retry limits: tries in all, first backoff, longest wait honoured for 429. */
  record Policy(int maxAttempts, Duration callTimeout, Duration firstBackoff, Duration maxBackoff,
      Duration maxRetryAfter) {
    static Policy defaults() {
      return new Policy(5, Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofSeconds(8),
          Duration.ofSeconds(30));
    }
  }

  private final TelegramClient client;
  private final Policy policy;
  private final Sleeper sleeper;

  BotApi(TelegramClient client, Policy policy, Sleeper sleeper) {
    this.client = client;
    this.policy = policy;
    this.sleeper = sleeper;
  }

  /** Runs a JSON method (its body is serialised afresh on every try). */
  <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiException {
    return withRetries(method.getMethod(), () -> client.executeAsync(method));
  }

  /** Sends a photo; {@code photo} is called once per try because an upload stream is read once. */
  Message sendPhoto(java.util.function.Supplier<SendPhoto> photo) throws BotApiException {
    return withRetries("sendphoto", () -> client.executeAsync(photo.get()));
  }

  /** Fires a call whose failure does not matter (chat actions): no retries, nobody waits. */
  void bestEffort(BotApiMethod<?> method) {
    try {
      client.executeAsync(method).orTimeout(policy.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
          .whenComplete((r, e) -> {
            if (e != null) {
              log.debug("{} failed (ignored): {}", method.getMethod(), e.toString());
            }
          });
    } catch (TelegramApiException | RuntimeException e) {
      log.debug("{} failed (ignored): {}", method.getMethod(), e.toString());
    }
  }

  <T> T withRetries(String what, Attempt<T> attempt) throws BotApiException {
    Duration backoff = policy.firstBackoff();
    for (int tryNo = 1; ; tryNo++) {
      Failure failure;
      try {
        CompletableFuture<T> future = attempt.start();
        try {
          return future.get(policy.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          future.cancel(true);
          failure = new Failure(0, "no answer within " + policy.callTimeout().toSeconds() + " s", e, true, null);
        }
      } catch (ExecutionException e) {
        failure = classify(e.getCause() == null ? e : e.getCause());
      } catch (TelegramApiException e) {
        failure = classify(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BotApiException(what + ": interrupted", 0, e);
      }
      if (!failure.retryable() || tryNo >= policy.maxAttempts()) {
        throw new BotApiException(what + ": " + failure.description(), failure.code(), failure.cause());
      }
      Duration wait = failure.retryAfter() != null ? failure.retryAfter() : backoff;
      log.warn("{} failed ({}), try {} of {}, retrying in {} ms", what, failure.description(), tryNo,
          policy.maxAttempts(), wait.toMillis());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BotApiException(what + ": interrupted while waiting to retry", failure.code(), e);
      }
      if (failure.retryAfter() == null) {
        backoff = backoff.multipliedBy(2).compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff()
            : backoff.multipliedBy(2);
      }
    }
  }

  private record Failure(int code, String description, Throwable cause, boolean retryable, Duration retryAfter) {}

  private Failure classify(Throwable e) {
    if (e instanceof TelegramApiValidationException) {
      return new Failure(400, e.toString(), e, false, null);
    }
    if (e instanceof TelegramApiRequestException r) {
      int code = r.getErrorCode() == null ? 0 : r.getErrorCode();
      String description = r.getApiResponse() != null ? r.getApiResponse() : String.valueOf(r.getMessage());
      if (code == 429) {
        Integer after = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
        Duration wait = Duration.ofSeconds(after == null || after < 1 ? 1 : after);
        if (wait.compareTo(policy.maxRetryAfter()) > 0) {
          wait = policy.maxRetryAfter();
        }
        return new Failure(code, "429 " + description, e, true, wait);
      }
      // code 0: the answer was not a Bot API response at all (an HTML 502 page, say)
      boolean retry = code == 0 || code >= 500;
      return new Failure(code, (code == 0 ? "" : code + " ") + description, e, retry, null);
    }
    if (e instanceof IOException || e instanceof TimeoutException) {
      return new Failure(0, e.toString(), e, true, null);
    }
    if (e instanceof TelegramApiException) {
      // "empty response" and the like: the server said something unusable, worth another try
      return new Failure(0, e.toString(), e, true, null);
    }
    return new Failure(0, e.toString(), e, false, null);
  }
}
