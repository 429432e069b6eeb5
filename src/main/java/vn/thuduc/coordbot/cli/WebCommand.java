package vn.thuduc.coordbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.thuduc.coordbot.data.DataException;

/** {@code web}: the chat page, dashboard, API, /healthz and /metrics on COORDBOT_WEB_BIND:COORDBOT_WEB_PORT. */
@Command(name = "web", description = "Run the web channel (chat page, dashboard, JSON API, /healthz, /metrics).")
final class WebCommand implements Callable<Integer> {
  private final Launch launch;

  WebCommand(Launch launch) {
    this.launch = launch;
  }

  @Override
  public Integer call() throws DataException, InterruptedException, java.io.IOException {
    return ServeCommand.run(launch, "web", false);
  }
}
