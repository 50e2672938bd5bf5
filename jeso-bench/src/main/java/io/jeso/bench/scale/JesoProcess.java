package io.jeso.bench.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built jeso distribution ({@code bin/jeso operator ...}) as its own process, the way users run
 * it. {@code bin/jeso} execs the JVM, so the process id is the JVM's: /proc and jstat see jeso
 * itself. JVM options come from {@code JESO_JAVA_OPTS}, inherited from the benchmark's environment.
 */
final class JesoProcess implements AutoCloseable {
  private final Process process;
  private final String metricsAddr;
  private final String liveAddr;
  private final Instant started;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private JesoProcess(Process process, String metricsAddr, String liveAddr, Instant started) {
    this.process = process;
    this.metricsAddr = metricsAddr;
    this.liveAddr = liveAddr;
    this.started = started;
  }

  static JesoProcess start(Path jeso, Path kubeconfig, List<String> extraArgs, Path log)
      throws IOException {
    String metrics = "127.0.0.1:" + freePort();
    String live = "127.0.0.1:" + freePort();
    List<String> command = new ArrayList<>();
    command.add(jeso.toString());
    command.add("operator");
    command.add("--kubeconfig");
    command.add(kubeconfig.toString());
    command.add("--metrics-addr");
    command.add(metrics);
    command.add("--live-addr");
    command.add(live);
    command.addAll(extraArgs);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Instant started = Instant.now();
    return new JesoProcess(builder.start(), metrics, live, started);
  }

  long pid() {
    return process.pid();
  }

  Instant started() {
    return started;
  }

  String metricsAddr() {
    return metricsAddr;
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Waits for {@code /readyz} (informers synced); returns when it answered 200. */
  Instant awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://" + liveAddr + "/readyz"))
            .timeout(Duration.ofSeconds(1))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("jeso exited with code " + process.exitValue() + " (see its log)");
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Instant.now();
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(50);
    }
    throw new IOException("jeso was not ready after " + timeout);
  }

  /** SIGTERM (jeso's shutdown hook stops the controllers), then SIGKILL after 30 s. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
