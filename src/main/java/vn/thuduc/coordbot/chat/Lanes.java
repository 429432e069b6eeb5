package vn.thuduc.coordbot.chat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks on a shared pool while keeping each key's tasks (one person's events) in the order they
 * were submitted: a key's next task starts when its previous one has finished; keys do not wait for
 * one another.
 */
public final class Lanes {
  private final Executor pool;
  private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  public Lanes(Executor pool) {
    this.pool = pool;
  }

  /** Queues {@code task} behind the key's earlier tasks; the result completes when it has run (or failed). */
  public CompletableFuture<Void> submit(String key, Runnable task) {
    AtomicReference<CompletableFuture<Void>> mine = new AtomicReference<>();
    tails.compute(key, (k, tail) -> {
      CompletableFuture<Void> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
      mine.set(before.thenRunAsync(task, pool).handle((ok, failure) -> null));
      return mine.get();
    });
    CompletableFuture<Void> result = mine.get();
    result.whenComplete((ok, failure) -> tails.remove(key, result));
    return result;
  }

  /** Keys with queued or running work. */
  public int busy() {
    return tails.size();
  }
}
