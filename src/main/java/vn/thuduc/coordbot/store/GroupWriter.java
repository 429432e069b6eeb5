package vn.thuduc.coordbot.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Work for SQLite taken a group at a time on one named thread: what is queued while a group is being
 * written goes into the next one, so a burst costs one transaction (and one turn at the database
 * lock) rather than one each. {@code write} gets each group in queue order and must not throw.
 */
public final class GroupWriter<T> implements AutoCloseable {
  /** Queued by {@link #close} to wake the thread at once: a one-question {@code ask} exits without waiting out a poll. */
  private static final Object WAKE = new Object();

  private final BlockingQueue<Object> queue;
  private final int maxGroup;
  private final Consumer<List<T>> write;
  private final Thread thread;
  private final long lingerNanos;
  private volatile boolean running = true;
  /** Someone waits for what is queued: the next wait for more ends at once. */
  private volatile boolean hurried;

  public GroupWriter(String threadName, int capacity, int maxGroup, Consumer<List<T>> write) {
    this(threadName, capacity, maxGroup, Duration.ZERO, write);
  }

  /**
   * A writer that, once woken by an item, waits {@code linger} for more before it writes the group (unless
   * a whole group is already queued): under a steady stream a transaction and a wake-up per
   * {@code linger} rather than per item or two. For writes that nobody waits on at once.
   */
  public GroupWriter(String threadName, int capacity, int maxGroup, Duration linger, Consumer<List<T>> write) {
    this.lingerNanos = linger.toNanos();
    this.queue = new LinkedBlockingQueue<>(capacity);
    this.maxGroup = maxGroup;
    this.write = write;
    // a class, not a method reference: the question log starts with every ask (see performance.md)
    this.thread = new Thread(new Runnable() {
      @Override
      public void run() {
        drain();
      }
    }, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Ends the writer's wait for more at once: someone waits for what was queued (a Telegram answer for its
   * question's log id). An early call makes the next wait end at once.
   */
  public void hurry() {
    hurried = true;
    LockSupport.unpark(thread);
  }

  /** Queues {@code item}; false when the queue is full or the writer closed (the item is not written). */
  public boolean offer(T item) {
    return running && queue.offer(item);
  }

  private void drain() {
    List<Object> taken = new ArrayList<>(maxGroup);
    while (running || !queue.isEmpty()) {
      try {
        // once stopped, what is left is taken without waiting (an interrupted thread's timed poll would throw)
        Object first = running ? queue.poll(200, TimeUnit.MILLISECONDS) : queue.poll();
        if (first == null) {
          continue;
        }
        taken.add(first);
        if (lingerNanos > 0 && first != WAKE && running && queue.size() < maxGroup - 1) {
          // close() waits this out at most; an interrupt or hurry() ends it early, and what was taken is
          // still written
          long end = System.nanoTime() + lingerNanos;
          for (long left = lingerNanos; left > 0 && !hurried && running && !Thread.currentThread().isInterrupted();
              left = end - System.nanoTime()) {
            LockSupport.parkNanos(left);
          }
        }
        hurried = false;
        queue.drainTo(taken, maxGroup - 1);
        write(taken);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      } finally {
        taken.clear();
      }
    }
    queue.drainTo(taken);
    write(taken);
  }

  /** Writes the items among {@code taken} (everything but the wake-up), if any. */
  @SuppressWarnings("unchecked") // only offer(T) and close's WAKE put anything in the queue
  private void write(List<Object> taken) {
    List<T> group = new ArrayList<>(taken.size());
    for (Object o : taken) {
      if (o != WAKE) {
        group.add((T) o);
      }
    }
    if (!group.isEmpty()) {
      write.accept(group);
    }
  }

  /** Writes what is queued (for up to 5 s), then stops the thread. A second call does nothing. */
  @Override
  public void close() {
    running = false;
    queue.offer(WAKE); // when the queue is full the thread is busy, and sees running false after the group
    // and out of a linger at once: it parks for the linger, and running false alone is seen only after it
    // (a one-question ask waited the question log's 25 ms at every exit)
    LockSupport.unpark(thread);
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
