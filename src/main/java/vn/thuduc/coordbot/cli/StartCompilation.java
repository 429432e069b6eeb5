package vn.thuduc.coordbot.cli;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Keeps HotSpot's optimising compiler (C2) out of a one-question {@code ask}'s start, through a compiler
 * directive ({@code jcmd Compiler.directives_add}, run from inside: {@code java -jar} takes no JVM flags).
 * On two cores, C2's threads compiled the JDK's and our start-up code for a quarter of a cold ask's CPU
 * time, beside the main thread, for code that then ran a few more times; refused by C2, a method is
 * compiled by C1 alone, as with {@code -XX:TieredStopAtLevel=1}. {@link #end} takes the directive back
 * after the first answer, so a long {@code ask --jsonl} gets C2 again (what it refused meanwhile stays
 * with C1). The jar's manifest opens the two JDK packages this needs; where they are not open (the
 * classes outside the jar, another JVM) nothing changes.
 */
final class StartCompilation implements AutoCloseable {
  private static final byte[] DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]\n"
      .getBytes(StandardCharsets.US_ASCII);

  private final Thread adding;
  private volatile boolean added;

  private StartCompilation(Path file) {
    this.adding = new Thread(new Runnable() {
      @Override
      public void run() {
        added = add(file);
      }
    }, "coordbot-start-compilation");
    adding.setDaemon(true);
  }

  /**
   * Adds the directive on a thread of its own, its file kept in {@code indexDir/native/}: the main thread
   * goes on meanwhile (what C2 compiles before the directive is in place, it compiles).
   */
  static StartCompilation begin(Path indexDir) {
    StartCompilation c = new StartCompilation(indexDir.resolve("native").resolve("c2-during-start.json"));
    c.adding.start();
    return c;
  }

  /**
   * Takes the directive back, once it is in place (adding it is short, and done by the first answer);
   * a second call does nothing. Called on every way out, so nothing is still being written meanwhile.
   */
  void end() {
    try {
      adding.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (added) {
      added = false;
      run("Compiler.directives_remove");
    }
  }

  /** {@link #end}, for try-with-resources. */
  @Override
  public void close() {
    end();
  }

  private static boolean add(Path file) {
    Optional<Commands> commands = Commands.of();
    if (commands.isEmpty()) {
      return false; // nothing written where the JVM would not take the directive
    }
    try {
      if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), DIRECTIVE)) {
        Files.createDirectories(file.getParent());
        Files.write(file, DIRECTIVE);
      }
    } catch (IOException | RuntimeException e) {
      return false; // the directory cannot be written: the start is slower, no more
    }
    return commands.get().run("Compiler.directives_add " + file.toAbsolutePath());
  }

  private static void run(String command) {
    Optional<Commands> commands = Commands.of(); // not ifPresent(lambda): a lambda is a class made at its first use
    if (commands.isPresent()) {
      commands.get().run(command);
    }
  }

  /** The JVM's diagnostic commands, run as {@code jcmd} would run them. */
  private record Commands(Object impl, Method execute) {
    /** Empty when this JVM does not let us: the packages not opened (the classes outside the jar), another JVM. */
    static Optional<Commands> of() {
      try {
        Method vm = Class.forName("sun.management.ManagementFactoryHelper").getDeclaredMethod("getVMManagement");
        vm.setAccessible(true);
        // its class initialiser loads the native library the diagnostic commands live in
        Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, null);
        Class<?> impl = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
        Constructor<?> make = impl.getDeclaredConstructor(Class.forName("sun.management.VMManagement"));
        make.setAccessible(true);
        Method execute = impl.getDeclaredMethod("executeDiagnosticCommand", String.class);
        execute.setAccessible(true);
        return Optional.of(new Commands(make.newInstance(vm.invoke(null)), execute));
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        return Optional.empty(); // the start is slower, no more
      }
    }

    boolean run(String command) {
      try {
        execute.invoke(impl, command);
        return true;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false; // the command refused: the start is slower, no more
      }
    }
  }
}
