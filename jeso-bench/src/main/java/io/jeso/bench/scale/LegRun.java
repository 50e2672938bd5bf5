package io.jeso.bench.scale;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/** One leg from set-up to clean-up; phases write their results into the leg's map. */
final class LegRun {
  private LegRun() {}

  static void run(
      BenchEnvironment env,
      KubernetesClient client,
      String legName,
      String runId,
      Map<String, Object> result,
      Consumer<Leg> current)
      throws Exception {
    BenchOptions options = env.options();
    String prefix = Workload.NAMESPACE_PREFIX + legName + "-";
    Remote remote = remote(env, legName, runId);
    result.put("providerCallsMeasured", remote.reportsProviderCalls());
    Path logs = Path.of("jeso-bench", "target", "scale-logs");
    Files.createDirectories(logs);
    Path log = logs.resolve(runId + "-" + legName + ".log");
    Cleanup.namespaces(client, prefix, options.concurrency(), options.timeout());
    Leg leg = new Leg(env, client, remote, log);
    current.accept(leg);
    try {
      setUp(leg, result);
      say(leg, "cold start");
      result.put("coldStart", ColdStart.run(leg));
      say(leg, "cold start: " + Report.at(result, "coldStart.seconds") + " s");
      if (options.runs("steady")) {
        say(leg, "steady refresh, " + options.waves() + " waves of " + options.intervalText());
        result.put("steady", SteadyRefresh.run(leg));
      }
      if (options.runs("latency")) {
        say(leg, "latency under load");
        result.put("latency", LatencyUnderLoad.run(leg));
      }
      if (options.runs("propagation")) {
        say(leg, "change propagation");
        result.put("propagation", ChangePropagation.run(leg));
      }
    } finally {
      leg.close();
      result.put("jesoProcesses", leg.processes());
      result.put("jesoLog", log.toString());
      say(leg, "cleaning up");
      Cleanup.namespaces(client, prefix, options.concurrency(), options.timeout());
      remote.close();
    }
  }

  /**
   * Namespaces, remote data and stores; the stores are validated by a first, short jeso run (as
   * when stores exist before applications add ExternalSecrets); then the N ExternalSecrets are
   * created while jeso is stopped.
   */
  private static void setUp(Leg leg, Map<String, Object> result) throws Exception {
    say(
        leg,
        "set-up: " + leg.options.k() + " namespaces, stores, " + leg.options.m() + " remote keys");
    leg.workload.createNamespaces();
    leg.remote.setUp(leg.workload);
    leg.startJeso().awaitReady(leg.timeout());
    int stores = leg.workload.awaitStoresReady(Duration.ofMinutes(2));
    leg.stopJeso();
    if (stores != leg.options.k()) {
      throw new IllegalStateException(
          (leg.options.k() - stores) + " SecretStores did not become Ready (see the jeso log)");
    }
    say(leg, "creating " + leg.options.n() + " ExternalSecrets (jeso stopped)");
    long t0 = System.nanoTime();
    int failures = leg.workload.createExternalSecrets(leg.remote);
    Map<String, Object> creation = Report.map();
    creation.put("seconds", Report.round((System.nanoTime() - t0) / 1e9, 2));
    creation.put("failures", failures);
    result.put("creation", creation);
    if (failures > 0) {
      throw new IllegalStateException(failures + " ExternalSecrets could not be created");
    }
  }

  private static Remote remote(BenchEnvironment env, String legName, String runId) {
    if (legName.equals("fake")) {
      return new FakeRemote();
    }
    if (env.vaultAddr().isEmpty() || env.vaultToken().isEmpty()) {
      throw new IllegalStateException(
          "the OpenBao leg needs JESO_VAULT_ADDR and JESO_VAULT_TOKEN (testenv/up vault)");
    }
    return new OpenBaoRemote(env.vaultAddr(), env.vaultToken(), runId);
  }

  private static void say(Leg leg, String what) {
    System.out.println("bench: " + leg.name + ": " + what);
  }
}
