package vn.thuduc.coordbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.config.ConfigException;

class ServingLockTest {
  @TempDir
  Path dir;

  @Test
  void aSecondServerOnTheSameDirectoryIsRefusedNamingTheDirectoryAndThePid() throws Exception {
    Path index = dir.resolve("index");
    try (ServingLock first = ServingLock.acquire(index)) {
      assertThat(Files.readString(first.file()).strip()).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
      assertThatThrownBy(() -> ServingLock.acquire(index))
          .isInstanceOf(ServingLock.HeldException.class)
          .hasMessageContaining(index.toAbsolutePath().toString())
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .satisfies(e -> assertThat(((ServingLock.HeldException) e).pid()).isEqualTo(ProcessHandle.current().pid()));
    }
    try (ServingLock again = ServingLock.acquire(index)) {
      assertThat(again.file()).exists();
    }
  }

  @Test
  void anIndexDirectoryThatIsAFileIsOneMessageNamingTheVariable() throws Exception {
    Path file = Files.writeString(dir.resolve("index"), "not a directory");
    assertThatThrownBy(() -> IndexDir.check(file)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("COORDBOT_INDEX_DIR: ").hasMessageContaining("is a file");
  }

  @Test
  void aMissingIndexDirectoryIsCreated() {
    IndexDir.check(dir.resolve("a/b"));
    assertThat(dir.resolve("a/b")).isDirectory();
  }
}
