package io.jeso.bench.scale;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Issue point 1: the API server's write floor on this machine. A plain fabric8 client (the
 * benchmark's, warm) creates N small Secrets, as many at once as jeso has workers by default (16),
 * in K namespaces. Each create is one POST; jeso's cold start needs at least one Secret write and
 * one status write per ExternalSecret, so its request count is at least twice this (see the ratio).
 */
final class Floor {
  private static final String PREFIX = Workload.NAMESPACE_PREFIX + "floor-";

  private Floor() {}

  static Map<String, Object> run(KubernetesClient client, BenchOptions options, Path testenvRun)
      throws Exception {
    Cleanup.namespaces(client, PREFIX, options.concurrency(), options.timeout());
    for (int k = 0; k < options.k(); k++) {
      client
          .namespaces()
          .resource(
              new NamespaceBuilder()
                  .withNewMetadata()
                  .withName(PREFIX + k)
                  .addToLabels(Workload.LABEL, Workload.LABEL_VALUE)
                  .endMetadata()
                  .build())
          .createOr(e -> e.update());
    }
    ApiserverRequests api = new ApiserverRequests(client);
    CpuAccount cpu = new CpuAccount(testenvRun);
    Counts apiBefore = api.scrape();
    CpuAccount.Mark cpuBefore = cpu.mark(null);
    long t0 = System.nanoTime();
    int failures =
        Parallel.run(
            options.n(),
            options.concurrency(),
            i ->
                client
                    .secrets()
                    .resource(
                        new SecretBuilder()
                            .withNewMetadata()
                            .withName("floor-" + i)
                            .withNamespace(PREFIX + (i % options.k()))
                            .endMetadata()
                            .addToStringData(Workload.DATA_KEY, "bench-" + i)
                            .build())
                    .create());
    long end = System.nanoTime();
    CpuAccount.Mark cpuAfter = cpu.mark(null);
    Counts apiDiff = api.scrape().minus(apiBefore);
    double seconds = (end - t0) / 1e9;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("secrets", options.n());
    result.put("failures", failures);
    result.put("concurrency", options.concurrency());
    result.put("seconds", Report.round(seconds, 2));
    result.put("perSecond", Report.round(options.n() / seconds, 1));
    result.put("apiserverRequestsByVerb", apiDiff.asLongs());
    result.put("cpuSeconds", CpuAccount.between(cpuBefore, cpuAfter));
    Cleanup.namespaces(client, PREFIX, options.concurrency(), options.timeout());
    return result;
  }
}
