package vn.thuduc.coordbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.dataset.ReloadReport;

/** {@code reload}: re-imports the data directory, rebuilds the index, prints what changed. */
@Command(name = "reload", description = "Re-import the data files, rebuild the index, print what changed.")
final class ReloadCommand implements Callable<Integer> {
  private final Launch launch;

  ReloadCommand(Launch launch) {
    this.launch = launch;
  }

  @Override
  public Integer call() {
    try (Coordbot app = launch.openForReload()) {
      ReloadReport r = app.data().reload("cli");
      if (r.unchanged()) {
        launch.out().printf("No change: dataset version %d, %d zones, %d documents (%d ms).%n", r.version(),
            app.data().zones(), r.documents(), r.millis());
      } else {
        launch.out().printf("Reloaded: dataset version %d: +%d added ~%d changed -%d removed; %d zones, %d documents"
            + " (%d ms).%n", r.version(), r.added(), r.changed(), r.removed(), app.data().zones(), r.documents(),
            r.millis());
        r.changes().forEach(launch.out()::println);
      }
      return 0;
    } catch (DataException e) {
      launch.err().println("Not reloaded, the data is invalid: " + e.getMessage());
      launch.err().println("The previous dataset is still the one in use.");
      return 1;
    }
  }
}
