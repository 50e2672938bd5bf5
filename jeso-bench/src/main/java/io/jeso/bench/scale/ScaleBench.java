package io.jeso.bench.scale;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code make bench}: the scale benchmark. Runs the floor once, then each leg (fake, OpenBao):
 * set-up, cold start, steady refresh, latency under load, change propagation, clean-up. Prints a
 * table, writes one JSON per leg. See docs/performance.md for what each figure means.
 */
public final class ScaleBench {
  private static volatile Leg current;

  private ScaleBench() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(BenchOptions.HELP);
      return;
    }
    BenchEnvironment env = BenchEnvironment.from(options, System.getenv());
    Config config = Config.fromKubeconfig(Files.readString(env.kubeconfig()));
    try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
      if (options.cleanupOnly()) {
        Cleanup.namespaces(
            client, Workload.NAMESPACE_PREFIX, options.concurrency(), options.timeout());
        System.out.println("bench: removed the benchmark's namespaces");
        return;
      }
      // Ctrl-C: never leave a jeso running behind.
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    Leg leg = current;
                    if (leg != null) {
                      leg.stopJeso();
                    }
                  }));
      run(env, client);
    }
  }

  private static void run(BenchEnvironment env, KubernetesClient client) throws Exception {
    BenchOptions options = env.options();
    Map<String, Object> machine = Machine.describe();
    String commit = Machine.gitCommit();
    Map<String, Object> floor = null;
    if (options.runs("floor")) {
      System.out.printf(
          "bench: floor: %d Secrets, %d at a time%n", options.n(), options.concurrency());
      floor = Floor.run(client, options, env.testenvRun());
      System.out.printf("bench: floor: %s s%n", floor.get("seconds"));
    }
    String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    List<Map<String, Object>> results = new ArrayList<>();
    for (String legName : options.legs()) {
      Map<String, Object> result = Report.map();
      result.put("leg", legName);
      result.put("date", LocalDate.now().toString());
      result.put("startedAt", java.time.Instant.now().toString());
      result.put("machine", machine);
      result.put("jeso", jesoDescription(env, commit));
      result.put("params", options.describe());
      result.put("floor", floor);
      result.put("otherWorkAtStart", Machine.otherWork());
      LegRun.run(env, client, legName, runId, result, leg -> current = leg);
      current = null;
      result.put("otherWorkAtEnd", Machine.otherWork());
      result.put("targets", Targets.check(result, options));
      String file =
          LocalDate.now()
              + "-"
              + legName
              + (options.tag().isEmpty() ? "" : "-" + options.tag())
              + ".json";
      Path written = Report.write(options.out(), file, result);
      System.out.println("bench: wrote " + written);
      results.add(result);
    }
    System.out.println();
    Report.table(System.out, results);
  }

  private static Map<String, Object> jesoDescription(BenchEnvironment env, String commit) {
    Map<String, Object> j = Report.map();
    j.put("commit", commit);
    j.put("bin", env.jeso().toString());
    j.put("args", String.join(" ", env.options().jesoArgs()));
    j.put("javaOpts", System.getenv().getOrDefault("JESO_JAVA_OPTS", ""));
    return j;
  }
}
