package io.jeso.bench.scale;

import java.util.Map;

/**
 * The secret backend of a leg: it holds M remote values and gives each namespace a SecretStore that
 * reads them. Values are generated ({@code bench-<key>-r<round>}), never real secrets.
 */
interface Remote extends AutoCloseable {
  /** The leg's name, also the value of the provider label in jeso's provider-call metric. */
  String name();

  /**
   * Whether jeso's {@code externalsecret_provider_api_calls_count} covers this backend (the fake
   * provider makes no calls and reports none, as in ESO).
   */
  boolean reportsProviderCalls();

  /** Writes the values of round 0 and creates the store of every namespace. */
  void setUp(Workload workload) throws Exception;

  /** {@code spec.data[].remoteRef} of an ExternalSecret reading remote key {@code key}. */
  Map<String, Object> remoteRef(int key);

  /** Changes every remote value to that of {@code round}. */
  void change(Workload workload, int round) throws Exception;

  /** Removes remote data and credentials (the namespaces are removed by {@link Cleanup}). */
  @Override
  void close();

  static String value(int key, int round) {
    return "bench-" + key + "-r" + round;
  }
}
