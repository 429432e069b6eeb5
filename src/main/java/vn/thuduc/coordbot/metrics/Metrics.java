package vn.thuduc.coordbot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The bot's metrics in one Prometheus registry; every name starts with {@code coordbot_} (the JVM's
 * too). Channels call {@link #question}; the Telegram adapter calls {@link #updateStarted},
 * {@link #updateFinished} and {@link #sendError}; suppliers for tickets and the dataset version are
 * wired by the composition root. Thread-safe and cheap on the hot path.
 */
public final class Metrics implements AutoCloseable {
  private static final String PREFIX = "coordbot.";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, Counter> questions = new ConcurrentHashMap<>();
  private final Map<String, Timer> latency = new ConcurrentHashMap<>();
  private final Map<String, Counter> sendErrors = new ConcurrentHashMap<>();
  private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
  private final Map<String, Counter> zaloErrors = new ConcurrentHashMap<>();
  private final Map<String, Counter> zaloEvents = new ConcurrentHashMap<>();
  private final Map<String, Counter> zaloUnreached = new ConcurrentHashMap<>();
  private final AtomicInteger zaloTokenRefused = new AtomicInteger();
  private final AtomicReference<LongSupplier> zaloInbox = new AtomicReference<>(() -> 0L);
  private final Timer zaloAck;
  private final AtomicInteger updatesInFlight = new AtomicInteger();
  private final AtomicReference<LongSupplier> ticketsOpen = new AtomicReference<>(() -> 0L);
  private final AtomicReference<LongSupplier> datasetVersion = new AtomicReference<>(() -> 0L);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public Metrics() {
    registry.config().meterFilter(new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        return id.getName().startsWith(PREFIX) ? id : id.withName(PREFIX + id.getName());
      }
    });
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Gauge.builder(PREFIX + "telegram.updates.in.flight", updatesInFlight, AtomicInteger::get)
        .description("Telegram updates being handled now").register(registry);
    Gauge.builder(PREFIX + "tickets.open", ticketsOpen, s -> s.get().getAsLong())
        .description("Legal-advice tickets not closed yet").register(registry);
    Gauge.builder(PREFIX + "zalo.token.refused", zaloTokenRefused, AtomicInteger::get)
        .description("1 while Zalo refuses the refresh token (set a new ZALO_REFRESH_TOKEN)").register(registry);
    Gauge.builder(PREFIX + "zalo.inbox.pending", zaloInbox, s -> s.get().getAsLong())
        .description("Zalo events acknowledged and not answered yet").register(registry);
    zaloAck = Timer.builder(PREFIX + "zalo.webhook.ack").description("Time to acknowledge a Zalo webhook event")
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(50_000))
        .maximumExpectedValue(Duration.ofSeconds(5)).register(registry);
    Gauge.builder(PREFIX + "dataset.version", datasetVersion, s -> s.get().getAsLong())
        .description("The dataset version answers come from").register(registry);
  }

  /** A Zalo API call failed with {@code code} (Zalo's negative error code, {@code http_NNN}, {@code timeout}). */
  public void zaloError(String code) {
    zaloErrors.computeIfAbsent(code, c -> Counter.builder(PREFIX + "zalo.api.errors")
        .description("Zalo API calls that failed, by error code").tag("code", c).register(registry)).increment();
  }

  /** A webhook event from Zalo was taken ({@code event}: its event_name; duplicates count as {@code duplicate}). */
  public void zaloEvent(String event) {
    zaloEvents.computeIfAbsent(event, e -> Counter.builder(PREFIX + "zalo.events")
        .description("Zalo webhook events taken, by event name").tag("event", e).register(registry)).increment();
  }

  /**
   * A message the bot started itself (an adviser's answer, a notice) that Zalo refused to deliver:
   * outside the free-message window, not following, blocked ({@code why}: Zalo's code).
   */
  public void zaloUnreached(String why) {
    zaloUnreached.computeIfAbsent(why, w -> Counter.builder(PREFIX + "zalo.unreached")
        .description("Messages to Zalo users that Zalo refused (window closed, not following, blocked)")
        .tag("code", w).register(registry)).increment();
  }

  /** Zalo refused the refresh token (invalid_grant): an operator must set a new one; 1 while so. */
  public void zaloTokenRefused(boolean refused) {
    zaloTokenRefused.set(refused ? 1 : 0);
  }

  /** Where the gauge of Zalo events acknowledged and not yet answered reads from. */
  public void zaloInbox(LongSupplier supplier) {
    zaloInbox.set(supplier);
  }

  /** How long the webhook took to acknowledge an event (signature, durable inbox, 200). */
  public void zaloAck(long nanos) {
    zaloAck.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** Counts one answered or unanswered question and its in-process answering time. */
  public void question(String channel, String intent, boolean answered, long nanos) {
    String key = channel + '\u0000' + intent + '\u0000' + answered;
    questions.computeIfAbsent(key, k -> Counter.builder(PREFIX + "questions")
        .description("Questions by channel, intent and whether the bot knew the answer")
        .tag("channel", channel).tag("intent", intent).tag("answered", Boolean.toString(answered))
        .register(registry)).increment();
    latency.computeIfAbsent(channel, c -> Timer.builder(PREFIX + "answer.latency")
        .description("Time to answer a question inside the process")
        .tag("channel", c)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(50_000))
        .maximumExpectedValue(Duration.ofSeconds(5))
        .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
  }

  /** A Telegram update starts being handled. */
  public void updateStarted() {
    updatesInFlight.incrementAndGet();
  }

  /** A Telegram update has been handled (or given up on). */
  public void updateFinished() {
    updatesInFlight.decrementAndGet();
  }

  /** A Bot API send failed with {@code code} (the HTTP or Bot API error code; 0 for a timeout). */
  public void sendError(int code) {
    sendErrors.computeIfAbsent(Integer.toString(code), c -> Counter.builder(PREFIX + "telegram.send.errors")
        .description("Bot API sends that failed, by error code").tag("code", c).register(registry)).increment();
  }

  /** A web request refused before answering ({@code reason}: rate, too_large, bad_json ...). */
  public void rejected(String channel, String reason) {
    rejected.computeIfAbsent(channel + '\u0000' + reason, k -> Counter.builder(PREFIX + "requests.rejected")
        .description("Requests refused before answering, by reason")
        .tag("channel", channel).tag("reason", reason).register(registry)).increment();
  }

  /** Where the open-tickets gauge reads from (the ticket store, once there is one). */
  public void ticketsOpen(LongSupplier supplier) {
    ticketsOpen.set(supplier);
  }

  /** Where the dataset-version gauge reads from. */
  public void datasetVersion(LongSupplier supplier) {
    datasetVersion.set(supplier);
  }

  /** The Prometheus text exposition of every metric. */
  public String scrape() {
    return registry.scrape();
  }

  /** The content type of {@link #scrape()}. */
  public static String contentType() {
    return "text/plain; version=0.0.4; charset=utf-8";
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
