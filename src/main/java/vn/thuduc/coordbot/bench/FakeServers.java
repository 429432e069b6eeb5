package vn.thuduc.coordbot.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** What every fake Bot API (the benchmark's, the tests') needs: a reply and a bounded wait. */
public final class FakeServers {
  private static final long MAX_WAIT_SLICE_MS = 200;

  private FakeServers() {}

  /** Writes {@code body} with {@code status}; an empty body is sent without one. */
  public static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Waits on {@code lock}, whose monitor the caller holds, until {@code done} is true or {@code
   * millis} have passed; true when it is. Wakes at least every 200 ms to look again.
   */
  public static boolean await(Object lock, BooleanSupplier done, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (!done.getAsBoolean()) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        return false;
      }
      lock.wait(Math.min(left, MAX_WAIT_SLICE_MS));
    }
    return true;
  }
}
