package vn.thuduc.coordbot.web;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A response whose writes never hold the handler's thread: each write's bytes are copied and queued,
 * the writer is told at once, and the queue goes out as the client reads. The servlet layer's writes
 * block until the client has read them, so clients that pipeline requests for pages or charts and
 * never read the answers held every server thread (16 such connections stalled {@code /healthz}); now
 * such a client holds one response in memory until the idle timeout closes its connection. The
 * request completes only once its queue is out, so a pipelined request behind it starts after that.
 */
final class WriteBehind extends Response.Wrapper {
  private record Pending(boolean last, ByteBuffer bytes) {}

  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private boolean writing;
  private boolean queuedAny;
  private boolean queuedLast;
  private Throwable failure;
  /** The request's own callback, held while the queue is still going out when the handler is done. */
  private Callback completion;

  WriteBehind(Request request, Response response) {
    super(request, response);
  }

  /** The callback to hand the handlers: it completes {@code request} once every queued write is out. */
  Callback completing(Callback request) {
    return new Callback() {
      @Override
      public void succeeded() {
        Throwable failed;
        synchronized (WriteBehind.this) {
          failed = failure;
          if (failed == null && (writing || !queue.isEmpty())) {
            completion = request;
            return;
          }
        }
        if (failed != null) {
          request.failed(failed);
        } else {
          request.succeeded();
        }
      }

      @Override
      public void failed(Throwable x) {
        request.failed(x);
      }

      @Override
      public InvocationType getInvocationType() {
        return request.getInvocationType();
      }
    };
  }

  @Override
  public void write(boolean last, ByteBuffer content, Callback callback) {
    ByteBuffer copy = ByteBuffer.allocate(content == null ? 0 : content.remaining());
    if (content != null) {
      copy.put(content).flip();
    }
    Throwable failed;
    boolean start = false;
    synchronized (this) {
      failed = failure;
      if (failed == null) {
        queue.add(new Pending(last, copy));
        queuedAny = true;
        queuedLast |= last;
        start = !writing;
        writing = true;
      }
    }
    if (failed != null) {
      callback.failed(failed);
      return;
    }
    callback.succeeded();
    if (start) {
      next();
    }
  }

  /** Sends the next queued write; when none is left, completes the request if its handler is done. */
  private void next() {
    Pending p;
    Callback done = null;
    synchronized (this) {
      p = queue.poll();
      if (p == null) {
        writing = false;
        done = completion;
        completion = null;
      }
    }
    if (p == null) {
      if (done != null) {
        done.succeeded();
      }
      return;
    }
    super.write(p.last(), p.bytes(), Callback.from(this::next, this::failed));
  }

  /** A write failed (the client went away or stopped reading): the rest is dropped, the request fails. */
  private void failed(Throwable x) {
    Callback done;
    synchronized (this) {
      failure = x;
      queue.clear();
      writing = false;
      done = completion;
      completion = null;
    }
    if (done != null) {
      done.failed(x);
    }
  }

  // what was queued counts as sent: the handlers must not change the headers or start over after it
  @Override
  public synchronized boolean isCommitted() {
    return queuedAny || super.isCommitted();
  }

  @Override
  public synchronized boolean hasLastWrite() {
    return queuedLast || super.hasLastWrite();
  }

  @Override
  public void reset() {
    synchronized (this) {
      if (queuedAny) {
        throw new IllegalStateException("response committed");
      }
    }
    super.reset();
  }
}
