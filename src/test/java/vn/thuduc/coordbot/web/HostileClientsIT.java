package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuduc.coordbot.web.RawClient.readAll;
import static vn.thuduc.coordbot.web.RawClient.send;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * Clients on the open internet that do not play by the rules, on loopback with bounded loops: slow
 * bodies and headers, too many connections from one address, forged forwarding headers. The server
 * runs as shipped (no trusted proxy) with 16 threads, a 2-second body deadline and a 3-second quiet
 * limit, so the tests wait seconds, not minutes.
 */
class HostileClientsIT {
  private static final int THREADS = 16;

  @TempDir
  static Path dir;
  static Coordbot app;
  static Metrics metrics;
  static WebChannel web;
  private final RawClient raw = new RawClient(web.port());

  @BeforeAll
  static void start() throws Exception {
    Settings base = TestDatasets.settingsIn(dir);
    Settings s = Settings.of(Map.of(Settings.ENV_INDEX_DIR, base.indexDir().toString(),
        Settings.ENV_DATA_DIR, base.dataDir().toString()),
        Map.of("web.body.seconds", "2", "web.idle.seconds", "3", "web.connections.per.address", "20"));
    app = Coordbot.open(s, Clock.systemUTC());
    metrics = new Metrics();
    web = WebChannel.start(app, metrics, "127.0.0.1", 0, THREADS);
  }

  @AfterAll
  static void stop() {
    web.close();
    metrics.close();
    app.close();
  }

  @AfterEach
  void closeSockets() throws IOException {
    raw.close();
  }

  private Socket connect(String from) throws IOException {
    return raw.connect(from);
  }

  private String request(String from, String method, String path, String body) throws IOException {
    return raw.request(from, method, path, body);
  }

  private static String slowAddress(int i) {
    return "127.0.1." + (1 + i / 10); // ten slow clients an address: under the per-address cap
  }

  @Test
  void twoHundredSlowBodiesHoldNoThreadSoQuestionsAndHealthStayFast() throws Exception {
    for (int i = 0; i < 200; i++) {
      Socket s = connect(slowAddress(i));
      send(s, "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 16000\r\n\r\n"
          + "{\"question\": \"");
    }
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 200; i++) {
        try {
          send(raw.opened(i), "a"); // each byte would have reset an idle timeout
        } catch (IOException closed) {
          // on a loaded machine a round can outlast the 2 s body deadline: the server has then answered that slow
          // client 408 and closed it, which is what it should do; the trickle to it ends there
        }
      }
      long t0 = System.nanoTime();
      assertThat(request("127.0.0.2", "GET", "/healthz", "")).startsWith("HTTP/1.1 200").contains("\"ok\"");
      assertThat(request("127.0.0.2", "POST", "/api/ask", "{\"question\": \"kcx linh trung bn lao dong\"}"))
          .startsWith("HTTP/1.1 200").contains("38.807");
      assertThat((System.nanoTime() - t0) / 1_000_000).as("ms for both").isLessThan(3000);
    }
  }

  @Test
  void aBodyStillArrivingAfterTheDeadlineIsRefusedWith408() throws Exception {
    Socket s = connect("127.0.0.3");
    send(s, "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
    String answer = readAll(s); // the deadline is 2 s; the read gives up after 10
    assertThat(answer).startsWith("HTTP/1.1 408").contains("too_slow");
  }

  @Test
  void aClientStillSendingABodyJustOverTheLimitGetsThe413NotAReset() throws Exception {
    // issue 21: answered and closed after the headers, the body's later bytes met a reset that could
    // take the 413 with it ("header parser received no bytes")
    Socket s = connect("127.0.0.16");
    send(s, "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 17000\r\n\r\n");
    s.setSoTimeout(300);
    assertThatThrownBy(() -> s.getInputStream().read()).as("no answer while the body is still to come")
        .isInstanceOf(SocketTimeoutException.class);
    s.setSoTimeout(10_000);
    for (int i = 0; i < 17; i++) {
      send(s, "a".repeat(1000));
    }
    assertThat(readAll(s)).startsWith("HTTP/1.1 413").contains("too_large");
  }

  @Test
  void aChunkedBodyOver16KbIsRefusedWith413() throws Exception {
    Socket s = connect("127.0.0.4");
    StringBuilder req = new StringBuilder("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 20; i++) {
      req.append("400\r\n").append("a".repeat(0x400)).append("\r\n");
    }
    send(s, req.toString());
    assertThat(readAll(s)).startsWith("HTTP/1.1 413").contains("too_large");
  }

  @Test
  void headersOverTheLimitAreRefused() throws Exception {
    Socket s = connect("127.0.0.5");
    send(s, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(10_000) + "\r\n\r\n");
    assertThat(readAll(s)).startsWith("HTTP/1.1 431");
  }

  @Test
  void oneAddressCannotHoldMoreConnectionsThanItsShare() throws Exception {
    List<Socket> mine = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      mine.add(connect("127.0.0.6"));
    }
    int closed = 0;
    for (Socket s : mine) {
      s.setSoTimeout(2000);
      if (readAll(s).isEmpty() && s.getInputStream().read() < 0) {
        closed++;
      }
    }
    assertThat(closed).isGreaterThanOrEqualTo(10);
    assertThat(request("127.0.0.7", "GET", "/healthz", "")).startsWith("HTTP/1.1 200");
  }

  @Test
  void aConnectionDrippingItsHeadersIsClosedAfterTheQuietTime() throws Exception {
    Socket s = connect("127.0.0.8");
    send(s, "GET /healthz HTTP/1.1\r\nHost: x\r\n");
    s.setSoTimeout(1000);
    long t0 = System.nanoTime();
    boolean closed = false;
    for (int i = 0; i < 10 && !closed; i++) { // one header byte a second for at most 10 s
      try {
        send(s, "X");
        closed = s.getInputStream().read() < 0;
      } catch (SocketTimeoutException e) {
        // still open: drip on
      } catch (IOException e) {
        closed = true;
      }
    }
    assertThat(closed).isTrue();
    assertThat((System.nanoTime() - t0) / 1_000_000_000).isBetween(2L, 8L);
  }

  @Test
  void aForgedForwardedForDoesNotEscapeTheFloodLimit() throws Exception {
    int limited = 0;
    // the address's bucket (100, refilled 200 a minute) empties after about 120 on a quiet machine; a slow one
    // refills it meanwhile, so the loop goes on (bounded) until the first 429
    for (int i = 0; i < 400 && limited == 0; i++) {
      Socket s = connect("127.0.0.9");
      String body = "{\"question\": \"kcx linh trung\"}";
      send(s, "POST /api/ask HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
          + "X-Forwarded-For: 10.1." + (i / 250) + "." + (i % 250) + "\r\nForwarded: for=10.2.0." + (i % 250)
          + "\r\nCookie: cb_sid=" + String.format("%022d", i) + "\r\nContent-Length: " + body.length() + "\r\n\r\n"
          + body);
      if (readAll(s).startsWith("HTTP/1.1 429")) {
        limited++;
      }
      s.close();
    }
    assertThat(limited).isGreaterThan(0);
  }
}
