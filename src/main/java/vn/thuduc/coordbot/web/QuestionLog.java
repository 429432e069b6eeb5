package vn.thuduc.coordbot.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * Writes the web's questions to the question log on one named thread, off the request threads: an
 * SQLite write per request would serialise every answer behind the database lock. The queue is
 * bounded; when the store cannot keep up, entries are dropped and counted rather than slowing answers.
 */
final class QuestionLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(QuestionLog.class);
  private static final int CAPACITY = 20_000;

  private record Entry(long userId, String question, String intent, boolean answered, double millis,
      CompletableFuture<Long> id) {}

  private final RuntimeStore runtime;
  private final String channel;
  private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;
  private volatile boolean running = true;

  QuestionLog(RuntimeStore runtime, String channel) {
    this.runtime = runtime;
    this.channel = channel;
    this.writer = new Thread(this::drain, "coordbot-web-question-log");
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues one question; the future completes with its log id (0 when it could not be logged). */
  CompletableFuture<Long> add(long userId, String question, String intent, boolean answered, double millis) {
    CompletableFuture<Long> id = new CompletableFuture<>();
    if (!running || !queue.offer(new Entry(userId, question, intent, answered, millis, id))) {
      dropped.incrementAndGet();
      id.complete(0L);
    }
    return id;
  }

  /** Entries not logged because the queue was full. */
  long dropped() {
    return dropped.get();
  }

  private void drain() {
    List<Entry> batch = new ArrayList<>(256);
    while (running || !queue.isEmpty()) {
      try {
        Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, 255);
        for (Entry e : batch) {
          write(e);
        }
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }
    for (Entry e; (e = queue.poll()) != null; ) {
      write(e);
    }
  }

  private void write(Entry e) {
    try {
      e.id.complete(runtime.logQuestion(channel, e.userId, e.question, e.intent, e.answered, e.millis));
    } catch (RuntimeException ex) {
      e.id.complete(0L);
      LOG.warn("logging a web question failed: {}", ex.toString());
    }
  }

  /** Writes what is queued (for up to 3 s), then stops the thread. */
  @Override
  public void close() {
    running = false;
    try {
      writer.join(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
