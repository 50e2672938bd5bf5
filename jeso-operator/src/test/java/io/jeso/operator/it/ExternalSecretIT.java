package io.jeso.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.testkit.Await;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ExternalSecret behaviour end to end: jeso in this JVM, the real apiserver and controller manager,
 * the fake provider.
 */
@KubeTest
class ExternalSecretIT {
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

  static String fakeStore(String name, Map<String, String> data) {
    StringBuilder yaml =
        new StringBuilder(
            """
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata: {name: %s}
            spec:
              provider:
                fake:
                  data:
            """
                .formatted(name));
    data.forEach(
        (k, v) ->
            yaml.append("        - key: ")
                .append(k)
                .append("\n          value: '")
                .append(v)
                .append("'\n"));
    return yaml.toString();
  }

  static String externalSecret(String name, String extraSpec) {
    return """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: %s}
        spec:
          refreshInterval: 1h
          secretStoreRef: {name: fake, kind: SecretStore}
        %s
        """
        .formatted(name, extraSpec.indent(2));
  }

  static final String PASSWORD_DATA =
      """
      data:
      - secretKey: password
        remoteRef: {key: db, property: password}
      """;

  @Test
  void createsTheTargetSecretAndReportsReady(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(client, ns.name(), externalSecret("app", PASSWORD_DATA));

    Secret secret = awaitSecret(client, ns, "app", "password", "p1");
    assertThat(secret.getMetadata().getLabels())
        .containsEntry("reconcile.external-secrets.io/managed", "true");
    assertThat(secret.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.getKind()).isEqualTo("ExternalSecret");
              assertThat(ref.getController()).isTrue();
            });
    assertThat(secret.getMetadata().getAnnotations())
        .containsKey("reconcile.external-secrets.io/data-hash");
    awaitReady(client, ns, "app", "True", "SecretSynced");
    assertThat(events(client, ns)).anyMatch(e -> e.getReason().equals("Created"));
  }

  @Test
  void aForceSyncAnnotationFetchesChangedValues(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(client, ns.name(), externalSecret("app", PASSWORD_DATA));
    awaitSecret(client, ns, "app", "password", "p1");

    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p2\"}")));
    awaitStoreGeneration(client, ns);
    client
        .resources(ExternalSecret.class)
        .inNamespace(ns.name())
        .withName("app")
        .edit(
            es -> {
              es.getMetadata().getAnnotations().put("force-sync", "1");
              return es;
            });

    awaitSecret(client, ns, "app", "password", "p2");
  }

  @Test
  void refreshesPeriodically(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(
        client,
        ns.name(),
        externalSecret("app", PASSWORD_DATA).replace("refreshInterval: 1h", "refreshInterval: 2s"));
    awaitSecret(client, ns, "app", "password", "p1");

    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p2\"}")));

    awaitSecret(client, ns, "app", "password", "p2");
  }

  @Test
  void writesNothingWhenNothingChanged(KubernetesClient client, TestNamespace ns) throws Exception {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(
        client,
        ns.name(),
        externalSecret("app", PASSWORD_DATA).replace("refreshInterval: 1h", "refreshInterval: 1s"));
    String before =
        awaitSecret(client, ns, "app", "password", "p1").getMetadata().getResourceVersion();
    String firstRefresh = refreshTime(client, ns, "app");

    Await.until(
        "two more refreshes", WAIT, () -> !refreshTime(client, ns, "app").equals(firstRefresh));
    Thread.sleep(1_500);

    assertThat(
            client
                .secrets()
                .inNamespace(ns.name())
                .withName("app")
                .get()
                .getMetadata()
                .getResourceVersion())
        .as("the Secret's resourceVersion after refreshes with unchanged data")
        .isEqualTo(before);
  }

  @Test
  void exposesEsoMetricsAndHealthEndpoints(KubernetesClient client, TestNamespace ns)
      throws Exception {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(client, ns.name(), externalSecret("app", PASSWORD_DATA));
    awaitReady(client, ns, "app", "True", "SecretSynced");
    var http = java.net.http.HttpClient.newHttpClient();
    var endpoints = jeso.operator().http();

    String metrics = get(http, "http://127.0.0.1:" + endpoints.metricsPort() + "/metrics");
    assertThat(metrics)
        .contains("externalsecret_sync_calls_total{name=\"app\",namespace=\"" + ns + "\"}")
        .contains(
            "externalsecret_status_condition{name=\"app\",namespace=\""
                + ns
                + "\",condition=\"Ready\",status=\"True\"} 1")
        .contains("secretstore_status_condition{name=\"fake\",namespace=\"" + ns + "\"");
    assertThat(get(http, "http://127.0.0.1:" + endpoints.livePort() + "/healthz"))
        .isEqualTo("ok\n");
    assertThat(get(http, "http://127.0.0.1:" + endpoints.livePort() + "/readyz")).isEqualTo("ok\n");
  }

  private static String get(java.net.http.HttpClient http, String url) throws Exception {
    var response =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }

  private static String refreshTime(KubernetesClient client, TestNamespace ns, String name) {
    var es = client.resources(ExternalSecret.class).inNamespace(ns.name()).withName(name).get();
    return es.getStatus() == null || es.getStatus().getRefreshTime() == null
        ? ""
        : es.getStatus().getRefreshTime();
  }

  @Test
  void repairsADeletedOrEditedTargetSecret(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(client, ns.name(), externalSecret("app", PASSWORD_DATA));
    awaitSecret(client, ns, "app", "password", "p1");

    client.secrets().inNamespace(ns.name()).withName("app").delete();
    Await.until(
        "the deleted Secret to come back",
        WAIT,
        () -> {
          Secret s = client.secrets().inNamespace(ns.name()).withName("app").get();
          return s != null
              && s.getMetadata().getDeletionTimestamp() == null
              && "p1".equals(value(s, "password"));
        });

    client
        .secrets()
        .inNamespace(ns.name())
        .withName("app")
        .edit(
            s -> {
              s.getData().put("password", b64("tampered"));
              return s;
            });
    awaitSecret(client, ns, "app", "password", "p1");
  }

  @Test
  void renamingTheTargetDeletesTheSecretCreatedUnderTheOldName(
      KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(
        client, ns.name(), externalSecret("app", "target: {name: before}\n" + PASSWORD_DATA));
    awaitSecret(client, ns, "before", "password", "p1");

    Manifests.apply(
        client, ns.name(), externalSecret("app", "target: {name: after}\n" + PASSWORD_DATA));

    awaitSecret(client, ns, "after", "password", "p1");
    Await.until(
        "the Secret under the old name to be deleted as an orphan",
        WAIT,
        () -> client.secrets().inNamespace(ns.name()).withName("before").get() == null);
    Await.until(
        "an event about the orphan",
        WAIT,
        () ->
            events(client, ns).stream()
                .anyMatch(e -> e.getMessage().equals("secret deleted because it was orphaned")));
  }

  @Test
  void ownerSecretsAreGarbageCollectedAndOrphansSurvive(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(client, ns.name(), externalSecret("owned", PASSWORD_DATA));
    Manifests.apply(
        client,
        ns.name(),
        externalSecret("orphan", PASSWORD_DATA + "target: {creationPolicy: Orphan}\n"));
    awaitSecret(client, ns, "owned", "password", "p1");
    awaitSecret(client, ns, "orphan", "password", "p1");
    assertThat(
            client
                .secrets()
                .inNamespace(ns.name())
                .withName("orphan")
                .get()
                .getMetadata()
                .getOwnerReferences())
        .isNullOrEmpty();

    client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("owned").delete();
    client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("orphan").delete();

    Await.until(
        "the garbage collector to delete the owned Secret",
        Duration.ofSeconds(60),
        () -> client.secrets().inNamespace(ns.name()).withName("owned").get() == null);
    Await.until(
        "both ExternalSecrets to be gone",
        WAIT,
        () ->
            client
                .resources(ExternalSecret.class)
                .inNamespace(ns.name())
                .list()
                .getItems()
                .isEmpty());
    assertThat(value(client.secrets().inNamespace(ns.name()).withName("orphan").get(), "password"))
        .isEqualTo("p1");
  }

  @Test
  void mergesIntoAForeignSecretAndRemovesOnlyItsOwnKeys(KubernetesClient client, TestNamespace ns) {
    client
        .secrets()
        .inNamespace(ns.name())
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("shared")
                .endMetadata()
                .withStringData(Map.of("foreign", "kept"))
                .build())
        .create();
    Manifests.apply(
        client,
        ns.name(),
        fakeStore("fake", Map.of("db", "{\"password\":\"p1\",\"user\":\"u1\"}")));
    String twoKeys =
        """
        target: {name: shared, creationPolicy: Merge}
        data:
        - secretKey: password
          remoteRef: {key: db, property: password}
        - secretKey: user
          remoteRef: {key: db, property: user}
        """;
    Manifests.apply(client, ns.name(), externalSecret("merger", twoKeys));
    awaitSecret(client, ns, "shared", "user", "u1");
    assertThat(value(client.secrets().inNamespace(ns.name()).withName("shared").get(), "foreign"))
        .isEqualTo("kept");
    assertThat(
            client
                .secrets()
                .inNamespace(ns.name())
                .withName("shared")
                .get()
                .getMetadata()
                .getOwnerReferences())
        .isNullOrEmpty();

    Manifests.apply(
        client,
        ns.name(),
        externalSecret(
            "merger", "target: {name: shared, creationPolicy: Merge}\n" + PASSWORD_DATA));

    Await.until(
        "the dropped key to disappear while the foreign key stays",
        WAIT,
        () -> {
          Secret s = client.secrets().inNamespace(ns.name()).withName("shared").get();
          return !s.getData().containsKey("user")
              && "kept".equals(value(s, "foreign"))
              && "p1".equals(value(s, "password"));
        });
  }

  @Test
  void mergeIntoAMissingSecretWaitsWithoutCreatingIt(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(
        client,
        ns.name(),
        externalSecret(
            "merger", "target: {name: absent, creationPolicy: Merge}\n" + PASSWORD_DATA));

    awaitReady(client, ns, "merger", "True", "SecretMissing");
    assertThat(client.secrets().inNamespace(ns.name()).withName("absent").get()).isNull();
  }

  @Test
  void deletionPolicyDeleteRemovesTheSecretWhenTheRemoteKeyIsGone(
      KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(
        client,
        ns.name(),
        externalSecret("app", PASSWORD_DATA + "target: {deletionPolicy: Delete}\n")
            .replace("refreshInterval: 1h", "refreshInterval: 2s"));
    awaitSecret(client, ns, "app", "password", "p1");

    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("other", "x")));

    Await.until(
        "the Secret to be deleted",
        WAIT,
        () -> client.secrets().inNamespace(ns.name()).withName("app").get() == null);
    awaitReady(client, ns, "app", "True", "SecretDeleted");
  }

  @Test
  void retainKeepsTheSecretWhenTheRemoteKeyIsGone(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(
        client,
        ns.name(),
        externalSecret("app", PASSWORD_DATA).replace("refreshInterval: 1h", "refreshInterval: 2s"));
    awaitSecret(client, ns, "app", "password", "p1");

    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("other", "x")));

    awaitReady(client, ns, "app", "False", "SecretSyncedError");
    assertThat(value(client.secrets().inNamespace(ns.name()).withName("app").get(), "password"))
        .isEqualTo("p1");
  }

  @Test
  void refusesATargetOwnedByAnotherExternalSecret(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    Manifests.apply(
        client, ns.name(), externalSecret("first", "target: {name: shared}\n" + PASSWORD_DATA));
    awaitSecret(client, ns, "shared", "password", "p1");

    Manifests.apply(
        client, ns.name(), externalSecret("second", "target: {name: shared}\n" + PASSWORD_DATA));

    awaitReady(client, ns, "second", "False", "SecretSyncedError");
    assertThat(readyMessage(client, ns, "second"))
        .contains("target is owned by another ExternalSecret");
  }

  @Test
  void rejectsAnInvalidSpecBeforeFetchingWithAPreciseMessage(
      KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
    String duplicate =
        PASSWORD_DATA + "- secretKey: password\n  remoteRef: {key: db, property: password}\n";
    Manifests.apply(client, ns.name(), externalSecret("dup", duplicate));

    awaitReady(client, ns, "dup", "False", "InvalidSpec");
    assertThat(readyMessage(client, ns, "dup")).contains("password");
    assertThat(client.secrets().inNamespace(ns.name()).withName("dup").get()).isNull();
  }

  @Test
  void aStoreInAnotherNamespaceIsNeverUsed(KubernetesClient client, TestNamespace ns) {
    // The store lives elsewhere; a SecretStore reference always resolves in the ExternalSecret's
    // own namespace.
    String other = ns.name() + "-other";
    client
        .namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName(other)
                .endMetadata()
                .build())
        .create();
    try {
      Manifests.apply(client, other, fakeStore("fake", Map.of("db", "{\"password\":\"p1\"}")));
      Manifests.apply(client, ns.name(), externalSecret("app", PASSWORD_DATA));

      awaitReady(client, ns, "app", "False", "SecretSyncedError");
      assertThat(readyMessage(client, ns, "app"))
          .isEqualTo("could not get secret data from provider");
      assertThat(events(client, ns))
          .anyMatch(e -> e.getMessage().contains("SecretStore \"fake\" not found"));
    } finally {
      client.namespaces().withName(other).delete();
    }
  }

  @Test
  void secretValuesNeverAppearInLogsEventsOrStatus(KubernetesClient client, TestNamespace ns) {
    String canary = "CANARY-" + UUID.randomUUID();
    Manifests.apply(
        client,
        ns.name(),
        fakeStore("fake", Map.of("db", "{\"password\":\"" + canary + "\"}", "plain", canary)));
    Manifests.apply(client, ns.name(), externalSecret("app", PASSWORD_DATA));
    String broken =
        """
        data:
        - secretKey: a
          remoteRef: {key: plain, property: missing}
        - secretKey: b
          remoteRef: {key: db, property: password.deeper}
        """;
    Manifests.apply(client, ns.name(), externalSecret("broken", broken));
    awaitSecret(client, ns, "app", "password", canary);
    awaitReady(client, ns, "broken", "False", "SecretSyncedError");

    assertThat(jeso.logLines()).noneMatch(line -> line.contains(canary));
    assertThat(events(client, ns)).noneMatch(e -> e.getMessage().contains(canary));
    for (ExternalSecret es :
        client.resources(ExternalSecret.class).inNamespace(ns.name()).list().getItems()) {
      assertThat(client.getKubernetesSerialization().asJson(es.getStatus())).doesNotContain(canary);
    }
    assertThat(jeso.operator().metrics().scrape()).doesNotContain(canary);
  }

  static Secret awaitSecret(
      KubernetesClient client, TestNamespace ns, String name, String key, String expected) {
    Await.until(
        "Secret " + name + " to hold the expected " + key,
        WAIT,
        () -> {
          Secret s = client.secrets().inNamespace(ns.name()).withName(name).get();
          return s != null && expected.equals(value(s, key));
        });
    return client.secrets().inNamespace(ns.name()).withName(name).get();
  }

  static void awaitReady(
      KubernetesClient client, TestNamespace ns, String name, String status, String reason) {
    Await.until(
        "ExternalSecret " + name + " to be Ready=" + status + " (" + reason + ")",
        WAIT,
        () -> {
          ExternalSecret es =
              client.resources(ExternalSecret.class).inNamespace(ns.name()).withName(name).get();
          return es != null
              && es.getStatus() != null
              && es.getStatus().getConditions() != null
              && es.getStatus().getConditions().stream()
                  .anyMatch(
                      c ->
                          c.getType().equals("Ready")
                              && c.getStatus().equals(status)
                              && reason.equals(c.getReason()));
        });
  }

  static String readyMessage(KubernetesClient client, TestNamespace ns, String name) {
    return client
        .resources(ExternalSecret.class)
        .inNamespace(ns.name())
        .withName(name)
        .get()
        .getStatus()
        .getConditions()
        .stream()
        .filter(c -> c.getType().equals("Ready"))
        .findFirst()
        .orElseThrow()
        .getMessage();
  }

  static void awaitStoreGeneration(KubernetesClient client, TestNamespace ns) {
    // Let the store's new spec reach jeso's cache before forcing the sync that should read it.
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static List<Event> events(KubernetesClient client, TestNamespace ns) {
    return client.v1().events().inNamespace(ns.name()).list().getItems();
  }

  static String value(Secret secret, String key) {
    if (secret == null || secret.getData() == null || secret.getData().get(key) == null) {
      return null;
    }
    return new String(
        Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
