package io.jeso.bench.scale;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of one leg: K namespaces ({@code jeso-bench-<leg>-<k>}), one SecretStore {@code
 * bench} in each, and N ExternalSecrets {@code es-<i>}, each with one data entry from remote key
 * {@code i mod M}. A remote key belongs to one namespace ({@code key mod K}), as a team's secrets
 * belong to its namespace, so the leg has exactly M distinct (store, key) pairs: the fewest
 * provider reads a refresh wave can need.
 */
final class Workload {
  static final String LABEL = "jeso-bench";
  static final String LABEL_VALUE = "scale";
  static final String NAMESPACE_PREFIX = "jeso-bench-";
  static final String STORE = "bench";
  static final String DATA_KEY = "value";
  static final String FORCE_SYNC = "external-secrets.io/force-sync";
  static final ResourceDefinitionContext EXTERNAL_SECRETS = context("ExternalSecret");
  static final ResourceDefinitionContext SECRET_STORES = context("SecretStore");

  private final KubernetesClient client;
  private final String leg;
  private final BenchOptions options;

  Workload(KubernetesClient client, String leg, BenchOptions options) {
    this.client = client;
    this.leg = leg;
    this.options = options;
  }

  KubernetesClient client() {
    return client;
  }

  BenchOptions options() {
    return options;
  }

  String namespace(int k) {
    return NAMESPACE_PREFIX + leg + "-" + k;
  }

  List<String> namespaces() {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < options.k(); k++) {
      names.add(namespace(k));
    }
    return names;
  }

  int keyOf(int i) {
    return i % options.m();
  }

  /** The namespace index that remote key {@code key} belongs to. */
  int namespaceOfKey(int key) {
    return key % options.k();
  }

  /** namespace/name of ExternalSecret {@code i} (its target Secret has the same name). */
  String esKey(int i) {
    return namespace(namespaceOfKey(keyOf(i))) + "/es-" + i;
  }

  List<String> esKeys() {
    List<String> keys = new ArrayList<>(options.n());
    for (int i = 0; i < options.n(); i++) {
      keys.add(esKey(i));
    }
    return keys;
  }

  void createNamespaces() {
    for (String ns : namespaces()) {
      client
          .namespaces()
          .resource(
              new NamespaceBuilder()
                  .withNewMetadata()
                  .withName(ns)
                  .addToLabels(LABEL, LABEL_VALUE)
                  .endMetadata()
                  .build())
          .createOr(existing -> existing.update());
    }
  }

  void createStore(int k, Map<String, Object> provider) {
    GenericKubernetesResource store =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("external-secrets.io/v1")
            .withKind("SecretStore")
            .withNewMetadata()
            .withName(STORE)
            .withNamespace(namespace(k))
            .addToLabels(LABEL, LABEL_VALUE)
            .endMetadata()
            .addToAdditionalProperties("spec", Map.of("provider", provider))
            .build();
    client.genericKubernetesResources(SECRET_STORES).resource(store).createOr(e -> e.update());
  }

  /** Replaces the store's provider spec (a new generation). */
  void patchStore(int k, Map<String, Object> provider) {
    client
        .genericKubernetesResources(SECRET_STORES)
        .inNamespace(namespace(k))
        .withName(STORE)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            Serialization.asJson(Map.of("spec", Map.of("provider", provider))));
  }

  /** Creates the N ExternalSecrets with the benchmark's concurrency; returns the failures. */
  int createExternalSecrets(Remote remote) throws InterruptedException {
    return Parallel.run(
        options.n(),
        options.concurrency(),
        i -> {
          int key = keyOf(i);
          create(namespace(namespaceOfKey(key)), "es-" + i, remote.remoteRef(key));
        });
  }

  /** One more ExternalSecret (the latency trials), reading remote key {@code key}. */
  void createTrial(String name, int key, Remote remote) {
    create(namespace(namespaceOfKey(key)), name, remote.remoteRef(key));
  }

  private void create(String ns, String name, Map<String, Object> remoteRef) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("refreshInterval", options.intervalText());
    spec.put("secretStoreRef", Map.of("name", STORE, "kind", "SecretStore"));
    spec.put("target", Map.of("name", name));
    spec.put("data", List.of(Map.of("secretKey", DATA_KEY, "remoteRef", remoteRef)));
    GenericKubernetesResource es =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("external-secrets.io/v1")
            .withKind("ExternalSecret")
            .withNewMetadata()
            .withName(name)
            .withNamespace(ns)
            .addToLabels(LABEL, LABEL_VALUE)
            .endMetadata()
            .addToAdditionalProperties("spec", spec)
            .build();
    client.genericKubernetesResources(EXTERNAL_SECRETS).resource(es).create();
  }

  /** Sets the force-sync annotation on all N ExternalSecrets; returns the failures. */
  int forceSyncAll(String stamp) throws InterruptedException {
    Map<String, Object> patch =
        Map.of("metadata", Map.of("annotations", Map.of(FORCE_SYNC, stamp)));
    return Parallel.run(
        options.n(),
        options.concurrency(),
        i -> {
          String key = esKey(i);
          MergePatch.externalSecret(
              client,
              key.substring(0, key.indexOf('/')),
              key.substring(key.indexOf('/') + 1),
              patch);
        });
  }

  /** The base64 value every target Secret should hold once remote round {@code round} arrived. */
  Map<String, String> expectedSecrets(Remote remote, int round) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < options.n(); i++) {
      String value = Remote.value(keyOf(i), round);
      expected.put(
          esKey(i), Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }
    return expected;
  }

  /** Waits until every SecretStore of the leg is Ready; returns how many are. */
  int awaitStoresReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int ready = 0;
    while (System.nanoTime() < deadline) {
      ready = 0;
      for (String ns : namespaces()) {
        GenericKubernetesResource store =
            client.genericKubernetesResources(SECRET_STORES).inNamespace(ns).withName(STORE).get();
        if (store != null && isReady(store)) {
          ready++;
        }
      }
      if (ready == options.k()) {
        return ready;
      }
      Thread.sleep(250);
    }
    return ready;
  }

  static boolean isReady(GenericKubernetesResource object) {
    Map<String, Object> status = map(object.getAdditionalProperties().get("status"));
    if (status == null) {
      return false;
    }
    for (Object c : list(status.get("conditions"))) {
      Map<String, Object> condition = map(c);
      if (condition != null
          && "Ready".equals(condition.get("type"))
          && "True".equals(condition.get("status"))) {
        return true;
      }
    }
    return false;
  }

  static String key(GenericKubernetesResource object) {
    return object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  private static ResourceDefinitionContext context(String kind) {
    return new ResourceDefinitionContext.Builder()
        .withGroup("external-secrets.io")
        .withVersion("v1")
        .withKind(kind)
        .withPlural(kind.toLowerCase(java.util.Locale.ROOT) + "s")
        .withNamespaced(true)
        .build();
  }
}
