package vn.thuduc.coordbot.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps arriving events in an {@link EventInbox} a group at a time, on one named thread: every
 * webhook waits until its event is committed (durable before the acknowledgement), but the events
 * that arrive while a commit runs share the next one, so a burst costs one transaction rather than
 * one each behind the database lock. Each kept event is handed to {@code onKept} on the writer thread
 * in arrival order before its caller hears of it, which keeps one person's events in order.
 */
public final class InboxWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InboxWriter.class);
  private static final int MAX_GROUP = 256;

  private record Waiting(EventInbox.Arrival arrival, CompletableFuture<Optional<EventInbox.Event>> kept) {}

  private final EventInbox inbox;
  private final Consumer<EventInbox.Event> onKept;
  private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean running = true;

  public InboxWriter(EventInbox inbox, Consumer<EventInbox.Event> onKept, String threadName) {
    this.inbox = inbox;
    this.onKept = onKept;
    this.writer = new Thread(this::drain, threadName);
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues an event; completes once it is committed: the kept event, or empty for a duplicate key. */
  public CompletableFuture<Optional<EventInbox.Event>> add(String key, String userId, String body) {
    CompletableFuture<Optional<EventInbox.Event>> kept = new CompletableFuture<>();
    if (!running) {
      kept.completeExceptionally(new IllegalStateException("the inbox writer is closed"));
      return kept;
    }
    queue.add(new Waiting(new EventInbox.Arrival(key, userId, body), kept));
    return kept;
  }

  private void drain() {
    List<Waiting> group = new ArrayList<>(MAX_GROUP);
    while (running || !queue.isEmpty()) {
      try {
        Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, MAX_GROUP - 1);
        write(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      } finally {
        group.clear();
      }
    }
    Waiting left;
    while ((left = queue.poll()) != null) {
      left.kept().completeExceptionally(new IllegalStateException("the inbox writer is closed"));
    }
  }

  private void write(List<Waiting> group) {
    List<Optional<EventInbox.Event>> kept;
    try {
      kept = inbox.addAll(group.stream().map(Waiting::arrival).toList());
    } catch (RuntimeException e) {
      LOG.warn("inbox: {} events could not be kept: {}", group.size(), e.toString());
      group.forEach(w -> w.kept().completeExceptionally(e));
      return;
    }
    for (int i = 0; i < group.size(); i++) {
      Optional<EventInbox.Event> k = kept.get(i);
      try {
        k.ifPresent(onKept);
      } catch (RuntimeException e) {
        // kept on disk: the channel's timer offers it again; the sender still gets its 200
        LOG.warn("inbox: event {} kept but not dispatched: {}", k.get().seq(), e.toString());
      }
      group.get(i).kept().complete(k);
    }
  }

  /** Commits what is queued, then stops the thread. */
  @Override
  public void close() {
    running = false;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
