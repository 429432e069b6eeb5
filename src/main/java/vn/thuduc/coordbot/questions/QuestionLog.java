package vn.thuduc.coordbot.questions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
   * How long the thread gathers questions before it writes them, unless someone waits for an id: a
   * transaction and a wake-up per question or two were a tenth of what the web server spent per request,
   * and the web's answers do not wait for the log (a vote comes seconds later). Telegram's answer does (its
   * rating buttons carry the id): asking for it hurries the writer, so a chat's answers are not 25 ms later.
   */
  private static final Duration LINGER = Duration.ofMillis(25);

  private record Entry(LoggedQuestion question, CompletableFuture<Long> id) {}

  private final RuntimeStore runtime;
  private final AtomicLong dropped = new AtomicLong();
  private final GroupWriter<Entry> writer;

  QuestionLog(RuntimeStore runtime) {
    this.runtime = runtime;
    // a class, not a method reference: every ask logs its question (a lambda is a class made at its first use)
    this.writer = new GroupWriter<>("coordbot-question-log", CAPACITY, BATCH, LINGER, new Consumer<List<Entry>>() {
      @Override
      public void accept(List<Entry> batch) {
        write(batch);
      }
    });
  }

  /** Queues one question; the future completes with its log id (0 when it could not be logged). */
  CompletableFuture<Long> add(LoggedQuestion q) {
    CompletableFuture<Long> id = new Pending();
    if (!writer.offer(new Entry(q, id))) {
      dropped.incrementAndGet();
      id.complete(0L);
    }
    return id;
  }

  /** An id not written yet: whoever waits for it makes the writer write now rather than gather more. */
  private final class Pending extends CompletableFuture<Long> {
    @Override
    public Long get(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException,
        java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
      hurry();
      return super.get(timeout, unit);
    }

    @Override
    public Long get() throws InterruptedException, java.util.concurrent.ExecutionException {
      hurry();
      return super.get();
    }

    @Override
    public Long join() {
      hurry();
      return super.join();
    }

    private void hurry() {
      if (!isDone()) {
        writer.hurry();
      }
    }
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
      List<LoggedQuestion> questions = new ArrayList<>(batch.size());
      for (Entry e : batch) {
        questions.add(e.question());
      }
      long[] ids = runtime.logQuestions(questions);
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
