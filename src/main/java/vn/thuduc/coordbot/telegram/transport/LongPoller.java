package vn.thuduc.coordbot.telegram.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The bot's own long-poll loop on one named thread, in place of the library's {@code BotSession}
 * (which stops for good, silently, on an answer without a result list or an exception of its own).
 * Every getUpdates has a deadline (the long-poll timeout plus slack); whatever a poll ends with,
 * the loop goes on: an answer without {@code result} counts as no updates, a hung call is given up
 * at its deadline, an exception from the library is logged and backed off. The Bot API's refusals
 * get their own treatment here: 409 "webhook is active" deletes the webhook (pending updates kept),
 * 409 from another poller is one WARN a minute with Telegram's words, three 401s in a row end the bot.
 */
public final class LongPoller implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LongPoller.class);
  public static final String TOKEN_REVOKED = "the Bot API no longer accepts the token; check TELEGRAM_BOT_TOKEN";
  private static final int MAX_401 = 3;
  private static final long CONFLICT_WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** How long to wait between failed polls; tests make it short. */
  public record Timing(Duration deadline, Duration firstBackoff, Duration maxBackoff, Duration conflictBackoff) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final HttpUrl endpoint;
  private final BotApi api;
  private final Supplier<GetUpdates> next;
  private final Consumer<List<Update>> sink;
  private final Consumer<String> fatal;
  private final Timing timing;
  private final LongSupplier nanoTime;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Thread thread;
  private volatile Call inFlight;
  private volatile long lastPollNanos;
  private long polls;
  private int unauthorized;
  private long lastConflictWarn = Long.MIN_VALUE;
  private boolean nullResultLogged;

  /**
   * {@code http} polls {@code endpoint} ({@code <api>/bot<token>/getUpdates}), each call given up
   * at the deadline; {@code api} sends deleteWebhook; {@code next} builds each getUpdates (its offset); {@code sink}
   * takes every non-empty batch; {@code fatal} is told once when polling cannot go on.
   */
  public LongPoller(OkHttpClient http, HttpUrl endpoint, BotApi api, Supplier<GetUpdates> next, Consumer<List<Update>> sink,
      Consumer<String> fatal, Timing timing, LongSupplier nanoTime) {
    this.http = http;
    this.endpoint = endpoint;
    this.api = api;
    this.next = next;
    this.sink = sink;
    this.fatal = fatal;
    this.timing = timing;
    this.nanoTime = nanoTime;
    this.lastPollNanos = nanoTime.getAsLong();
    this.thread = new Thread(this::loop, "tg-poll");
  }

  public void start() {
    thread.start();
  }

  /** When the latest getUpdates ended (System.nanoTime), however it ended. */
  public long lastPollNanos() {
    return lastPollNanos;
  }

  public synchronized long polls() {
    return polls;
  }

  private boolean closing() {
    return closing.getCount() == 0;
  }

  private void loop() {
    Duration backoff = timing.firstBackoff();
    while (!closing()) {
      Duration wait = Duration.ZERO;
      try {
        List<Update> updates = pollOnce();
        backoff = timing.firstBackoff();
        unauthorized = 0;
        if (!updates.isEmpty()) {
          sink.accept(updates);
        }
      } catch (Refused r) {
        wait = r.wait == null ? backoff : r.wait;
        if (r.wait == null) {
          backoff = min(backoff.multipliedBy(2), timing.maxBackoff());
        }
        if (r.stop) {
          return;
        }
      } catch (InterruptedException e) {
        if (closing()) {
          return;
        }
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        if (closing()) {
          return;
        }
        log.warn("getUpdates failed inside the Bot API library ({}); polling again in {} ms", e.toString(),
            backoff.toMillis());
        wait = backoff;
        backoff = min(backoff.multipliedBy(2), timing.maxBackoff());
      } finally {
        lastPollNanos = nanoTime.getAsLong();
        synchronized (this) {
          polls++;
        }
      }
      if (!wait.isZero()) {
        try {
          if (closing.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** A poll Telegram refused or that failed; {@code wait} null means the usual back-off. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Duration wait;
    private final boolean stop;

    Refused(Duration wait, boolean stop) {
      super(null, null, false, false);
      this.wait = wait;
      this.stop = stop;
    }
  }

  private List<Update> pollOnce() throws Refused, InterruptedException {
    GetUpdates request = next.get();
    String body;
    Call call;
    try {
      call = http.newCall(new Request.Builder().url(endpoint)
          .post(RequestBody.create(JSON.writeValueAsBytes(request), JSON_TYPE)).build());
    } catch (IOException e) {
      throw new IllegalStateException("cannot write getUpdates", e);
    }
    call.timeout().timeout(timing.deadline().toMillis(), TimeUnit.MILLISECONDS);
    inFlight = call;
    if (closing()) {
      call.cancel();
    }
    try (Response response = call.execute()) {
      body = response.body() == null ? "" : response.body().string();
    } catch (InterruptedIOException e) {
      if (closing()) {
        throw new Refused(Duration.ZERO, true);
      }
      log.warn("getUpdates gave no answer within {} s; polling again", timing.deadline().toSeconds());
      throw new Refused(Duration.ZERO, false);
    } catch (IOException e) {
      throw refused(e);
    } finally {
      inFlight = null;
    }
    List<Update> got;
    try {
      got = request.deserializeResponse(body);
    } catch (TelegramApiRequestException e) {
      throw refused(e);
    }
    if (got == null) {
      if (!nullResultLogged) {
        nullResultLogged = true;
        log.warn("getUpdates answered without a result list; taken as no updates, polling goes on");
      }
      return List.of();
    }
    List<Update> out = new ArrayList<>(got.size());
    for (Update u : got) {
      if (u != null && u.getUpdateId() != null) {
        out.add(u);
      }
    }
    return out;
  }

  private Refused refused(Throwable e) {
    if (closing()) {
      return new Refused(Duration.ZERO, true); // the call was cancelled by close(): nothing to report
    }
    if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
      int code = r.getErrorCode();
      String description = r.getApiResponse() == null ? String.valueOf(r.getMessage()) : r.getApiResponse();
      if (code == 401) {
        if (++unauthorized >= MAX_401) {
          closing.countDown();
          fatal.accept(TOKEN_REVOKED);
          return new Refused(Duration.ZERO, true);
        }
        log.debug("getUpdates: 401 {} ({} in a row)", description, unauthorized);
        return new Refused(null, false);
      }
      unauthorized = 0;
      if (code == 409 && description.toLowerCase(Locale.ROOT).contains("webhook")) {
        return deleteWebhook(description);
      }
      if (code == 409) {
        long now = nanoTime.getAsLong();
        if (lastConflictWarn == Long.MIN_VALUE || now - lastConflictWarn >= CONFLICT_WARN_EVERY_NANOS) {
          lastConflictWarn = now;
          log.warn("another instance polls with this token; Telegram says: \"{}\"; backing off {} s (this warning"
              + " at most once a minute)", description, timing.conflictBackoff().toSeconds());
        }
        return new Refused(timing.conflictBackoff(), false);
      }
      if (code == 429) {
        Integer after = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
        Duration wait = Duration.ofSeconds(after == null || after < 1 ? 1 : Math.min(after, 60));
        log.warn("getUpdates: 429 {}; waiting {} s as asked", description, wait.toSeconds());
        return new Refused(wait, false);
      }
      log.warn("getUpdates refused: {} {}; polling again", code, description);
      return new Refused(null, false);
    }
    unauthorized = 0;
    log.warn("getUpdates failed ({}); polling again", e.toString());
    return new Refused(null, false);
  }

  private Refused deleteWebhook(String description) {
    try {
      api.call(DeleteWebhook.builder().dropPendingUpdates(false).build());
      log.info("a webhook was set for this bot (Telegram: \"{}\"); deleted it, pending updates kept, long polling"
          + " goes on", description);
      return new Refused(Duration.ZERO, false);
    } catch (BotApiException e) {
      log.warn("a webhook is set for this bot and deleteWebhook failed ({}); trying again", e.getMessage());
      return new Refused(null, false);
    }
  }

  /** Stops the loop: the getUpdates held open by the server is cancelled, quietly. */
  @Override
  public void close() {
    closing.countDown();
    Call call = inFlight;
    if (call != null) {
      call.cancel();
    }
    if (Thread.currentThread() != thread && thread.isAlive()) {
      // no interrupt: it would break a journal write half-way; the cancelled call and the latch end the loop
      try {
        thread.join(TimeUnit.SECONDS.toMillis(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public boolean isAlive() {
    return thread.isAlive();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
