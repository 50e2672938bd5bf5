package io.jeso.provider.vault;

import io.jeso.provider.vault.http.VaultTls;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * An OpenBao dev server of the test's own (the same binary testenv runs), for what the shared one
 * must not be used for: TLS with a generated CA ({@code -dev-tls}) and sealing. The test starts it,
 * and stops exactly the process it started.
 */
final class PrivateBao implements AutoCloseable {
  static final String ROOT = "root";
  private final Process process;
  private final String addr;
  private final Path dir;
  private final SSLContext tls;

  private PrivateBao(Process process, String addr, Path dir, SSLContext tls) {
    this.process = process;
    this.addr = addr;
    this.dir = dir;
    this.tls = tls;
  }

  static PrivateBao start(String baoBinary, Path dir, boolean tls) throws Exception {
    int port = freePortPair();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                baoBinary,
                "server",
                "-dev",
                "-dev-root-token-id=" + ROOT,
                "-dev-listen-address=127.0.0.1:" + port,
                "-dev-no-store-token"));
    if (tls) {
      cmd.add("-dev-tls");
      cmd.add("-dev-tls-cert-dir=" + dir);
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("bao.log").toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("BAO_") || k.startsWith("VAULT_"));
    env.put("HOME", dir.toString());
    Process p = pb.start();
    String addr = (tls ? "https" : "http") + "://127.0.0.1:" + port;
    PrivateBao bao = new PrivateBao(p, addr, dir, null);
    try {
      return bao.awaitHealthy(tls);
    } catch (Exception e) {
      bao.close();
      throw e;
    }
  }

  private PrivateBao awaitHealthy(boolean withTls) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("OpenBao exited; see " + dir.resolve("bao.log"));
      }
      SSLContext ctx = null;
      if (withTls) {
        if (!Files.exists(caFile())) {
          Thread.sleep(200);
          continue;
        }
        ctx = VaultTls.context(Files.readAllBytes(caFile()), null, null);
      }
      HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
      if (ctx != null) {
        b.sslContext(ctx);
      }
      try (HttpClient http = b.build()) {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(addr + "/v1/sys/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return new PrivateBao(process, addr, dir, ctx);
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "OpenBao did not become healthy; see " + dir.resolve("bao.log"));
  }

  String addr() {
    return addr;
  }

  /** The generated CA that signed the server certificate ({@code -dev-tls}). */
  Path caFile() {
    return dir.resolve("vault-ca.pem");
  }

  VaultAdmin admin() {
    return new VaultAdmin(addr, ROOT, tls);
  }

  private static int freePortPair() throws IOException {
    // The dev server also listens on port + 1 (cluster address).
    for (int i = 0; i < 50; i++) {
      try (ServerSocket a = new ServerSocket(0)) {
        int port = a.getLocalPort();
        try (ServerSocket b = new ServerSocket(port + 1)) {
          return port;
        } catch (IOException taken) {
          // try another
        }
      }
    }
    throw new IOException("no free port pair");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
