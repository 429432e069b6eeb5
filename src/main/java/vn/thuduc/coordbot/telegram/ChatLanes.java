package vn.thuduc.coordbot.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs tasks on a shared pool while keeping each chat's tasks in arrival order: a chat's next
 * update starts only when its previous one has finished (including any asynchronous tail, such as
 * a reload), so replies never overtake each other, and chats do not wait for one another.
 */
final class ChatLanes {
  private final Executor pool;
  private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  ChatLanes(Executor pool) {
    this.pool = pool;
  }

  /** Queues {@code task} behind the chat's earlier tasks; the result completes when it has run. */
  CompletableFuture<Void> submit(long chatId, Supplier<? extends CompletionStage<Void>> task) {
    @SuppressWarnings("unchecked")
    CompletableFuture<Void>[] mine = new CompletableFuture[1];
    tails.compute(chatId, (id, tail) -> {
      CompletableFuture<Void> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
      mine[0] = before.thenComposeAsync(ignored -> task.get(), pool)
          .<Void>handle((ok, failure) -> null);
      return mine[0];
    });
    mine[0].whenComplete((ok, failure) -> tails.remove(chatId, mine[0]));
    return mine[0];
  }

  /** Chats with queued or running work. */
  int busyChats() {
    return tails.size();
  }
}
