package io.jeso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.common.Condition;
import io.jeso.e2e.harness.Kube;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Watches many ExternalSecrets of one namespace at once, by listing them (one request per second,
 * not one per object: the machine is shared).
 */
final class Waves {
  private Waves() {}

  /**
   * Waits until {@code count} ExternalSecrets are Ready (SecretSynced); returns their refreshTimes.
   */
  static Map<String, String> awaitAllSynced(KubernetesClient client, String namespace, int count) {
    await(
        client,
        namespace,
        Duration.ofSeconds(120),
        "all " + count + " ExternalSecrets to be Ready (SecretSynced)",
        items -> items.size() == count && items.stream().allMatch(Waves::synced));
    return refreshTimes(client, namespace);
  }

  private static Map<String, String> refreshTimes(KubernetesClient client, String namespace) {
    Map<String, String> times = new HashMap<>();
    for (GenericKubernetesResource es : Kube.list(client, "ExternalSecret", namespace)) {
      times.put(es.getMetadata().getName(), Kube.refreshTime(es));
    }
    return times;
  }

  /**
   * Waits until every ExternalSecret synced again after the refreshTimes in {@code since}; returns
   * the new refreshTimes.
   */
  static Map<String, String> awaitAllRefreshedSince(
      KubernetesClient client, String namespace, Map<String, String> since, Duration timeout) {
    Predicate<GenericKubernetesResource> refreshed =
        es -> synced(es) && !Kube.refreshTime(es).equals(since.get(es.getMetadata().getName()));
    try {
      await(
          client,
          namespace,
          timeout,
          "all " + since.size() + " ExternalSecrets to refresh again",
          items -> items.size() == since.size() && items.stream().allMatch(refreshed));
      return refreshTimes(client, namespace);
    } catch (AssertionError e) {
      List<GenericKubernetesResource> items = Kube.list(client, "ExternalSecret", namespace);
      List<String> behind =
          items.stream()
              .filter(refreshed.negate())
              .map(es -> es.getMetadata().getName() + " (" + Kube.refreshTime(es) + ")")
              .toList();
      throw new AssertionError(
          e.getMessage()
              + "; "
              + behind.size()
              + " of "
              + items.size()
              + " have not: "
              + behind.subList(0, Math.min(10, behind.size())),
          e);
    }
  }

  /** Every target Secret (named like its ExternalSecret) holds exactly {@code values}. */
  static void assertEverySecretHolds(
      KubernetesClient client, String namespace, Map<String, String> values, int count) {
    for (GenericKubernetesResource es : Kube.list(client, "ExternalSecret", namespace)) {
      String name = es.getMetadata().getName();
      assertThat(Kube.secretData(client, namespace, name).equals(values))
          .as("Secret %s holds the 5 expected values", name)
          .isTrue();
    }
  }

  private static boolean synced(GenericKubernetesResource es) {
    Condition c = Kube.condition(es);
    return c != null
        && "True".equals(c.getStatus())
        && "SecretSynced".equals(c.getReason())
        && !Kube.refreshTime(es).isEmpty();
  }

  private static void await(
      KubernetesClient client,
      String namespace,
      Duration timeout,
      String what,
      Predicate<List<GenericKubernetesResource>> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.test(Kube.list(client, "ExternalSecret", namespace))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
