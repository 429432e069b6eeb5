package vn.thuduc.coordbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupWriterTest {
  @Test
  void itemsQueuedWhileTheWriterLingersAreWrittenInOneGroup() {
    List<List<Integer>> groups = new CopyOnWriteArrayList<>();
    GroupWriter<Integer> writer = new GroupWriter<>("test-writer", 100, 50, Duration.ofMillis(200), groups::add);
    for (int i = 1; i <= 5; i++) {
      assertThat(writer.offer(i)).isTrue();
    }
    writer.close();
    assertThat(groups).containsExactly(List.of(1, 2, 3, 4, 5));
  }

  @Test
  void someoneWaitingMakesTheWriterWriteAtOnceInsteadOfLingering() throws InterruptedException {
    CountDownLatch written = new CountDownLatch(1);
    GroupWriter<Integer> writer = new GroupWriter<>("test-writer", 100, 50, Duration.ofMinutes(10),
        group -> written.countDown());
    assertThat(writer.offer(1)).isTrue();
    writer.hurry();
    assertThat(written.await(20, TimeUnit.SECONDS)).as("written long before the 10 minutes of lingering").isTrue();
    writer.close();
  }

  @Test
  void closingWritesEverythingQueuedAndRefusesWhatComesAfter() {
    List<Integer> written = new CopyOnWriteArrayList<>();
    GroupWriter<Integer> writer = new GroupWriter<>("test-writer", 1000, 7, Duration.ofMillis(50), written::addAll);
    for (int i = 0; i < 100; i++) {
      writer.offer(i);
    }
    writer.close();
    assertThat(written).hasSize(100).isSorted();
    assertThat(writer.offer(100)).isFalse();
  }
}
