package io.corroborate.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on the loopback interface for tests that fetch: pages are set per path and may
 * be changed between requests; every request is logged with its user agent. Paths not set answer
 * 404.
 *
 * <pre>{@code
 * try (LocalSite site = LocalSite.start()) {
 *   site.page("/a.html", "text/html; charset=utf-8", "<html>…</html>");
 *   fetch(site.url("/a.html"));
 * }
 * }</pre>
 */
public final class LocalSite implements AutoCloseable {
  /** How one path answers. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** One request as the server saw it. */
  public record Request(String method, String path, String userAgent, String body) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private LocalSite(HttpServer server) {
    this.server = server;
  }

  public static LocalSite start() throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    LocalSite site = new LocalSite(s);
    s.createContext(
        "/",
        ex -> {
          try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            site.requests.add(
                new Request(
                    ex.getRequestMethod(),
                    ex.getRequestURI().toString(),
                    ex.getRequestHeaders().getFirst("User-Agent"),
                    body));
            Handler h = site.handlers.get(ex.getRequestURI().getPath());
            if (h == null) {
              ex.sendResponseHeaders(404, -1);
              return;
            }
            h.handle(ex);
          } catch (IOException | RuntimeException e) {
            // the client went away (a timeout or size limit on its side): nothing to answer
          }
        });
    s.setExecutor(site.pool);
    s.start();
    return site;
  }

  /** {@code http://127.0.0.1:PORT/path}. */
  public String url(String path) {
    return "http://"
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort()
        + path;
  }

  public LocalSite handle(String path, Handler h) {
    handlers.put(path, h);
    return this;
  }

  /** Serves {@code body} (UTF-8) at {@code path} with 200 and {@code contentType}. */
  public LocalSite page(String path, String contentType, String body) {
    return bytes(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public LocalSite bytes(String path, String contentType, byte[] body) {
    return handle(
        path,
        ex -> {
          ex.getResponseHeaders().set("Content-Type", contentType);
          ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
  }

  /** Answers {@code status} with a {@code Location} header. */
  public LocalSite redirect(String path, int status, String location) {
    return handle(
        path,
        ex -> {
          ex.getResponseHeaders().set("Location", location);
          ex.sendResponseHeaders(status, -1);
        });
  }

  public LocalSite remove(String path) {
    handlers.remove(path);
    return this;
  }

  /** Every request so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests for {@code path} so far. */
  public List<Request> requests(String path) {
    List<Request> out = new ArrayList<>();
    for (Request r : requests) {
      if (r.path().equals(path)) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
