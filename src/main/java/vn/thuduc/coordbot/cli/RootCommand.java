package vn.thuduc.coordbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.console.ConsoleChat;

/** {@code coordbot}: the Telegram bot when a token is set, else a chat in the terminal. */
@Command(name = "coordbot", mixinStandardHelpOptions = true, version = "coordbot 0.1.0",
    description = "Answers questions on the coordination between the Thu Duc City Party Committee and the"
        + " export processing zones, industrial parks and Hi-Tech Park of Ho Chi Minh City.")
public final class RootCommand implements Callable<Integer> {
  private final Launch launch;

  RootCommand(Launch launch) {
    this.launch = launch;
  }

  /** The command line with every subcommand, built around one {@link Launch}. */
  public static CommandLine commandLine(Launch launch) {
    CommandLine cl = new CommandLine(new RootCommand(launch));
    cl.addSubcommand(new AskCommand(launch));
    cl.addSubcommand(new ReloadCommand(launch));
    cl.addSubcommand(new CommandLine(new RecordsCommand(launch))
        .addSubcommand(new RecordsCommand.Add(launch))
        .addSubcommand(new RecordsCommand.ListRecords(launch))
        .addSubcommand(new RecordsCommand.Remove(launch)));
    cl.addSubcommand(new TelegramCommand(launch));
    cl.addSubcommand(new BenchCommand(launch));
    cl.addSubcommand(new ChartCommand(launch));
    cl.addSubcommand(new WebCommand(launch));
    cl.addSubcommand(new ServeCommand(launch));
    cl.setOut(launch.out());
    cl.setErr(launch.err());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> CommandRunner.exitCode(launch, e));
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    if (launch.settings().token().isPresent()) {
      return new TelegramCommand(launch).call();
    }
    try (Coordbot app = launch.open()) {
      // /chart and /export files go under the index directory (git ignores its contents), not into
      // whatever directory the console was started in, which is usually the repository
      new ConsoleChat(app.questions(), app.data()::dataset, app.settings().indexDir().resolve("exports"),
          launch.clock())
          .run(launch.in(), launch.out());
      return 0;
    }
  }
}
