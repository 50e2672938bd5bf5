package io.jeso.operator.it;

import static io.jeso.operator.it.ExternalSecretIT.PASSWORD_DATA;
import static io.jeso.operator.it.ExternalSecretIT.awaitReady;
import static io.jeso.operator.it.ExternalSecretIT.awaitSecret;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.v1.ClusterExternalSecret;
import io.jeso.api.v1.ClusterSecretStore;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.api.v1.SecretStore;
import io.jeso.testkit.Await;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Store validation, ClusterSecretStore namespace conditions and ClusterExternalSecret fan-out, end
 * to end.
 */
@KubeTest
class StoresAndClusterIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static RunningOperator jeso;

  @BeforeAll
  static void startJeso(TestEnv env, KubernetesClient client) {
    jeso = RunningOperator.start(env, client, RunningOperator.testSettings());
  }

  @AfterAll
  static void stopJeso() {
    if (jeso != null) {
      jeso.close();
    }
  }

  @Test
  void aValidStoreBecomesReadyWithItsCapabilities(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), ExternalSecretIT.fakeStore("fake", Map.of("k", "v")));

    awaitCondition(
        () -> client.resources(SecretStore.class).inNamespace(ns.name()).withName("fake").get(),
        s -> s.getStatus(),
        "True",
        "Valid");
    SecretStore store =
        client.resources(SecretStore.class).inNamespace(ns.name()).withName("fake").get();
    assertThat(store.getStatus().getCapabilities().value()).isEqualTo("ReadWrite");
  }

  @Test
  void aStoreWithAProviderJesoDoesNotHaveIsNotReadyAndBlocksItsExternalSecrets(
      KubernetesClient client, TestNamespace ns) {
    Manifests.apply(
        client,
        ns.name(),
        """
        apiVersion: external-secrets.io/v1
        kind: SecretStore
        metadata: {name: fake}
        spec:
          provider:
            doppler: {auth: {secretRef: {dopplerToken: {name: t, key: k}}}}
        """);
    awaitCondition(
        () -> client.resources(SecretStore.class).inNamespace(ns.name()).withName("fake").get(),
        s -> s.getStatus(),
        "False",
        "InvalidProviderConfig");
    Manifests.apply(client, ns.name(), ExternalSecretIT.externalSecret("app", PASSWORD_DATA));

    awaitReady(client, ns, "app", "False", "SecretSyncedError");
    assertThat(client.secrets().inNamespace(ns.name()).withName("app").get()).isNull();
  }

  @Test
  void clusterSecretStoreConditionsAdmitOnlyTheNamespacesTheyName(
      KubernetesClient client, TestNamespace ns) {
    String store = "css-" + ns.name();
    Manifests.apply(
        client,
        null,
        """
        apiVersion: external-secrets.io/v1
        kind: ClusterSecretStore
        metadata: {name: %s}
        spec:
          conditions:
          - namespaces: [somewhere-else]
          provider:
            fake:
              data:
              - {key: db, value: '{"password":"p1"}'}
        """
            .formatted(store));
    try {
      String spec = PASSWORD_DATA;
      Manifests.apply(
          client,
          ns.name(),
          ExternalSecretIT.externalSecret("app", spec)
              .replace(
                  "{name: fake, kind: SecretStore}",
                  "{name: " + store + ", kind: ClusterSecretStore}"));

      awaitReady(client, ns, "app", "False", "SecretSyncedError");
      assertThat(client.secrets().inNamespace(ns.name()).withName("app").get()).isNull();

      client
          .resources(ClusterSecretStore.class)
          .withName(store)
          .edit(
              css -> {
                css.getSpec()
                    .getConditions()
                    .getFirst()
                    .setNamespaces(java.util.List.of(ns.name()));
                return css;
              });
      touch(client, ns, "app");
      awaitSecret(client, ns, "app", "password", "p1");
    } finally {
      client.resources(ClusterSecretStore.class).withName(store).delete();
    }
  }

  @Test
  void clusterExternalSecretsFanOutToSelectedNamespacesAndCleanUp(
      KubernetesClient client, TestNamespace ns) {
    String label = "jeso-test-" + ns.name();
    String teamA = ns.name() + "-a";
    String teamB = ns.name() + "-b";
    String store = "css-" + ns.name();
    for (String team : new String[] {teamA, teamB}) {
      client
          .namespaces()
          .resource(
              new NamespaceBuilder()
                  .withNewMetadata()
                  .withName(team)
                  .addToLabels(label, "yes")
                  .endMetadata()
                  .build())
          .create();
    }
    try {
      Manifests.apply(
          client,
          null,
          """
          apiVersion: external-secrets.io/v1
          kind: ClusterSecretStore
          metadata: {name: %s}
          spec:
            provider:
              fake:
                data:
                - {key: db, value: '{"password":"p1"}'}
          """
              .formatted(store));
      Manifests.apply(
          client,
          null,
          """
          apiVersion: external-secrets.io/v1
          kind: ClusterExternalSecret
          metadata: {name: %s}
          spec:
            externalSecretName: shared-db
            refreshTime: 1s
            namespaceSelectors:
            - matchLabels: {%s: "yes"}
            externalSecretSpec:
              secretStoreRef: {name: %s, kind: ClusterSecretStore}
              data:
              - secretKey: password
                remoteRef: {key: db, property: password}
          """
              .formatted(store, label, store));

      for (String team : new String[] {teamA, teamB}) {
        awaitSecret(client, new TestNamespace(team), "shared-db", "password", "p1");
      }
      Await.until(
          "the ClusterExternalSecret to list both namespaces",
          WAIT,
          () -> {
            var ces = client.resources(ClusterExternalSecret.class).withName(store).get();
            return ces.getStatus() != null
                && ces.getStatus().getProvisionedNamespaces() != null
                && ces.getStatus()
                    .getProvisionedNamespaces()
                    .containsAll(java.util.List.of(teamA, teamB));
          });

      client
          .namespaces()
          .withName(teamB)
          .edit(
              n -> {
                n.getMetadata().getLabels().remove(label);
                return n;
              });
      Await.until(
          "the child in the unselected namespace to be removed",
          WAIT,
          () ->
              client.resources(ExternalSecret.class).inNamespace(teamB).withName("shared-db").get()
                  == null);
      assertThat(client.namespaces().withName(teamB).get().getMetadata().getFinalizers())
          .isNullOrEmpty();

      client.resources(ClusterExternalSecret.class).withName(store).delete();
      Await.until(
          "the garbage collector to remove the remaining child",
          Duration.ofSeconds(60),
          () ->
              client.resources(ExternalSecret.class).inNamespace(teamA).withName("shared-db").get()
                  == null);
    } finally {
      client.resources(ClusterExternalSecret.class).withName(store).delete();
      client.resources(ClusterSecretStore.class).withName(store).delete();
      client.namespaces().withName(teamA).delete();
      client.namespaces().withName(teamB).delete();
    }
  }

  private static void touch(KubernetesClient client, TestNamespace ns, String name) {
    client
        .resources(ExternalSecret.class)
        .inNamespace(ns.name())
        .withName(name)
        .edit(
            es -> {
              es.getMetadata()
                  .getAnnotations()
                  .put("force-sync", String.valueOf(System.nanoTime()));
              return es;
            });
  }

  private static <T> void awaitCondition(
      Supplier<T> read,
      java.util.function.Function<T, io.jeso.api.store.SecretStoreStatus> status,
      String want,
      String reason) {
    Await.until(
        "store Ready=" + want + " (" + reason + ")",
        WAIT,
        () -> {
          T object = read.get();
          var s = object == null ? null : status.apply(object);
          return s != null
              && s.getConditions() != null
              && s.getConditions().stream()
                  .anyMatch(
                      c ->
                          c.getType().equals("Ready")
                              && c.getStatus().equals(want)
                              && reason.equals(c.getReason()));
        });
  }
}
