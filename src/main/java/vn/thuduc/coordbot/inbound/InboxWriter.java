package vn.thuduc.coordbot.inbound;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.store.GroupWriter;

/**
 * Writes an {@link EventInbox} a group at a time, on one named thread: every webhook waits until its
 * event is committed (durable before the acknowledgement), and every answered event is marked done,
 * but what arrives while a commit runs shares the next one, so a burst costs one transaction rather
 * than one per event and per answer behind the database lock. Each kept event is handed to
 * {@code onKept} on the writer thread in arrival order before its caller hears of it, which keeps one
 * person's events in order.
 */
public final class InboxWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InboxWriter.class);
  private static final int MAX_GROUP = 256;

  /** One piece of work: an arrival to keep, or an event to mark done. */
  private record Work(EventInbox.Arrival arrival, long done, CompletableFuture<Optional<EventInbox.Event>> kept,
      CompletableFuture<Void> marked) {}

  private final EventInbox inbox;
  private final Consumer<EventInbox.Event> onKept;
  private final GroupWriter<Work> writer;

  public InboxWriter(EventInbox inbox, Consumer<EventInbox.Event> onKept, String threadName) {
    this.inbox = inbox;
    this.onKept = onKept;
    this.writer = new GroupWriter<>(threadName, Integer.MAX_VALUE, MAX_GROUP, this::write);
  }

  /** Queues an event; completes once it is committed: the kept event, or empty for a duplicate key. */
  public CompletableFuture<Optional<EventInbox.Event>> add(String key, String userId, String body) {
    CompletableFuture<Optional<EventInbox.Event>> kept = new CompletableFuture<>();
    if (!offer(new Work(new EventInbox.Arrival(key, userId, body), 0, kept, null))) {
      kept.completeExceptionally(closed());
    }
    return kept;
  }

  /** Queues marking an event done; completes once that is committed. */
  public CompletableFuture<Void> done(long seq) {
    CompletableFuture<Void> marked = new CompletableFuture<>();
    if (!offer(new Work(null, seq, null, marked))) {
      marked.completeExceptionally(closed());
    }
    return marked;
  }

  private boolean offer(Work w) {
    return writer.offer(w);
  }

  private static IllegalStateException closed() {
    return new IllegalStateException("the inbox writer is closed");
  }

  private void write(List<Work> group) {
    List<Work> arrivals = group.stream().filter(w -> w.arrival() != null).toList();
    List<Work> dones = group.stream().filter(w -> w.arrival() == null).toList();
    List<Optional<EventInbox.Event>> kept;
    try {
      kept = inbox.write(arrivals.stream().map(Work::arrival).toList(), dones.stream().map(Work::done).toList());
    } catch (RuntimeException e) {
      LOG.warn("inbox: a group of {} could not be written: {}", group.size(), e.toString());
      group.forEach(w -> fail(w, e));
      return;
    }
    dones.forEach(w -> w.marked().complete(null));
    for (int i = 0; i < arrivals.size(); i++) {
      Optional<EventInbox.Event> k = kept.get(i);
      try {
        k.ifPresent(onKept);
      } catch (RuntimeException e) {
        // kept on disk: the channel's timer offers it again; the sender still gets its 200
        LOG.warn("inbox: event {} kept but not handed on: {}", k.get().seq(), e.toString());
      }
      arrivals.get(i).kept().complete(k);
    }
  }

  private static void fail(Work w, RuntimeException e) {
    if (w.kept() != null) {
      w.kept().completeExceptionally(e);
    } else {
      w.marked().completeExceptionally(e);
    }
  }

  /** Writes what is queued (for up to 5 s), then stops the thread. */
  @Override
  public void close() {
    writer.close();
  }
}
