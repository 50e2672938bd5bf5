package io.jeso.operator.it;

import static io.jeso.operator.it.ExternalSecretIT.awaitReady;
import static io.jeso.operator.it.ExternalSecretIT.awaitSecret;
import static io.jeso.operator.it.ExternalSecretIT.events;
import static io.jeso.operator.it.ExternalSecretIT.externalSecret;
import static io.jeso.operator.it.ExternalSecretIT.fakeStore;
import static io.jeso.operator.it.ExternalSecretIT.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * spec.target.template, templateFrom and rewrite.transform end to end: jeso in this JVM with the
 * real template engine, the real apiserver, the fake provider.
 */
@KubeTest
class TemplateIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String DB = "{\"user\":\"app\",\"pass\":\"p@ss\",\"host\":\"db.internal\"}";
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

  /** user, pass and host from the fake store's {@code db} JSON. */
  private static final String DB_DATA =
      """
      data:
      - {secretKey: user, remoteRef: {key: db, property: user}}
      - {secretKey: pass, remoteRef: {key: db, property: pass}}
      - {secretKey: host, remoteRef: {key: db, property: host}}
      """;

  private static void store(KubernetesClient client, TestNamespace ns) {
    Manifests.apply(client, ns.name(), fakeStore("fake", Map.of("db", DB)));
  }

  @Test
  void dockerConfigJsonTypeDataAndMetadataAreRendered(KubernetesClient client, TestNamespace ns) {
    store(client, ns);
    String target =
        """
        target:
          template:
            type: kubernetes.io/dockerconfigjson
            engineVersion: v2
            metadata:
              labels: {team: "{{ .user }}"}
              annotations: {registry: "registry.example.com", owner: "{{ .user | upper }}"}
            data:
              .dockerconfigjson: '{"auths":{"registry.example.com":{"auth":"{{ printf "%s:%s" .user .pass | b64enc }}"}}}'
        """;
    Manifests.apply(client, ns.name(), externalSecret("pull", target + DB_DATA));

    String auth = Base64.getEncoder().encodeToString("app:p@ss".getBytes(StandardCharsets.UTF_8));
    Secret s =
        awaitSecret(
            client,
            ns,
            "pull",
            ".dockerconfigjson",
            "{\"auths\":{\"registry.example.com\":{\"auth\":\"" + auth + "\"}}}");
    assertThat(s.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
    assertThat(s.getData()).containsOnlyKeys(".dockerconfigjson");
    assertThat(s.getMetadata().getLabels())
        .containsEntry("team", "app")
        .containsEntry("reconcile.external-secrets.io/managed", "true");
    assertThat(s.getMetadata().getAnnotations())
        .containsEntry("registry", "registry.example.com")
        .containsEntry("owner", "APP");
    awaitReady(client, ns, "pull", "True", "SecretSynced");
  }

  @Test
  void templateFinalizersAreAddedToTheSecret(KubernetesClient client, TestNamespace ns) {
    store(client, ns);
    String target =
        """
        target:
          template:
            metadata:
              finalizers: [example.com/keep]
            data: {dsn: "{{ .user }}@{{ .host }}"}
        """;
    Manifests.apply(client, ns.name(), externalSecret("app", target + DB_DATA));

    try {
      Secret s = awaitSecret(client, ns, "app", "dsn", "app@db.internal");
      assertThat(s.getMetadata().getFinalizers()).contains("example.com/keep");

      // Let the namespace go: stop jeso's writes (the ExternalSecret), then release the Secret.
      client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("app").delete();
      Await.until(
          "the ExternalSecret to be gone",
          WAIT,
          () ->
              client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("app").get()
                  == null);
    } finally {
      // Also when the test failed: a left-over finalizer would keep the namespace Terminating and
      // the namespace controller sweeping it for the rest of the control plane's life.
      var secret = client.secrets().inNamespace(ns.name()).withName("app");
      if (secret.get() != null) {
        secret.edit(
            s -> {
              s.getMetadata().getFinalizers().remove("example.com/keep");
              return s;
            });
      }
    }
  }

  @Test
  void templateFromAConfigMapInBothScopes(KubernetesClient client, TestNamespace ns) {
    store(client, ns);
    client
        .configMaps()
        .inNamespace(ns.name())
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("tpl")
                .endMetadata()
                .withData(
                    Map.of(
                        "dsn", "postgres://{{ .user }}:{{ .pass | urlquery }}@{{ .host }}/app",
                        "env",
                            "DB_USER: {{ .user | quote }}\n{{ .host | upper }}_HOST: yes-quoted"))
                .build())
        .create();
    String target =
        """
        target:
          template:
            templateFrom:
            - configMap:
                name: tpl
                items:
                - {key: dsn}
                - {key: env, templateAs: KeysAndValues}
        """;
    Manifests.apply(client, ns.name(), externalSecret("app", target + DB_DATA));

    Secret s = awaitSecret(client, ns, "app", "dsn", "postgres://app:p%40ss@db.internal/app");
    assertThat(value(s, "DB_USER")).isEqualTo("app");
    assertThat(value(s, "DB.INTERNAL_HOST")).isEqualTo("yes-quoted");
    assertThat(s.getData()).containsOnlyKeys("dsn", "DB_USER", "DB.INTERNAL_HOST");
  }

  @Test
  void templateFromASecretAndALiteralRangingOverFromJson(
      KubernetesClient client, TestNamespace ns) {
    Manifests.apply(
        client,
        ns.name(),
        fakeStore("fake", Map.of("db", DB, "config", "{\"max_conns\":10,\"region\":\"eu\"}")));
    client
        .secrets()
        .inNamespace(ns.name())
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("tpl-secret")
                .endMetadata()
                .withStringData(Map.of("login", "{{ .user }}/{{ .pass }}"))
                .build())
        .create();
    String spec =
        """
        target:
          template:
            templateFrom:
            - secret: {name: tpl-secret, items: [{key: login}]}
            - literal: |
                {{- range $k, $v := .config | fromJson }}
                CFG_{{ $k | upper }}: {{ $v | toString | quote }}
                {{- end }}
        data:
        - {secretKey: user, remoteRef: {key: db, property: user}}
        - {secretKey: pass, remoteRef: {key: db, property: pass}}
        - {secretKey: config, remoteRef: {key: config}}
        """;
    Manifests.apply(client, ns.name(), externalSecret("app", spec));

    Secret s = awaitSecret(client, ns, "app", "login", "app/p@ss");
    assertThat(value(s, "CFG_MAX_CONNS")).isEqualTo("10");
    assertThat(value(s, "CFG_REGION")).isEqualTo("eu");
    assertThat(s.getData()).containsOnlyKeys("login", "CFG_MAX_CONNS", "CFG_REGION");
  }

  @Test
  void templateFromTargetsAnnotationsAndLabels(KubernetesClient client, TestNamespace ns) {
    store(client, ns);
    String target =
        """
        target:
          template:
            data: {dsn: "{{ .host }}"}
            templateFrom:
            - target: Annotations
              literal: 'db-user: "{{ .user }}"'
            - target: Labels
              literal: 'db-host: "{{ .host }}"'
        """;
    Manifests.apply(client, ns.name(), externalSecret("app", target + DB_DATA));

    Secret s = awaitSecret(client, ns, "app", "dsn", "db.internal");
    assertThat(s.getMetadata().getAnnotations()).containsEntry("db-user", "app");
    assertThat(s.getMetadata().getLabels()).containsEntry("db-host", "db.internal");
    assertThat(s.getData()).containsOnlyKeys("dsn");
  }

  @Test
  void mergePolicyMergeKeepsFetchedKeysAndReplaceDoesNot(
      KubernetesClient client, TestNamespace ns) {
    store(client, ns);
    String merge =
        """
        target:
          template:
            mergePolicy: Merge
            data: {user: "{{ .user | upper }}", dsn: "{{ .user }}@{{ .host }}"}
        """;
    Manifests.apply(client, ns.name(), externalSecret("merged", merge + DB_DATA));
    Manifests.apply(
        client,
        ns.name(),
        externalSecret(
            "replaced", merge.replace("mergePolicy: Merge", "mergePolicy: Replace") + DB_DATA));

    Secret merged = awaitSecret(client, ns, "merged", "dsn", "app@db.internal");
    Secret replaced = awaitSecret(client, ns, "replaced", "dsn", "app@db.internal");
    assertThat(merged.getData()).containsOnlyKeys("user", "pass", "host", "dsn");
    assertThat(value(merged, "user")).isEqualTo("APP");
    assertThat(value(merged, "pass")).isEqualTo("p@ss");
    assertThat(replaced.getData()).containsOnlyKeys("user", "dsn");
  }

  @Test
  void aChangedTemplateRewritesTheSecretAndDropsOldKeys(KubernetesClient client, TestNamespace ns) {
    store(client, ns);
    String first = "target:\n  template:\n    data: {old: \"{{ .user }}\"}\n";
    Manifests.apply(client, ns.name(), externalSecret("app", first + DB_DATA));
    awaitSecret(client, ns, "app", "old", "app");

    Manifests.apply(
        client, ns.name(), externalSecret("app", first.replace("old:", "new:") + DB_DATA));

    Await.until(
        "the renamed key to replace the old one",
        WAIT,
        () -> {
          Secret s = client.secrets().inNamespace(ns.name()).withName("app").get();
          return s != null && "app".equals(value(s, "new")) && !s.getData().containsKey("old");
        });
  }

  @Test
  void rewriteTransformRenamesKeys(KubernetesClient client, TestNamespace ns) {
    store(client, ns);
    String spec =
        """
        dataFrom:
        - extract: {key: db}
          rewrite:
          - transform: {template: "DB_{{ .value | upper }}"}
        """;
    Manifests.apply(client, ns.name(), externalSecret("app", spec));

    Secret s = awaitSecret(client, ns, "app", "DB_USER", "app");
    assertThat(s.getData()).containsOnlyKeys("DB_USER", "DB_PASS", "DB_HOST");
  }

  @Test
  void hostileTemplatesFailClearlyWithoutWriting(KubernetesClient client, TestNamespace ns) {
    store(client, ns);
    String loop =
        "target:\n  template:\n    data:\n      k: '{{ range $i := until 100000 }}{{ range $j :="
            + " until 100000 }}x{{ end }}{{ end }}'\n";
    String huge =
        "target:\n  template:\n    data:\n      k: '{{ range $i := until 1000 }}{{ repeat 10000"
            + " \"x\" }}{{ end }}'\n";
    Manifests.apply(client, ns.name(), externalSecret("loop", loop + DB_DATA));
    Manifests.apply(client, ns.name(), externalSecret("huge", huge + DB_DATA));

    awaitReady(client, ns, "loop", "False", "SecretSyncedError");
    awaitReady(client, ns, "huge", "False", "SecretSyncedError");
    Await.until(
        "both failures to be explained in events",
        WAIT,
        () ->
            events(client, ns).stream()
                    .anyMatch(
                        e ->
                            e.getMessage()
                                .contains(
                                    "spec.target.template.data.k: template: k: execution exceeded"))
                && events(client, ns).stream()
                    .anyMatch(e -> e.getMessage().contains("output exceeded 1048576 bytes")));
    assertThat(client.secrets().inNamespace(ns.name()).withName("loop").get()).isNull();
    assertThat(client.secrets().inNamespace(ns.name()).withName("huge").get()).isNull();
    assertThat(ExternalSecretIT.readyMessage(client, ns, "loop"))
        .isEqualTo("could not update secret");
  }

  @Test
  void aFailingTemplateNeverShowsValues(KubernetesClient client, TestNamespace ns) {
    String canary = "CANARY-" + UUID.randomUUID();
    Manifests.apply(
        client,
        ns.name(),
        fakeStore("fake", Map.of("db", "{\"pass\":\"" + canary + "\",\"user\":\"u\"}")));
    String spec =
        """
        target:
          template:
            data:
              a: '{{ fail (printf "rejected %s" .pass) }}'
        data:
        - {secretKey: pass, remoteRef: {key: db, property: pass}}
        """;
    Manifests.apply(client, ns.name(), externalSecret("leaky", spec));
    Manifests.apply(
        client,
        ns.name(),
        externalSecret(
            "leaky-literal",
            spec.replace(
                "    data:\n      a: '{{ fail (printf \"rejected %s\" .pass) }}'",
                "    templateFrom:\n    - literal: 'a: {{ .pass | atoi }}{{ .missing }}'")));

    awaitReady(client, ns, "leaky", "False", "SecretSyncedError");
    awaitReady(client, ns, "leaky-literal", "False", "SecretSyncedError");
    Await.until(
        "the failure's event",
        WAIT,
        () ->
            events(client, ns).stream()
                .anyMatch(e -> e.getMessage().contains("error calling fail: rejected [redacted]")));

    assertThat(jeso.logLines()).noneMatch(line -> line.contains(canary));
    assertThat(events(client, ns)).noneMatch(e -> e.getMessage().contains(canary));
    for (ExternalSecret es :
        client.resources(ExternalSecret.class).inNamespace(ns.name()).list().getItems()) {
      assertThat(client.getKubernetesSerialization().asJson(es.getStatus())).doesNotContain(canary);
    }
    assertThat(jeso.operator().metrics().scrape()).doesNotContain(canary);
  }
}
