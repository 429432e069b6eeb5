package vn.thuduc.coordbot.web;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before any handler runs, without a thread: Jetty calls back when
 * bytes arrive, so a client that sends one byte a second holds a connection, not a server thread.
 * The body must arrive within {@code deadline} (else 408), stay under {@code maxBody} bytes (else
 * 413) and come uncompressed (else 415); the handlers below then read it from memory. Every request
 * also marks its connection as busy for {@link ConnectionGuard}, and its answer is written behind the
 * handler ({@link WriteBehind}).
 */
final class BodyGate extends Handler.Wrapper {
  /** The request attribute that holds the body read (a {@code byte[]}), so handlers take it without a copy. */
  static final String BODY = "coordbot.body";
  /**
   * A declared body over the limit but up to this size is read and dropped before the 413: a client
   * still sending when the connection closes gets a reset instead of the answer. Larger ones, and
   * those that wait for {@code 100 Continue}, are refused at once.
   */
  static final int DRAIN_MAX = 64 * 1024;

  /** What the client is told when its body is refused: the status and the JSON error. */
  @FunctionalInterface
  interface Refusal {
    byte[] json(Request request, int status);
  }

  private final int maxBody;
  private final Duration deadline;
  private final ConnectionGuard guard;
  private final Refusal refusal;

  BodyGate(int maxBody, Duration deadline, ConnectionGuard guard, Refusal refusal) {
    this.maxBody = maxBody;
    this.deadline = deadline;
    this.guard = guard;
    this.refusal = refusal;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    guard.started(request.getConnectionMetaData().getConnection());
    // answers go out behind the handler: a client that does not read them holds no thread
    WriteBehind out = new WriteBehind(request, response);
    Callback done = out.completing(callback);
    long declared = request.getLength();
    boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    if (declared == 0 || declared < 0 && !chunked) {
      return super.handle(request, out, done);
    }
    if (coded(request)) {
      refuse(request, out, done, 415);
      return true;
    }
    if (declared > maxBody) {
      if (declared <= DRAIN_MAX && !request.getHeaders().contains(HttpHeader.EXPECT)) {
        new Loader(request, out, done, true).start();
      } else {
        refuse(request, out, done, 413);
      }
      return true;
    }
    new Loader(request, out, done, false).start();
    return true;
  }

  /**
   * True for a body the handlers would read as its coded bytes: compressed ({@code Content-Encoding} other
   * than identity) or in a transfer coding besides chunked ({@code gzip, chunked} passes Jetty's parser
   * undecoded), where a proxy in front would have read something else.
   */
  private static boolean coded(Request request) {
    for (String c : request.getHeaders().getCSV(HttpHeader.CONTENT_ENCODING, false)) {
      if (!c.equalsIgnoreCase("identity")) {
        return true;
      }
    }
    for (String c : request.getHeaders().getCSV(HttpHeader.TRANSFER_ENCODING, false)) {
      if (!c.equalsIgnoreCase("chunked")) {
        return true;
      }
    }
    return false;
  }

  private void refuse(Request request, Response response, Callback callback, int status) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    // the rest of the body is not read: the connection cannot carry another request
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(refusal.json(request, status)), callback);
  }

  /**
   * One body being read: chunks gathered on each demand callback until the last, the deadline or the
   * limit; or, for a body already known to be too large, read and dropped, then refused.
   */
  private final class Loader implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    // a declared length is read straight into an array of that size; a chunked body grows its own
    private byte[] body;
    private int size;
    private final AtomicBoolean settled = new AtomicBoolean();
    private Scheduler.Task timer;
    private final boolean drain;

    Loader(Request request, Response response, Callback callback, boolean drain) {
      long declared = request.getLength();
      this.drain = drain;
      this.body = drain ? new byte[0] : new byte[declared > 0 ? (int) declared : 1024];
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    void start() {
      timer = request.getComponents().getScheduler().schedule(this::expire, deadline.toMillis(),
          TimeUnit.MILLISECONDS);
      run();
    }

    private void expire() {
      if (settled.compareAndSet(false, true)) {
        refuse(request, response, callback, drain ? 413 : 408);
      }
    }

    @Override
    public void run() {
      while (!settled.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          if (settled.compareAndSet(false, true)) {
            timer.cancel();
            callback.failed(chunk.getFailure()); // the client went away mid-body
          }
          return;
        }
        ByteBuffer b = chunk.getByteBuffer();
        int n = b.remaining();
        if (drain) {
          boolean last = chunk.isLast();
          chunk.release();
          if (last && settled.compareAndSet(false, true)) {
            timer.cancel();
            refuse(request, response, callback, 413);
            return;
          }
          continue;
        }
        if (size + n > maxBody) {
          chunk.release();
          if (settled.compareAndSet(false, true)) {
            timer.cancel();
            refuse(request, response, callback, 413);
          }
          return;
        }
        if (size + n > body.length) {
          body = java.util.Arrays.copyOf(body, Math.min(maxBody, Math.max(size + n, body.length * 2)));
        }
        b.get(body, size, n);
        size += n;
        boolean last = chunk.isLast();
        chunk.release();
        if (last && settled.compareAndSet(false, true)) {
          timer.cancel();
          pass();
          return;
        }
      }
    }

    private void pass() {
      try {
        byte[] bytes = size == body.length ? body : java.util.Arrays.copyOf(body, size);
        Buffered buffered = new Buffered(request, bytes);
        buffered.setAttribute(BODY, bytes);
        if (!BodyGate.super.handle(buffered, response, callback)) {
          Response.writeError(request, response, callback, 404);
        }
      } catch (Exception e) { // a handler's failure: Jetty answers 500 and logs it
        Response.writeError(request, response, callback, e);
      }
    }
  }

  /** The request with its body already in memory: reads never wait. */
  private static final class Buffered extends Request.Wrapper {
    private final byte[] body;
    private boolean read;

    Buffered(Request request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public long getLength() {
      return body.length;
    }

    @Override
    public synchronized Content.Chunk read() {
      if (read) {
        return Content.Chunk.EOF;
      }
      read = true;
      return Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run();
    }

    @Override
    public boolean consumeAvailable() {
      return true;
    }
  }
}
