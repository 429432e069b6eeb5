package vn.thuduc.coordbot.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.eclipse.jetty.io.Connection;

/**
 * Limits what one client address can hold of the server: at most {@code perAddress} open connections
 * (trusted proxies excepted: every client comes through them), and no connection that starts no
 * request for {@code quiet} (a client dripping its headers byte by byte keeps resetting the idle
 * timeout; {@link #sweep()} closes it).
 */
final class ConnectionGuard implements Connection.Listener {
  private final int perAddress;
  private final long quietNanos;
  private final Set<String> exempt;
  private final LongSupplier nanoTime;
  private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();
  /** Each open connection's address (a closed socket no longer knows it) and when it last started a request. */
  private final Map<Connection, Tracked> tracked = new ConcurrentHashMap<>();

  private record Tracked(String address, long lastStart) {}

  ConnectionGuard(int perAddress, long quietMillis, Set<String> exempt, LongSupplier nanoTime) {
    this.perAddress = perAddress;
    this.quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
    this.exempt = exempt;
    this.nanoTime = nanoTime;
  }

  @Override
  public void onOpened(Connection connection) {
    String address = address(connection);
    tracked.put(connection, new Tracked(address, nanoTime.getAsLong()));
    int n = open.computeIfAbsent(address, k -> new AtomicInteger()).incrementAndGet();
    if (n > perAddress && !exempt.contains(address)) {
      connection.getEndPoint().close();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    Tracked t = tracked.remove(connection);
    if (t != null) {
      open.computeIfPresent(t.address(), (k, n) -> n.decrementAndGet() <= 0 ? null : n);
    }
  }

  /** A request began on {@code connection}: it is in use. */
  void started(Connection connection) {
    tracked.computeIfPresent(connection, (c, t) -> new Tracked(t.address(), nanoTime.getAsLong()));
  }

  /** Closes the connections that started no request for the quiet time; returns how many. */
  int sweep() {
    long now = nanoTime.getAsLong();
    int closed = 0;
    for (Map.Entry<Connection, Tracked> e : tracked.entrySet()) {
      if (now - e.getValue().lastStart() > quietNanos) {
        e.getKey().getEndPoint().close(); // onClosed forgets it
        closed++;
      }
    }
    return closed;
  }

  /** Open connections from {@code address} now. */
  int openFrom(String address) {
    AtomicInteger n = open.get(address);
    return n == null ? 0 : n.get();
  }

  static String address(Connection connection) {
    SocketAddress a = connection.getEndPoint().getRemoteSocketAddress();
    return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress()
        : String.valueOf(a);
  }
}
