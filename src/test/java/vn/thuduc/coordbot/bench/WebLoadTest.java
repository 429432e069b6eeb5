package vn.thuduc.coordbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebLoadTest {
  @Test
  void aThreadsCpuTicksAreItsUserAndSystemTimeEvenWithSpacesInItsName() {
    String stat = "4242 (C2 CompilerThre) S 4200 4200 1 0 -1 1077936192 120 0 0 0 1534 87 0 0 20 0 30 0 7654"
        + " 3000000000 9000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0";
    assertThat(WebLoad.threadTicks(stat)).isEqualTo(1534 + 87);
  }

  @Test
  void thisProcessHasCompilerThreadsWhoseTimeIsReadOnLinux() {
    long jit = WebLoad.jitNanos(ProcessHandle.current().pid());
    if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task"))) {
      assertThat(jit).isGreaterThanOrEqualTo(0);
    } else {
      assertThat(jit).isEqualTo(-1);
    }
  }
}
