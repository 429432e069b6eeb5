package vn.thuduc.coordbot.questions;

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
import vn.thuduc.coordbot.store.RuntimeStore.LoggedQuestion;

/**
 * Writes questions to the question log on one named thread, off the asking threads, a batch per
 * transaction: an SQLite write (and disk sync) per question would serialise every answer behind the
 * database lock. The queue is bounded; when the store cannot keep up, entries are dropped and counted
 * rather than slowing answers. {@link #close} writes what is queued before it returns.
 */
final class QuestionLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(QuestionLog.class);
  private static final int CAPACITY = 20_000;
  private static final int BATCH = 256;

  private record Entry(LoggedQuestion question, CompletableFuture<Long> id) {}

  /** Queued by {@link #close} to wake the writer at once: a one-question {@code ask} exits without waiting for a poll. */
  private static final Entry STOP = new Entry(null, null);

  private final RuntimeStore runtime;
  private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;
  private volatile boolean running = true;

  QuestionLog(RuntimeStore runtime) {
    this.runtime = runtime;
    this.writer = new Thread(this::drain, "coordbot-question-log");
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues one question; the future completes with its log id (0 when it could not be logged). */
  CompletableFuture<Long> add(LoggedQuestion q) {
    CompletableFuture<Long> id = new CompletableFuture<>();
    if (!running || !queue.offer(new Entry(q, id))) {
      dropped.incrementAndGet();
      id.complete(0L);
    }
    return id;
  }

  /** Entries not logged because the queue was full or the log was closed. */
  long dropped() {
    return dropped.get();
  }

  private void drain() {
    List<Entry> batch = new ArrayList<>(BATCH);
    while (running || !queue.isEmpty()) {
      try {
        Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        write(batch);
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }
    queue.drainTo(batch);
    write(batch);
  }

  private void write(List<Entry> batch) {
    batch.remove(STOP);
    if (batch.isEmpty()) {
      return;
    }
    try {
      long[] ids = runtime.logQuestions(batch.stream().map(Entry::question).toList());
      for (int i = 0; i < ids.length; i++) {
        batch.get(i).id.complete(ids[i]);
      }
    } catch (RuntimeException ex) {
      batch.forEach(e -> e.id.complete(0L));
      LOG.warn("logging {} question(s) failed: {}", batch.size(), ex.toString());
    }
  }

  /** Writes what is queued (for up to 5 s), then stops the thread. A second call does nothing. */
  @Override
  public void close() {
    running = false;
    queue.offer(STOP); // when the queue is full the writer is busy, and sees running false after the batch
    try {
      writer.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
