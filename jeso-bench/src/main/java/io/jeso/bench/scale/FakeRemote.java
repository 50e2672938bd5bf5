package io.jeso.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code fake} provider: the values live in each SecretStore's {@code spec.provider.fake.data}
 * (the keys that belong to its namespace). A provider "call" costs nothing, so this leg measures
 * jeso and the API server alone. Changing the values is a store edit (a new store generation).
 */
final class FakeRemote implements Remote {
  @Override
  public boolean reportsProviderCalls() {
    return false;
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public void setUp(Workload workload) {
    for (int k = 0; k < workload.options().k(); k++) {
      workload.createStore(k, provider(workload, k, 0));
    }
  }

  @Override
  public Map<String, Object> remoteRef(int key) {
    return Map.of("key", remoteKey(key));
  }

  @Override
  public void change(Workload workload, int round) {
    for (int k = 0; k < workload.options().k(); k++) {
      workload.patchStore(k, provider(workload, k, round));
    }
  }

  @Override
  public void close() {}

  private static Map<String, Object> provider(Workload workload, int k, int round) {
    List<Map<String, Object>> data = new ArrayList<>();
    for (int key = 0; key < workload.options().m(); key++) {
      if (workload.namespaceOfKey(key) == k) {
        data.add(Map.of("key", remoteKey(key), "value", Remote.value(key, round)));
      }
    }
    return Map.of("fake", Map.of("data", data));
  }

  private static String remoteKey(int key) {
    return "jeso-bench/key-" + key;
  }
}
