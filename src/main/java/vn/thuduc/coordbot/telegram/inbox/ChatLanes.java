package vn.thuduc.coordbot.telegram.inbox;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs tasks on a shared pool while keeping each chat's tasks in arrival order: a chat's next
 * update starts only when its previous one has finished (including any asynchronous tail, such as
 * a reload), so replies never overtake each other, and chats do not wait for one another.
 */
public final class ChatLanes {
  private final Executor pool;
  private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  public ChatLanes(Executor pool) {
    this.pool = pool;
  }

  /** Queues {@code task} behind the chat's earlier tasks; the result completes when it has run. */
  public CompletableFuture<Void> submit(long chatId, Supplier<? extends CompletionStage<Void>> task) {
    AtomicReference<CompletableFuture<Void>> mine = new AtomicReference<>();
    tails.compute(chatId, (id, tail) -> {
      CompletableFuture<Void> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
      mine.set(before.thenComposeAsync(ignored -> task.get(), pool).<Void>handle((ok, failure) -> null));
      return mine.get();
    });
    CompletableFuture<Void> result = mine.get();
    result.whenComplete((ok, failure) -> tails.remove(chatId, result));
    return result;
  }

  /** Chats with queued or running work. */
  public int busyChats() {
    return tails.size();
  }
}
