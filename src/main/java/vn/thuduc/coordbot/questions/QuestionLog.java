package vn.thuduc.coordbot.questions;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.store.GroupWriter;
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
  /**
   * No waiting for more before a write: Telegram's answer waits for its log id (the rating buttons carry
   * it), and 25 ms of gathering made each of a chat's answers 25 ms later (10,000 answers in a row in
   * HostileInputIT: over four minutes). Under load, questions still go in groups: those that arrive
   * while a group is being written are written together next.
   */
  private static final Duration LINGER = Duration.ZERO;

  private record Entry(LoggedQuestion question, CompletableFuture<Long> id) {}

  private final RuntimeStore runtime;
  private final AtomicLong dropped = new AtomicLong();
  private final GroupWriter<Entry> writer;

  QuestionLog(RuntimeStore runtime) {
    this.runtime = runtime;
    this.writer = new GroupWriter<>("coordbot-question-log", CAPACITY, BATCH, LINGER, this::write);
  }

  /** Queues one question; the future completes with its log id (0 when it could not be logged). */
  CompletableFuture<Long> add(LoggedQuestion q) {
    CompletableFuture<Long> id = new CompletableFuture<>();
    if (!writer.offer(new Entry(q, id))) {
      dropped.incrementAndGet();
      id.complete(0L);
    }
    return id;
  }

  /** Entries not logged because the queue was full or the log was closed. */
  long dropped() {
    return dropped.get();
  }

  private void write(List<Entry> batch) {
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
    writer.close();
  }
}
