package vn.thuduc.coordbot.telegram.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatLanesTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void aChatsNextTaskWaitsForTheAsynchronousEndOfTheOneBefore() throws Exception {
    ChatLanes lanes = new ChatLanes(pool);
    List<String> order = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> slowTail = new CompletableFuture<>();
    lanes.submit(1, () -> {
      order.add("first starts");
      return slowTail.thenRun(() -> order.add("first ends"));
    });
    CompletableFuture<Void> second = lanes.submit(1, () -> {
      order.add("second");
      return CompletableFuture.completedFuture(null);
    });
    CompletableFuture<Void> otherChat = lanes.submit(2, () -> {
      order.add("other chat");
      return CompletableFuture.completedFuture(null);
    });
    otherChat.get(5, TimeUnit.SECONDS);
    assertThat(second).isNotDone();
    slowTail.complete(null);
    second.get(5, TimeUnit.SECONDS);
    assertThat(order).containsSubsequence("first starts", "first ends", "second");
    assertThat(order).contains("other chat");
  }

  @Test
  void aFailingTaskDoesNotBlockTheChatsLaterTasks() throws Exception {
    ChatLanes lanes = new ChatLanes(pool);
    lanes.submit(1, () -> {
      throw new IllegalStateException("boom");
    });
    CompletableFuture<Void> next = lanes.submit(1, () -> CompletableFuture.completedFuture(null));
    next.get(5, TimeUnit.SECONDS);
    assertThat(next).isCompleted();
  }
}
