package vn.thuduc.coordbot.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.web.WebChannel;

/** {@code web}: the chat page, dashboard, API, /healthz and /metrics on COORDBOT_WEB_BIND:COORDBOT_WEB_PORT. */
@Command(name = "web", description = "Run the web channel (chat page, dashboard, JSON API, /healthz, /metrics).")
final class WebCommand implements Callable<Integer> {
  private final Launch launch;

  WebCommand(Launch launch) {
    this.launch = launch;
  }

  @Override
  public Integer call() throws DataException, InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        closed.await(8, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "coordbot-web-shutdown"));
    // LEAD: take the index-dir lock (app/ServingLock) here, before opening the app, as the bot does
    try (Coordbot app = launch.open(); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(app, metrics)) {
      app.watchStore(Duration.ofSeconds(10));
      launch.err().println("coordbot web: http://" + app.settings().webBind() + ":" + web.port() + "/");
      stop.await();
      return 0;
    } finally {
      closed.countDown();
    }
  }
}
