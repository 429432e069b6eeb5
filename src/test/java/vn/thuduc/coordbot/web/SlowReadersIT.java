package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuduc.coordbot.web.RawClient.send;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * Clients that ask and never read the answers, against the server with its shipped 30-second idle
 * timeout and 8 threads (fewer than shipped, so that a dozen such clients would take them all, and the
 * machine's few cores are not busy filling hundreds of sockets' buffers): answers that do not fit in
 * the sockets' buffers must wait without a thread.
 */
class SlowReadersIT {
  private static final int THREADS = 8;

  @TempDir
  Path dir;

  @Test
  void clientsThatPipelineRequestsAndNeverReadTheAnswersHoldNoThread() throws Exception {
    Settings base = TestDatasets.settingsIn(dir);
    Settings shipped = Settings.of(Map.of(Settings.ENV_INDEX_DIR, base.indexDir().toString(),
        Settings.ENV_DATA_DIR, base.dataDir().toString()), Map.of());
    try (Coordbot app = Coordbot.open(shipped, Clock.systemUTC()); Metrics metrics = new Metrics();
        WebChannel web = WebChannel.start(app, metrics, "127.0.0.1", 0, THREADS);
        RawClient raw = new RawClient(web.port())) {
      // issue 21 (attack): the servlet layer's writes waited for the client to read, so connections that pipelined
      // requests for a script and read nothing held every thread until their idle timeout (30 s): /healthz waited
      // (32 connections against the shipped 16 threads: /healthz timed out for 20 s)
      String requests = "GET /static/chat.js HTTP/1.1\r\nHost: x\r\n\r\n".repeat(300);
      for (int i = 0; i < 12; i++) {
        send(raw.connect("127.0.3." + (1 + i / 6), 1024), requests);
      }
      // each answered within the client's 10-second read (before: not until the idle timeout freed the threads);
      // how fast depends on the machine: filling a dozen sockets' buffers takes its cores for a moment
      for (int i = 0; i < 20; i++) {
        assertThat(raw.request("127.0.0.2", "GET", "/healthz", "")).startsWith("HTTP/1.1 200").contains("\"ok\"");
      }
      assertThat(raw.request("127.0.0.2", "POST", "/api/ask", "{\"question\": \"kcx linh trung bn lao dong\"}"))
          .startsWith("HTTP/1.1 200").contains("38.807");
    }
  }
}
