package io.jeso.operator.it;

import static io.jeso.operator.it.VaultDynamicSecretIT.WAIT;
import static io.jeso.operator.it.VaultDynamicSecretIT.awaitSecret;
import static io.jeso.operator.it.VaultDynamicSecretIT.events;
import static io.jeso.operator.it.VaultDynamicSecretIT.forceSync;
import static io.jeso.operator.it.VaultDynamicSecretIT.status;
import static io.jeso.operator.it.VaultDynamicSecretIT.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.api.v1.SecretStore;
import io.jeso.testkit.Await;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 (Judge): Vault Kubernetes auth role {@code judge-api} bound to the ServiceAccount {@code
 * judge-api} of the namespace, the database engine issuing PostgreSQL users for role {@code
 * judge-api}. The seed's manifests read {@code database/creds/judge-api} through a KV v2 store,
 * which cannot work: jeso says precisely why and issues nothing. The manifest documented in
 * docs/providers/vault.md (a VaultDynamicSecret generator and a template building {@code
 * connectionString}) works, and a rotation leaves the old user unable to log in.
 */
@KubeTest(peers = "vault")
class Seed003JudgeIT {
  private static final String CONTROLLER = "judge-" + UUID.randomUUID().toString().substring(0, 6);
  private static final String TARGET = "judge-judge-api-database";
  private static RunningOperator jeso;

  @BeforeAll
  static void startJeso(TestEnv env, KubernetesClient client) {
    jeso = VaultDynamicSecretIT.startJeso(env, client, CONTROLLER);
  }

  @AfterAll
  static void stopJeso() {
    if (jeso != null) {
      jeso.close();
    }
  }

  @Test
  void theSeedAsWrittenReadsAKvPathAndFailsWithAPreciseCondition(
      TestEnv env, KubernetesClient client, TestNamespace ns) throws Exception {
    try (DynamicDb db = judge(env, client, ns)) {
      applySeed(env, client, ns, db, false);
      Await.until(
          "the failure event", WAIT, () -> failure(client, ns, "permission denied") != null);
      assertThat(failure(client, ns, "permission denied"))
          .isEqualTo(
              "error processing spec.data[0] (key: database/creds/judge-api), err: permission"
                  + " denied reading kubernetes/data/database/creds/judge-api (HTTP 403): the"
                  + " Vault token's policies do not allow it");
      assertThat(ready(client, ns)).isEqualTo("SecretSyncedError");
      assertThat(client.secrets().inNamespace(ns.name()).withName(TARGET).get()).isNull();
      assertThat(db.pg.usersOf(db.role)).isZero();
    }
  }

  @Test
  void aKvV1StoreOnTheDatabaseMountIsRefusedRatherThanIssuingAUserPerRefresh(
      TestEnv env, KubernetesClient client, TestNamespace ns) throws Exception {
    try (DynamicDb db = judge(env, client, ns)) {
      applySeed(env, client, ns, db, true);
      Await.until(
          "the store to be refused",
          WAIT,
          () -> {
            var s =
                client.resources(SecretStore.class).inNamespace(ns.name()).withName("vault").get();
            return s.getStatus() != null
                && s.getStatus().getConditions() != null
                && s.getStatus().getConditions().stream()
                    .anyMatch(
                        c ->
                            c.getStatus().equals("False")
                                && c.getMessage()
                                    .equals(
                                        "unable to validate store: vault mount path \"database\""
                                            + " is not a kv secret engine, got \"database\""));
          });
      assertThat(client.secrets().inNamespace(ns.name()).withName(TARGET).get()).isNull();
      assertThat(db.pg.usersOf(db.role)).isZero();
    }
  }

  @Test
  void theGeneratorManifestGivesAWorkingConnectionStringAndARotationRetiresTheOldUser(
      TestEnv env, KubernetesClient client, TestNamespace ns) throws Exception {
    try (DynamicDb db = judge(env, client, ns)) {
      String pg =
          env.get("JESO_PG_HOST") + ":" + env.get("JESO_PG_PORT") + "/" + env.get("JESO_PG_DB");
      Manifests.apply(
          client,
          ns.name(),
          GENERATOR
              .replace("https://vault.example.com:8200", db.bao.addr())
              .replace("spec:\n", "spec:\n  controller: " + CONTROLLER + "\n"));
      Manifests.apply(
          client,
          ns.name(),
          EXTERNAL_SECRET.replace(
              "judge-db.example.com:5432/judge?sslmode=require", pg + "?sslmode=disable"));

      Secret first = awaitSecret(client, ns, TARGET, s -> !value(s, "connectionString").isEmpty());
      String oldUrl = value(first, "connectionString");
      assertThat(oldUrl).startsWith("postgresql://" + value(first, "username") + ":");
      assertThat(connects(db, oldUrl)).isTrue();
      Await.until("Ready", WAIT, () -> "SecretSynced".equals(ready(client, ns)));

      forceSync(client, ns, "judge-api-database", "rotate-1");
      Secret second =
          awaitSecret(
              client, ns, TARGET, s -> !value(s, "username").equals(value(first, "username")));
      assertThat(connects(db, value(second, "connectionString"))).isTrue();
      Await.until(
          "the old user to be revoked", WAIT, () -> !db.pg.roleExists(value(first, "username")));
      assertThat(connects(db, oldUrl)).isFalse();
      assertThat(db.pg.usersOf(db.role)).isEqualTo(1);
      assertThat(events(client, ns)).anyMatch(e -> e.getReason().equals("CredentialsRotated"));

      client
          .resources(ExternalSecret.class)
          .inNamespace(ns.name())
          .withName("judge-api-database")
          .delete();
      Await.until("every user to be revoked", WAIT, () -> db.pg.usersOf(db.role) == 0);
    }
  }

  /** The manifests documented in docs/providers/vault.md ("Seed 003 / Judge"). */
  static final String GENERATOR =
      """
      apiVersion: generators.external-secrets.io/v1alpha1
      kind: VaultDynamicSecret
      metadata:
        name: judge-api-database
      spec:
        path: database/creds/judge-api
        provider:
          server: https://vault.example.com:8200
          auth:
            kubernetes:
              mountPath: kubernetes
              role: judge-api
              serviceAccountRef:
                name: judge-api
      """;

  static final String EXTERNAL_SECRET =
      """
      apiVersion: external-secrets.io/v1
      kind: ExternalSecret
      metadata:
        name: judge-api-database
      spec:
        refreshInterval: 1h
        target:
          name: judge-judge-api-database
          creationPolicy: Owner
          template:
            data:
              connectionString: "postgresql://{{ .username }}:{{ .password | urlquery }}@judge-db.example.com:5432/judge?sslmode=require"
              username: "{{ .username }}"
              password: "{{ .password }}"
        dataFrom:
        - sourceRef:
            generatorRef:
              apiVersion: generators.external-secrets.io/v1alpha1
              kind: VaultDynamicSecret
              name: judge-api-database
      """;

  private static DynamicDb judge(TestEnv env, KubernetesClient client, TestNamespace ns) {
    return DynamicDb.create(
        env, client, ns.name(), CONTROLLER, "judge-api", "judge-api", "24h", "24h");
  }

  /** The seed's SecretStore and ExternalSecret as written (or with the tempting KV v1 "fix"). */
  private static void applySeed(
      TestEnv env, KubernetesClient client, TestNamespace ns, DynamicDb db, boolean kvV1)
      throws IOException {
    for (String file : new String[] {"003-vault-secretstore.yaml", "003-externalsecret.yaml"}) {
      String yaml =
          Files.readString(env.root().resolve("jeso-api/src/test/resources/seeds/" + file))
              .replace("https://vault.example.com", db.bao.addr());
      if (kvV1) {
        yaml =
            yaml.replace("path: \"kubernetes\"", "path: \"database\"")
                .replace("version: \"v2\"", "version: \"v1\"")
                .replace("key: database/creds/judge-api", "key: creds/judge-api")
                .replace("property: connectionString", "property: username");
      }
      Manifests.apply(client, ns.name(), yaml);
    }
  }

  /** Logs in with a libpq-style URL, as the application would. */
  private static boolean connects(DynamicDb db, String url) {
    URI uri = URI.create(url);
    String[] user = uri.getRawUserInfo().split(":", 2);
    String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
    try (Connection c =
        DriverManager.getConnection(
            jdbc,
            user[0],
            java.net.URLDecoder.decode(user[1], java.nio.charset.StandardCharsets.UTF_8))) {
      return c.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  private static String failure(KubernetesClient client, TestNamespace ns, String containing) {
    return events(client, ns).stream()
        .filter(e -> e.getReason().equals("UpdateFailed") && e.getMessage().contains(containing))
        .map(e -> e.getMessage())
        .findFirst()
        .orElse(null);
  }

  private static String ready(KubernetesClient client, TestNamespace ns) {
    var s = status(client, ns, "judge-api-database");
    if (s == null || s.getConditions() == null) {
      return null;
    }
    return s.getConditions().stream()
        .filter(c -> c.getType().equals("Ready"))
        .map(c -> c.getReason())
        .findFirst()
        .orElse(null);
  }
}
