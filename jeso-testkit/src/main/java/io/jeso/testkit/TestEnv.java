package io.jeso.testkit;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real local control plane and provider peers that {@code testenv/up} starts, seen from Java.
 *
 * <p>One instance serves a whole test run. If the control plane was already running when the run
 * began (for example {@code make test} started it), it is left running; if this class started it,
 * {@link #close()} stops it again. Any failure to start is an exception that names the script and
 * its output: tests never skip silently.
 */
public final class TestEnv implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TestEnv.class);
  private static final Pattern EXPORT =
      Pattern.compile("^export ([A-Za-z_][A-Za-z0-9_]*)=\"?(.*?)\"?$");
  private static final Duration UP_TIMEOUT = Duration.ofMinutes(40);

  private final Path root;
  private final boolean startedHere;
  private final Set<String> peers = ConcurrentHashMap.newKeySet();
  private volatile Map<String, String> env;
  private volatile KubernetesClient client;

  private TestEnv(Path root, boolean startedHere) {
    this.root = root;
    this.startedHere = startedHere;
  }

  /** Starts (or joins) the control plane of the checkout that contains the working directory. */
  public static TestEnv start() {
    Path root = RepoRoot.find();
    boolean wasUp = isUp(root);
    TestEnv testEnv = new TestEnv(root, !wasUp);
    testEnv.runScript(List.of());
    testEnv.registerUser();
    return testEnv;
  }

  /**
   * Makes sure the named peers ({@code vault}, {@code aws}, {@code gcp}, ...) run; cheap when they
   * already do.
   */
  public synchronized void requirePeers(Collection<String> wanted) {
    List<String> missing = wanted.stream().filter(p -> !peers.contains(p)).toList();
    if (!missing.isEmpty()) {
      runScript(missing);
      peers.addAll(missing);
    }
  }

  /** A value from {@code testenv/.run/env}; fails with the list of known keys if it is absent. */
  public String get(String key) {
    String value = env.get(key);
    if (value == null) {
      throw new IllegalStateException(
          "testenv/.run/env has no "
              + key
              + " (known: "
              + env.keySet()
              + "); is its peer started?");
    }
    return value;
  }

  /** All settings of {@code testenv/.run/env}, to pass on to a child process. */
  public Map<String, String> env() {
    return Map.copyOf(env);
  }

  public Path root() {
    return root;
  }

  public Path kubeconfig() {
    return Path.of(get("KUBECONFIG"));
  }

  /** A client with the admin kubeconfig, shared by the whole run. */
  public KubernetesClient client() {
    KubernetesClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client = newClient();
        }
        current = client;
      }
    }
    return current;
  }

  /** A new client with the admin kubeconfig; the caller closes it. */
  public KubernetesClient newClient() {
    try {
      Config config = Config.fromKubeconfig(Files.readString(kubeconfig()));
      return new KubernetesClientBuilder().withConfig(config).build();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + kubeconfig(), e);
    }
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
    unregisterUser();
    if (startedHere && otherUsers().isEmpty()) {
      LOG.info("stopping the control plane this test run started");
      Scripts.run(root, List.of("testenv/down"), Duration.ofMinutes(2));
    } else if (startedHere) {
      LOG.info("leaving the control plane running: other test runs use it ({})", otherUsers());
    }
  }

  /**
   * Each JVM using the environment leaves a marker, so that the run that started it does not stop
   * it under another run (developers' parallel builds, IDE runs). A marker of a dead JVM does not
   * count.
   */
  private void registerUser() {
    try {
      Files.createDirectories(users());
      Files.writeString(users().resolve(Long.toString(ProcessHandle.current().pid())), "");
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + users(), e);
    }
  }

  private void unregisterUser() {
    try {
      Files.deleteIfExists(users().resolve(Long.toString(ProcessHandle.current().pid())));
    } catch (IOException e) {
      LOG.warn("cannot remove the user marker in {}", users());
    }
  }

  private List<Long> otherUsers() {
    try (var files = Files.list(users())) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.matches("\\d+"))
          .map(Long::parseLong)
          .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private Path users() {
    return root.resolve("testenv/.run/users");
  }

  private void runScript(List<String> peerNames) {
    List<String> command = new ArrayList<>(List.of("testenv/up"));
    command.addAll(peerNames);
    LOG.info("running {}", String.join(" ", command));
    Scripts.run(root, command, UP_TIMEOUT);
    env = readEnv(root.resolve("testenv/.run/env"));
  }

  private static boolean isUp(Path root) {
    Path envFile = root.resolve("testenv/.run/env");
    if (!Files.exists(envFile)) {
      return false;
    }
    String server = readEnv(envFile).get("JESO_KUBE_APISERVER");
    if (server == null) {
      return false;
    }
    // Any HTTP answer (even 401/403) means an apiserver listens there; a refused connection means
    // it is gone.
    try (HttpClient http = Insecure.httpClient()) {
      http.send(
          HttpRequest.newBuilder(URI.create(server + "/readyz"))
              .timeout(Duration.ofSeconds(2))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Map<String, String> readEnv(Path file) {
    try {
      Map<String, String> values = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file)) {
        Matcher m = EXPORT.matcher(line.strip());
        if (m.matches()) {
          values.put(m.group(1), m.group(2));
        }
      }
      return values;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
