package vn.thuduc.coordbot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Work for SQLite taken a group at a time on one named thread: what is queued while a group is being
 * written goes into the next one, so a burst costs one transaction (and one turn at the database
 * lock) rather than one each. {@code write} gets each group in queue order and must not throw.
 */
public final class GroupWriter<T> implements AutoCloseable {
  private final BlockingQueue<T> queue;
  private final int maxGroup;
  private final Consumer<List<T>> write;
  private final Thread thread;
  private volatile boolean running = true;

  public GroupWriter(String threadName, int capacity, int maxGroup, Consumer<List<T>> write) {
    this.queue = new LinkedBlockingQueue<>(capacity);
    this.maxGroup = maxGroup;
    this.write = write;
    this.thread = new Thread(this::drain, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues {@code item}; false when the queue is full or the writer closed (the item is not written). */
  public boolean offer(T item) {
    return running && queue.offer(item);
  }

  private void drain() {
    List<T> group = new ArrayList<>(maxGroup);
    while (running || !queue.isEmpty()) {
      try {
        T first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, maxGroup - 1);
        write.accept(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      } finally {
        group.clear();
      }
    }
    queue.drainTo(group);
    if (!group.isEmpty()) {
      write.accept(group);
    }
  }

  /** Writes what is queued (for up to 5 s), then stops the thread. A second call does nothing. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
