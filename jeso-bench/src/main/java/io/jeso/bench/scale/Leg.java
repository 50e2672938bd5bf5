package io.jeso.bench.scale;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One leg's shared state: the objects, the backend, the watches, and the jeso process of the moment
 * (a leg restarts jeso: once to validate the stores, for the cold start, and for every latency
 * cycle). Scenarios take marks through it.
 */
final class Leg implements AutoCloseable {
  final String name;
  final BenchOptions options;
  final KubernetesClient client;
  final Workload workload;
  final Remote remote;
  final ApiserverRequests api;
  final CpuAccount cpu;
  final ExternalSecretWatch externalSecrets;
  final SecretWatch secrets;
  private final Path jesoBin;
  private final Path kubeconfig;
  private final Path log;
  private final List<Map<String, Object>> processes = new ArrayList<>();
  private JesoProcess jeso;
  private OperatorProbe probe;
  private JesoMetrics metrics;

  Leg(BenchEnvironment env, KubernetesClient client, Remote remote, Path log) {
    this.name = remote.name();
    this.options = env.options();
    this.client = client;
    this.remote = remote;
    this.workload = new Workload(client, name, options);
    this.api = new ApiserverRequests(client);
    this.cpu = new CpuAccount(env.testenvRun());
    this.jesoBin = env.jeso();
    this.kubeconfig = env.kubeconfig();
    this.log = log;
    this.externalSecrets = new ExternalSecretWatch(client);
    this.secrets = new SecretWatch(client, Workload.NAMESPACE_PREFIX + name + "-");
  }

  /** Starts jeso; returns at once (the caller decides what to wait for). */
  JesoProcess startJeso() throws IOException {
    stopJeso();
    jeso = JesoProcess.start(jesoBin, kubeconfig, options.jesoArgs(), log);
    probe = new OperatorProbe(jeso.pid());
    metrics = new JesoMetrics(jeso.metricsAddr());
    return jeso;
  }

  JesoProcess jeso() {
    return jeso;
  }

  OperatorProbe probe() {
    return probe;
  }

  JesoMetrics metrics() {
    return metrics;
  }

  /** Stops jeso, keeping its memory peaks (read before it exits). */
  void stopJeso() {
    if (jeso == null) {
      return;
    }
    Map<String, Object> peaks = probe.peaks();
    peaks.put("cpuSeconds", Report.round(probe.cpuSeconds(), 1));
    processes.add(peaks);
    probe.close();
    jeso.close();
    jeso = null;
    probe = null;
    metrics = null;
  }

  /** The memory peaks of every jeso process of this leg so far. */
  List<Map<String, Object>> processes() {
    return processes;
  }

  Mark mark() throws IOException, InterruptedException {
    long nanos = System.nanoTime();
    JesoMetrics.Scrape scrape = jeso != null && jeso.alive() ? metrics.scrape() : null;
    return new Mark(
        nanos,
        api.scrape(),
        scrape,
        cpu.mark(jeso == null ? null : jeso.pid()),
        secrets.added(),
        secrets.updated(),
        externalSecrets.updates());
  }

  Duration timeout() {
    return options.timeout();
  }

  @Override
  public void close() {
    stopJeso();
    externalSecrets.close();
    secrets.close();
  }
}
