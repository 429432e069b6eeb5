package vn.thuduc.coordbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PreemptionTest {
  @Test
  void readsTheThreadsInvoluntarySwitchesWhereLinuxTellsThem() {
    assumeTrue(Files.isReadable(Path.of("/proc/thread-self/status")), "Linux only");
    long first = Preemption.count();
    long second = Preemption.count();
    assertThat(first).isNotNegative();
    assertThat(second).isGreaterThanOrEqualTo(first);
  }

  @Test
  void anUnknownReadingMakesTheDifferenceUnknownNotZero() {
    assertThat(Preemption.between(3, 5)).isEqualTo(2);
    assertThat(Preemption.between(-1, 5)).isEqualTo(-1);
    assertThat(Preemption.between(3, -1)).isEqualTo(-1);
  }
}
