package vn.thuduc.coordbot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged bot ({@code target/coordbot.jar}) as a child process, as the server runs it: its own
 * working directory with {@code config/coordbot.properties}, the real dataset, an index directory,
 * stderr captured to a file. {@link #kill()} is SIGKILL, {@link #terminate()} SIGTERM.
 */
public final class BotProcess implements AutoCloseable {
  static final Path JAR = Path.of("target", "coordbot.jar").toAbsolutePath();
  private final Process process;
  private final Path stderr;

  private BotProcess(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
  }

  /**
   * Starts {@code java -jar coordbot.jar args} in {@code work} (created with the given properties),
   * keeping state in {@code work/index}.
   */
  public static BotProcess start(Path work, String properties, Map<String, String> env, String... args)
      throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run 'mvn package' (failsafe runs after it)");
    }
    Files.createDirectories(work.resolve("config"));
    Files.writeString(work.resolve("config/coordbot.properties"), properties, StandardCharsets.UTF_8);
    Files.copy(Path.of("config", "logback.xml"), work.resolve("config/logback.xml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
        JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("COORDBOT_") || k.startsWith("ZALO_"));
    pb.environment().put("COORDBOT_INDEX_DIR", work.resolve("index").toString());
    pb.environment().put("COORDBOT_DATA_DIR", Path.of("config", "data").toAbsolutePath().toString());
    pb.environment().putAll(env);
    Path err = Files.createTempFile(work, "stderr-", ".log");
    pb.redirectErrorStream(false).redirectError(err.toFile())
        .redirectOutput(work.resolve("stdout-" + System.nanoTime() + ".log").toFile());
    return new BotProcess(pb.start(), err);
  }

  public Process process() {
    return process;
  }

  public String stderr() throws IOException {
    return Files.readString(stderr, StandardCharsets.UTF_8);
  }

  /** SIGKILL: no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** SIGTERM, then the time the process took to exit; fails when it did not within {@code limit}. */
  public Duration terminate(Duration limit) throws InterruptedException {
    long t0 = System.nanoTime();
    process.destroy();
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the bot did not exit within " + limit + " of SIGTERM");
    }
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  /** Kills the process when it still runs; an interrupt while waiting for it stays set. */
  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
