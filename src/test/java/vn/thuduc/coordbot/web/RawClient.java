package vn.thuduc.coordbot.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A client that speaks HTTP the way an attacker does: raw bytes on a socket from a chosen loopback
 * address (Linux answers for all of 127.0.0.0/8), whatever they are, and reads what comes back until
 * the server closes. Closes every socket it opened.
 */
public final class RawClient implements AutoCloseable {
  private final int port;
  private final List<Socket> open = new ArrayList<>();

  public RawClient(int port) {
    this.port = port;
  }

  /** A connection from loopback address {@code from}. */
  public Socket connect(String from) throws IOException {
    return connect(from, 0);
  }

  /** A connection from {@code from} whose receive buffer is about {@code receiveBuffer} bytes (0: the default). */
  public Socket connect(String from, int receiveBuffer) throws IOException {
    Socket s = new Socket();
    if (receiveBuffer > 0) {
      s.setReceiveBufferSize(receiveBuffer); // before connecting: it sets the window the server may fill
    }
    s.bind(new InetSocketAddress(from, 0));
    s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    s.setSoTimeout(10_000);
    open.add(s);
    return s;
  }

  /** The {@code i}-th socket opened. */
  public Socket opened(int i) {
    return open.get(i);
  }

  public static void send(Socket s, String text) throws IOException {
    send(s, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void send(Socket s, byte[] bytes) throws IOException {
    s.getOutputStream().write(bytes);
    s.getOutputStream().flush();
  }

  /** What the server sends until it closes the connection (or the read times out). */
  public static String readAll(Socket s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = s.getInputStream();
    byte[] buf = new byte[4096];
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // what came so far is the answer
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Sends {@code raw} on a fresh connection from {@code from} and reads the answer whole. */
  public String exchange(String from, byte[] raw) throws IOException {
    Socket s = connect(from);
    send(s, raw);
    return readAll(s);
  }

  public String exchange(String from, String raw) throws IOException {
    return exchange(from, raw.getBytes(StandardCharsets.UTF_8));
  }

  /** One request with a JSON body, answered whole ({@code Connection: close}). */
  public String request(String from, String method, String path, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    return exchange(from, method + " " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n" + body);
  }

  @Override
  public void close() throws IOException {
    for (Socket s : open) {
      s.close();
    }
    open.clear();
  }
}
