package io.jeso.e2e.harness;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.testkit.Crds;
import io.jeso.testkit.TestEnv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built distribution ({@code jeso-cli/target/jeso/bin/jeso operator}, see {@link Distribution})
 * running as a child process against the test control plane, the way a user runs it: its own JVM,
 * its own environment, JSON logs on stdout/stderr (captured under {@code target/jeso-logs/} for
 * debugging and for the canary checks), metrics and health on free loopback ports.
 *
 * <p>Starting fails the test class with the process's output when jeso does not become ready; it
 * never skips.
 */
public final class JesoProcess implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final Path stdout;
  private final Path stderr;
  private final int metricsPort;
  private final Thread killOnExit;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private JesoProcess(Process process, Path stdout, Path stderr, int metricsPort) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    this.metricsPort = metricsPort;
    // A test JVM killed mid-run must not leave an operator behind that reconciles the shared
    // cluster.
    this.killOnExit = new Thread(process::destroyForcibly, "kill-jeso-" + process.pid());
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /**
   * Installs jeso's CRDs from {@code deploy/crds}, starts jeso for {@code testClass} and waits
   * until {@code /readyz} answers 200.
   *
   * @param extraArgs further {@code jeso operator} flags
   */
  public static JesoProcess start(
      TestEnv env, KubernetesClient client, Class<?> testClass, String... extraArgs) {
    Crds.applyDirectory(client, env.root().resolve("deploy/crds"));
    Path launcher = Distribution.launcher(env);
    int metricsPort = freePort();
    int livePort = freePort();
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            launcher.toString(),
            "operator",
            "--kubeconfig",
            env.kubeconfig().toString(),
            "--metrics-addr",
            "127.0.0.1:" + metricsPort,
            "--live-addr",
            "127.0.0.1:" + livePort,
            "--log-format",
            "json"));
    command.addAll(List.of(extraArgs));
    Path logs = Path.of("target", "jeso-logs").toAbsolutePath();
    Path out = logs.resolve(testClass.getSimpleName() + ".stdout.log");
    Path err = logs.resolve(testClass.getSimpleName() + ".stderr.log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    configureEnvironment(builder.environment(), env);
    JesoProcess jeso;
    try {
      Files.createDirectories(logs);
      jeso = new JesoProcess(builder.start(), out, err, metricsPort);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + launcher, e);
    }
    jeso.awaitReady(livePort);
    return jeso;
  }

  /**
   * The child's environment: the test JVM's Java, a small heap (two shared cores, several JVMs),
   * and the AWS settings a user would put on jeso's Deployment to reach LocalStack or moto.
   * Anything AWS, Vault or kubeconfig related inherited from the developer's shell is dropped, so a
   * result never depends on where the build was started.
   */
  private static void configureEnvironment(Map<String, String> child, TestEnv env) {
    child
        .keySet()
        .removeIf(
            k ->
                k.startsWith("AWS_")
                    || k.startsWith("VAULT_")
                    || k.startsWith("BAO_")
                    || k.equals("KUBECONFIG"));
    child.put("JAVA_HOME", System.getProperty("java.home"));
    child.put("JESO_JAVA_OPTS", "-Xmx384m -XX:TieredStopAtLevel=1");
    String aws = env.get("JESO_AWS_ENDPOINT");
    child.put("AWS_SECRETSMANAGER_ENDPOINT", aws);
    child.put("AWS_SSM_ENDPOINT", aws);
    child.put("AWS_STS_ENDPOINT", aws);
    // The SDK default chain for stores without an auth block (seed 002): jeso's own identity.
    child.put("AWS_ACCESS_KEY_ID", env.get("JESO_AWS_ACCESS_KEY_ID"));
    child.put("AWS_SECRET_ACCESS_KEY", env.get("JESO_AWS_SECRET_ACCESS_KEY"));
    // Never wait for an instance metadata service that does not exist here.
    child.put("AWS_EC2_METADATA_DISABLED", "true");
  }

  private void awaitReady(int livePort) {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    URI readyz = URI.create("http://127.0.0.1:" + livePort + "/readyz");
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "jeso exited with status " + process.exitValue() + " before it was ready\n" + tail());
      }
      if (status(readyz) == 200) {
        return;
      }
      sleep(Duration.ofMillis(250));
    }
    close();
    throw new IllegalStateException(
        "jeso did not answer 200 on " + readyz + " within " + READY_TIMEOUT + "\n" + tail());
  }

  /** The Prometheus text jeso serves on {@code /metrics}. */
  public String scrapeMetrics() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("/metrics answered HTTP " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scrape jeso's /metrics", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Everything jeso wrote to stdout and stderr so far. */
  public String logText() {
    return read(stdout) + read(stderr);
  }

  public Path stdoutFile() {
    return stdout;
  }

  @Override
  public void close() {
    // SIGTERM first: jeso closes its provider clients (and revokes its Vault tokens) on the way
    // out.
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook kills the process anyway
    }
  }

  private int status(URI uri) {
    try {
      return http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The end of both logs, for a start-up failure message (no secret exists yet at that point). */
  private String tail() {
    String text = "--- " + stderr + "\n" + read(stderr) + "--- " + stdout + "\n" + read(stdout);
    return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
  }

  private static String read(Path file) {
    try {
      // Lenient decoding: a partly written last line must not fail the read.
      return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
