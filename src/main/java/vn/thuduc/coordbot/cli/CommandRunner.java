package vn.thuduc.coordbot.cli;

import java.util.Optional;
import vn.thuduc.coordbot.config.ConfigException;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.store.StoreException;

/**
 * Runs the command line. A plain {@code ask} (words, or {@code --jsonl}) runs directly: building
 * picocli's model of every subcommand by reflection took longer than answering the question, and
 * {@code ask} is the command that is started once per question. Everything else (other commands,
 * options, help, words that look like options) goes through picocli ({@link RootCommand}).
 */
public final class CommandRunner {
  private CommandRunner() {}

  /** Runs {@code args}; returns the exit code. */
  public static int run(Launch launch, String... args) {
    Optional<AskCommand> ask = AskCommand.plain(launch, args);
    if (ask.isEmpty()) {
      return RootCommand.commandLine(launch).execute(args);
    }
    try {
      return ask.get().call();
    } catch (Exception e) {
      try {
        return exitCode(launch, e);
      } catch (Exception unexpected) {
        // what picocli does with an exception its handler does not map: the trace, exit 1
        unexpected.printStackTrace(launch.err());
        launch.err().flush();
        return 1;
      }
    }
  }

  /**
   * The exit code of a command that failed with {@code e}: what the operator can fix is one line
   * naming it, not a trace (exit 2: cannot run); anything else is rethrown.
   */
  static int exitCode(Launch launch, Exception e) throws Exception {
    if (e instanceof ConfigException || e instanceof DataException) {
      launch.err().println("coordbot: " + e.getMessage());
      return 2;
    }
    if (e instanceof StoreException) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      launch.err().println("coordbot: " + e.getMessage() + ": " + cause.getMessage()
          + " (is the file or its directory read-only, or the disk full?)");
      return 2;
    }
    throw e;
  }
}
