package io.jeso.operator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jeso.operator.metrics.MetricRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The operator's HTTP endpoints: Prometheus {@code /metrics} on the metrics address, and {@code
 * /healthz} (the process is alive) and {@code /readyz} (caches are synced and controllers run) on
 * the liveness address. The two addresses may be the same. Served by the JDK's HTTP server on
 * virtual threads: no extra dependency.
 */
public final class HttpEndpoints implements AutoCloseable {
  private final List<HttpServer> servers = new ArrayList<>();

  public HttpEndpoints(
      String metricsAddr, String liveAddr, MetricRegistry metrics, BooleanSupplier ready)
      throws IOException {
    HttpServer metricsServer = open(metricsAddr);
    metricsServer.createContext(
        "/metrics",
        ex -> reply(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
    HttpServer liveServer = metricsServer;
    if (!sameAddress(metricsAddr, liveAddr)) {
      liveServer = open(liveAddr);
    }
    liveServer.createContext("/healthz", ex -> reply(ex, 200, "text/plain", "ok\n"));
    liveServer.createContext(
        "/readyz",
        ex -> {
          boolean ok = ready.getAsBoolean();
          reply(ex, ok ? 200 : 503, "text/plain", ok ? "ok\n" : "not ready\n");
        });
    servers.forEach(HttpServer::start);
  }

  /** The port the metrics server listens on (useful when the address asked for port 0). */
  public int metricsPort() {
    return servers.getFirst().getAddress().getPort();
  }

  public int livePort() {
    return servers.getLast().getAddress().getPort();
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
  }

  private HttpServer open(String addr) throws IOException {
    HttpServer server = HttpServer.create(parse(addr), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    servers.add(server);
    return server;
  }

  /**
   * Parses Go-style listen addresses as ESO's flags take them: {@code :8080}, {@code
   * 127.0.0.1:8080}.
   */
  static InetSocketAddress parse(String addr) {
    int colon = addr.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "address must look like :8080 or 127.0.0.1:8080, got " + addr);
    }
    String host = addr.substring(0, colon);
    int port = Integer.parseInt(addr.substring(colon + 1));
    return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
  }

  private static boolean sameAddress(String a, String b) {
    return a.equals(b) && !a.endsWith(":0");
  }

  private static void reply(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
