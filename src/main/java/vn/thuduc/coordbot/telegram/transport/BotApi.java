package vn.thuduc.coordbot.telegram.transport;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.ForwardMessage;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API as the adapter calls it: always through {@code executeAsync} with a deadline (a
 * response without {@code ok} never completes the library's future), retried on 429 after
 * {@code retry_after}, on 5xx, unreadable answers, dropped connections and timeouts, a bounded number
 * of times. Every call that puts a message in a chat (send, photo, document, edit, copy) first waits
 * for its turn from the {@link Pacing}: the outgoing rate limits and the delivery gate apply to all
 * of them, whoever sends. Its length is the one retry policy applied to every kind of call.
 */
public final class BotApi {
  private static final Logger log = LoggerFactory.getLogger(BotApi.class);

  /** Waits between tries; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** One try of a call, producing the library's future. */
  @FunctionalInterface
  public interface Attempt<T> {
    CompletableFuture<T> start() throws TelegramApiException;
  }

  /** What a message to a chat waits for before it goes out; tests may pass {@link #NO_PACING}. */
  @FunctionalInterface
  public interface Pacing {
    void beforeSend(String chatId) throws InterruptedException;
  }

  public static final Pacing NO_PACING = chatId -> { };

  /** Spreads retry waits so that many senders failing together do not retry together. */
  @FunctionalInterface
  public interface Jitter {
    Duration apply(Duration backoff);
  }

  public static final Jitter NO_JITTER = d -> d;
  /** Half the backoff fixed, the other half random ("equal jitter"). */
  public static final Jitter EQUAL_JITTER = d -> {
    long half = d.toMillis() / 2;
    return Duration.ofMillis(half + java.util.concurrent.ThreadLocalRandom.current().nextLong(half + 1));
  };

  /** Retry limits: tries in all, first backoff, longest wait honoured for 429. */
  public record Policy(int maxAttempts, Duration callTimeout, Duration firstBackoff, Duration maxBackoff,
      Duration maxRetryAfter) {
    public static Policy defaults() {
      return new Policy(5, Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofSeconds(8),
          Duration.ofSeconds(30));
    }
  }

  private final TelegramClient client;
  private final Policy policy;
  private final Sleeper sleeper;
  private final Pacing pacing;
  private final Jitter jitter;
  private final RefusedChats blocked;
  private volatile java.util.function.IntConsumer onFailure = code -> { };

  /** Told the error code of every call that failed for good (0: no answer), for the metrics. */
  public void onFailure(java.util.function.IntConsumer listener) {
    onFailure = listener;
  }

  public BotApi(TelegramClient client, Policy policy, Sleeper sleeper) {
    this(client, policy, sleeper, NO_PACING, NO_JITTER);
  }

  public BotApi(TelegramClient client, Policy policy, Sleeper sleeper, Pacing pacing, Jitter jitter) {
    this(client, policy, sleeper, pacing, jitter, null);
  }

  /** {@code blocked}: where chats that refuse messages (403) are marked; null to mark none. */
  public BotApi(TelegramClient client, Policy policy, Sleeper sleeper, Pacing pacing, Jitter jitter, RefusedChats blocked) {
    this.client = client;
    this.policy = policy;
    this.sleeper = sleeper;
    this.pacing = pacing;
    this.jitter = jitter;
    this.blocked = blocked;
  }

  /**
   * Runs a JSON method (its body is serialised afresh on every try). A message Telegram cannot parse
   * as HTML goes again as plain text, so the answer still arrives; a chat that refuses messages (403)
   * is marked and the call is not retried.
   */
  public <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiException {
    Optional<String> chat = chatOf(method);
    if (chat.isPresent()) {
      pace(method.getMethod(), chat.get());
    }
    try {
      return withRetries(method.getMethod(), () -> client.executeAsync(method));
    } catch (BotApiException e) {
      if (e.isUnparsableEntities() && asPlainText(method)) {
        log.warn("{} to chat {}: Telegram cannot parse its HTML ({}); sent again as plain text", method.getMethod(),
            chat.orElse("?"), e.getMessage());
        return withRetries(method.getMethod(), () -> client.executeAsync(method));
      }
      throw refused(chat, e);
    }
  }

  /** Turns an HTML message into the same text, plain: tags dropped, entities decoded; false if it is not one. */
  private static boolean asPlainText(BotApiMethod<?> m) {
    if (m instanceof SendMessage s && s.getParseMode() != null) {
      s.setText(TelegramText.render(s.getText()));
      s.setParseMode(null);
      return true;
    }
    if (m instanceof EditMessageText e && e.getParseMode() != null) {
      e.setText(TelegramText.render(e.getText()));
      e.setParseMode(null);
      return true;
    }
    return false;
  }

  /** A 403 for a chat: one WARN, the chat marked; every refusal is passed on to the caller. */
  private BotApiException refused(Optional<String> chat, BotApiException e) {
    if (e.isBlocked() && chat.isPresent()) {
      log.warn("chat {}: Telegram refuses messages to it ({}); not retried, no apology, notices skip it until it"
          + " writes again", chat.get(), e.getMessage());
      if (blocked != null) {
        try {
          blocked.mark(Long.parseLong(chat.get()), e.getMessage());
        } catch (NumberFormatException ex) {
          log.debug("chat {}: cannot mark it as blocked: {}", chat.get(), ex.toString());
        }
      }
    }
    return e;
  }

  /** True when {@code chatId} refused messages (403) and has not written since. */
  public boolean isBlocked(long chatId) {
    return blocked != null && blocked.isBlocked(chatId);
  }

  /** Sends a photo; {@code photo} is called once per try because an upload stream is read once. */
  public Message sendPhoto(String chatId, java.util.function.Supplier<SendPhoto> photo) throws BotApiException {
    pace("sendphoto", chatId);
    try {
      return withRetries("sendphoto", () -> client.executeAsync(photo.get()));
    } catch (BotApiException e) {
      throw refused(Optional.of(chatId), e);
    }
  }

  /** Sends a file; {@code document} is called once per try because an upload stream is read once. */
  public Message sendDocument(String chatId, java.util.function.Supplier<SendDocument> document)
      throws BotApiException {
    pace("senddocument", chatId);
    try {
      return withRetries("senddocument", () -> client.executeAsync(document.get()));
    } catch (BotApiException e) {
      throw refused(Optional.of(chatId), e);
    }
  }

  private void pace(String what, String chatId) throws BotApiException {
    try {
      pacing.beforeSend(chatId);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BotApiException(what + ": interrupted while waiting for its turn", 0, e);
    }
  }

  /** The chat a method posts a message into; empty for calls that post nothing (or inline edits). */
  public static Optional<String> chatOf(BotApiMethod<?> m) {
    String chat = null;
    if (m instanceof SendMessage s) {
      chat = s.getChatId();
    } else if (m instanceof EditMessageText e) {
      chat = e.getChatId();
    } else if (m instanceof EditMessageReplyMarkup e) {
      chat = e.getChatId();
    } else if (m instanceof EditMessageCaption e) {
      chat = e.getChatId();
    } else if (m instanceof CopyMessage c) {
      chat = c.getChatId();
    } else if (m instanceof ForwardMessage f) {
      chat = f.getChatId();
    }
    return Optional.ofNullable(chat);
  }

  /** Fires a call whose failure does not matter (chat actions): no retries, nobody waits. */
  public void bestEffort(BotApiMethod<?> method) {
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

  public <T> T withRetries(String what, Attempt<T> attempt) throws BotApiException {
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
        onFailure.accept(failure.code());
        throw new BotApiException(what + ": " + failure.description(), failure.code(), failure.cause());
      }
      Duration wait = failure.retryAfter() != null ? failure.retryAfter() : jitter.apply(backoff);
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
