package io.corroborate.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Watches the connection of a request whose body has been read while the server works on it, and
 * says when the client has closed it, so that the work can be stopped instead of finished for
 * nobody. Jetty only learns of a closed connection when it reads from it; this asks to be told when
 * the connection can be read, and reads one byte: end of stream means the client left. (A client
 * that sends more before its answer, which HTTP/1.1 allows but no browser does, loses its next
 * request.) The watch cannot be called off, so a watched request's connection must be closed after
 * its answer ({@code Connection: close}): reading the next request would need the interest it
 * holds.
 */
final class ClientWatch implements Callback {
  private final EndPoint endPoint;
  private volatile boolean gone;
  private volatile boolean sentMore;

  private ClientWatch(EndPoint endPoint) {
    this.endPoint = endPoint;
  }

  /** Starts watching {@code ctx}'s connection. */
  static ClientWatch of(Context ctx) {
    Request base = Request.getBaseRequest(ctx.req());
    EndPoint ep =
        base == null || base.getHttpChannel() == null ? null : base.getHttpChannel().getEndPoint();
    ClientWatch w = new ClientWatch(ep);
    w.watch();
    return w;
  }

  private void watch() {
    if (endPoint != null && endPoint.isOpen() && !gone && !sentMore) {
      endPoint.tryFillInterested(this);
    }
  }

  /** Whether the client has closed the connection. */
  boolean gone() {
    return gone || (endPoint != null && !endPoint.isOpen());
  }

  @Override
  public void succeeded() {
    ByteBuffer one = BufferUtil.allocate(1);
    try {
      int n = endPoint.fill(one);
      if (n < 0) {
        gone = true;
      } else if (n > 0) {
        sentMore = true;
      } else {
        watch();
      }
    } catch (IOException e) {
      gone = true;
    }
  }

  @Override
  public void failed(Throwable x) {
    if (x instanceof TimeoutException && endPoint.isOpen()) {
      watch(); // the connection's idle timeout, while the server is the one working
    } else {
      gone = true;
    }
  }
}
