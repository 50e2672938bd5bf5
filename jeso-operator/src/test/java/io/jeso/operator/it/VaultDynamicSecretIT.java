package io.jeso.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.testkit.Await;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The VaultDynamicSecret generator end to end: jeso in this JVM, the real control plane, OpenBao's
 * database engine issuing real PostgreSQL users through Kubernetes auth. Each test uses its own
 * database role with short TTLs and ends with no database user of that role left.
 */
@KubeTest(peers = "vault")
class VaultDynamicSecretIT {
  static final Duration WAIT = Duration.ofSeconds(60);

  /** Other test runs share the control plane: only this JVM's jeso serves these generators. */
  static final String CONTROLLER = "dyn-" + java.util.UUID.randomUUID().toString().substring(0, 6);

  private static RunningOperator jeso;

  static RunningOperator startJeso(TestEnv env, KubernetesClient client, String controller) {
    return RunningOperator.start(
        env, client, RunningOperator.testSettings().withControllerClass(controller));
  }

  @BeforeAll
  static void startJeso(TestEnv env, KubernetesClient client) {
    // The canary looks at jeso's debug lines too.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.jeso"))
        .setLevel(ch.qos.logback.classic.Level.DEBUG);
    jeso = startJeso(env, client, CONTROLLER);
  }

  @AfterAll
  static void stopJeso() {
    if (jeso != null) {
      jeso.close();
    }
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.jeso")).setLevel(null);
  }

  /** The figures of each test (issued, renewed, revoked), for the record. */
  @org.junit.jupiter.api.AfterEach
  void printFigures(org.junit.jupiter.api.TestInfo test) {
    StringBuilder out = new StringBuilder(test.getDisplayName()).append(':');
    for (String line : jeso.operator().metrics().scrape().split("\n")) {
      if (line.startsWith("jeso_generator_") && !line.startsWith("jeso_generator_leases ")) {
        out.append("\n  ").append(line);
      }
    }
    System.out.println(out);
  }

  @Test
  void keepsCredentialsAcrossRefreshesRenewsThemAndRevokesThemOnDeletion(
      TestEnv env, KubernetesClient client, TestNamespace ns) throws Exception {
    try (DynamicDb db = DynamicDb.create(env, client, ns.name(), CONTROLLER, "15s", "10m")) {
      Manifests.apply(client, ns.name(), db.generator("db"));
      Manifests.apply(client, ns.name(), DynamicDb.externalSecret("app", "db", "2s"));

      Secret first = awaitSecret(client, ns, "app", s -> true);
      Instant issued = Instant.now();
      String user = value(first, "username");
      assertThat(db.pg.canLogIn(user, value(first, "password"))).isTrue();
      double renewed = metric("jeso_generator_renewed_total{kind=\"VaultDynamicSecret\"}");

      // Past the lease's first 15 s: refreshes every 2 s kept the user, the keeper renewed it.
      sleepUntil(issued.plusSeconds(22));
      Secret later = client.secrets().inNamespace(ns.name()).withName("app").get();
      assertThat(value(later, "username")).isEqualTo(user);
      assertThat(db.pg.canLogIn(user, value(later, "password"))).isTrue();
      assertThat(metric("jeso_generator_renewed_total{kind=\"VaultDynamicSecret\"}"))
          .isGreaterThan(renewed);
      assertThat(db.pg.usersOf(db.role)).isEqualTo(1);
      assertThat(status(client, ns, "app").getRefreshTime()).isNotNull();

      noValueOrLeaseIdLeaks(client, ns, later);
      client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("app").delete();
      Await.until("the user to be revoked", WAIT, () -> !db.pg.roleExists(user));
      assertThat(db.pg.usersOf(db.role)).isZero();
    }
  }

  @Test
  void reissuesNearTheMaxTtlAndRevokesTheOldUserAfterTheSecretHasTheNewOne(
      TestEnv env, KubernetesClient client, TestNamespace ns) throws Exception {
    try (DynamicDb db = DynamicDb.create(env, client, ns.name(), CONTROLLER, "10s", "24s")) {
      Manifests.apply(client, ns.name(), db.generator("db"));
      // A refresh interval of an hour: only the lease's end can bring new credentials.
      Manifests.apply(client, ns.name(), DynamicDb.externalSecret("app", "db", "1h"));
      Secret first = awaitSecret(client, ns, "app", s -> true);
      String oldUser = value(first, "username");
      String oldPassword = value(first, "password");

      Secret second = awaitSecret(client, ns, "app", s -> !value(s, "username").equals(oldUser));
      String newUser = value(second, "username");
      assertThat(db.pg.canLogIn(newUser, value(second, "password"))).isTrue();
      Await.until("the old user to be revoked", WAIT, () -> !db.pg.roleExists(oldUser));
      assertThat(db.pg.canLogIn(oldUser, oldPassword)).isFalse();
      assertThat(db.pg.usersOf(db.role)).isEqualTo(1);
      assertThat(events(client, ns)).anyMatch(e -> e.getReason().equals("CredentialsRotated"));

      noValueOrLeaseIdLeaks(client, ns, second);
      client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("app").delete();
      Await.until("every user to be revoked", WAIT, () -> db.pg.usersOf(db.role) == 0);
    }
  }

  @Test
  void aForceSyncRotatesAndTheOldUserStopsWorking(
      TestEnv env, KubernetesClient client, TestNamespace ns) throws Exception {
    try (DynamicDb db = DynamicDb.create(env, client, ns.name(), CONTROLLER, "1h", "24h")) {
      Manifests.apply(client, ns.name(), db.generator("db"));
      Manifests.apply(client, ns.name(), DynamicDb.externalSecret("app", "db", "1h"));
      Secret first = awaitSecret(client, ns, "app", s -> true);
      String oldUser = value(first, "username");
      String oldPassword = value(first, "password");
      awaitReady(client, ns, "app");

      forceSync(client, ns, "app", "1");
      Secret second = awaitSecret(client, ns, "app", s -> !value(s, "username").equals(oldUser));
      assertThat(db.pg.canLogIn(value(second, "username"), value(second, "password"))).isTrue();
      Await.until("the old user to be revoked", WAIT, () -> !db.pg.roleExists(oldUser));
      assertThat(db.pg.canLogIn(oldUser, oldPassword)).isFalse();

      client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("app").delete();
      Await.until("every user to be revoked", WAIT, () -> db.pg.usersOf(db.role) == 0);
    }
  }

  @Test
  void aRestartedJesoReplacesTheCredentialsItDidNotIssueAndRevokesThem(
      TestEnv env, KubernetesClient client, TestNamespace ns) throws Exception {
    try (DynamicDb db = DynamicDb.create(env, client, ns.name(), CONTROLLER, "1h", "24h")) {
      Manifests.apply(client, ns.name(), db.generator("db"));
      Manifests.apply(client, ns.name(), DynamicDb.externalSecret("app", "db", "1h"));
      Secret first = awaitSecret(client, ns, "app", s -> true);
      String oldUser = value(first, "username");
      String oldPassword = value(first, "password");
      Await.until(
          "the lease to be recorded on the Secret",
          WAIT,
          () ->
              recordedLease(client.secrets().inNamespace(ns.name()).withName("app").get()) != null);

      // Stopping leaves the login and its lease alive: the application keeps working meanwhile.
      jeso.close();
      assertThat(db.pg.canLogIn(oldUser, oldPassword)).isTrue();
      jeso = startJeso(env, client, CONTROLLER);

      Secret second = awaitSecret(client, ns, "app", s -> !value(s, "username").equals(oldUser));
      assertThat(db.pg.canLogIn(value(second, "username"), value(second, "password"))).isTrue();
      Await.until("the recorded old user to be revoked", WAIT, () -> !db.pg.roleExists(oldUser));
      assertThat(db.pg.usersOf(db.role)).isEqualTo(1);

      client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("app").delete();
      Await.until("every user to be revoked", WAIT, () -> db.pg.usersOf(db.role) == 0);
    }
  }

  @Test
  void aLoginThatCannotBeExtendedHandsItsCredentialsToANewLoginBeforeItEnds(
      TestEnv env, KubernetesClient client, TestNamespace ns) throws Exception {
    try (DynamicDb db = DynamicDb.create(env, client, ns.name(), CONTROLLER, "1h", "24h")) {
      // Leases of an hour, but the issuing login lives 20 s at most: Vault would revoke the
      // leases with it. jeso re-issues under a new login before the old one ends.
      db.loginTtl("10s", "20s");
      Manifests.apply(client, ns.name(), db.generator("db"));
      Manifests.apply(client, ns.name(), DynamicDb.externalSecret("app", "db", "1h"));
      Secret first = awaitSecret(client, ns, "app", s -> true);
      Instant issued = Instant.now();
      String oldUser = value(first, "username");

      Secret second = awaitSecret(client, ns, "app", s -> !value(s, "username").equals(oldUser));
      Await.until("the old user to be revoked", WAIT, () -> !db.pg.roleExists(oldUser));
      // After the first login's end, what the Secret holds still works.
      sleepUntil(issued.plusSeconds(22));
      Secret now = client.secrets().inNamespace(ns.name()).withName("app").get();
      assertThat(db.pg.canLogIn(value(now, "username"), value(now, "password"))).isTrue();
      assertThat(value(second, "username")).isNotEqualTo(oldUser);

      client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("app").delete();
      Await.until("every user to be revoked", WAIT, () -> db.pg.usersOf(db.role) == 0);
    }
  }

  @Test
  void aClusterGeneratorIssuesWithTheExternalSecretsNamespaceCredentials(
      TestEnv env, KubernetesClient client, TestNamespace ns) throws Exception {
    String name = "db-" + ns.name();
    try (DynamicDb db = DynamicDb.create(env, client, ns.name(), CONTROLLER, "1h", "24h")) {
      Manifests.apply(client, null, db.clusterGenerator(name));
      Manifests.apply(
          client, ns.name(), DynamicDb.externalSecret("app", "ClusterGenerator", name, "1h"));
      Secret first = awaitSecret(client, ns, "app", s -> true);
      assertThat(db.pg.canLogIn(value(first, "username"), value(first, "password"))).isTrue();

      client.resources(ExternalSecret.class).inNamespace(ns.name()).withName("app").delete();
      Await.until("every user to be revoked", WAIT, () -> db.pg.usersOf(db.role) == 0);
    } finally {
      client
          .genericKubernetesResources("generators.external-secrets.io/v1alpha1", "ClusterGenerator")
          .withName(name)
          .delete();
    }
  }

  // ---- helpers, shared with the seed IT ----

  static Secret awaitSecret(
      KubernetesClient client, TestNamespace ns, String name, Predicate<Secret> test) {
    Secret[] found = new Secret[1];
    Await.until(
        "Secret " + name,
        WAIT,
        () -> {
          Secret s = client.secrets().inNamespace(ns.name()).withName(name).get();
          if (s != null
              && s.getData() != null
              && s.getData().containsKey("username")
              && test.test(s)) {
            found[0] = s;
            return true;
          }
          return false;
        });
    return found[0];
  }

  static String value(Secret s, String key) {
    String encoded = s.getData() == null ? null : s.getData().get(key);
    return encoded == null
        ? ""
        : new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
  }

  static String recordedLease(Secret s) {
    var annotations = s == null ? null : s.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get("jeso.io/generator-leases");
  }

  static io.jeso.api.externalsecret.ExternalSecretStatus status(
      KubernetesClient client, TestNamespace ns, String name) {
    return client
        .resources(ExternalSecret.class)
        .inNamespace(ns.name())
        .withName(name)
        .get()
        .getStatus();
  }

  static void awaitReady(KubernetesClient client, TestNamespace ns, String name) {
    Await.until(
        name + " Ready",
        WAIT,
        () -> {
          var status = status(client, ns, name);
          return status != null
              && status.getConditions() != null
              && status.getConditions().stream()
                  .anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
        });
  }

  static void forceSync(KubernetesClient client, TestNamespace ns, String name, String value) {
    client
        .resources(ExternalSecret.class)
        .inNamespace(ns.name())
        .withName(name)
        .edit(
            es -> {
              es.getMetadata().getAnnotations().put("force-sync", value);
              return es;
            });
  }

  static List<Event> events(KubernetesClient client, TestNamespace ns) {
    return client.v1().events().inNamespace(ns.name()).list().getItems();
  }

  static double metric(String series) {
    for (String line : jeso.operator().metrics().scrape().split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1));
      }
    }
    return 0;
  }

  /**
   * Canary: the password, and the lease ids recorded on the Secret, appear in no log line, event or
   * status of this ExternalSecret.
   */
  static void noValueOrLeaseIdLeaks(KubernetesClient client, TestNamespace ns, Secret secret) {
    List<String> secrets = new ArrayList<>();
    secrets.add(value(secret, "password"));
    String record = recordedLease(secret);
    assertThat(record).as("the lease record").isNotNull();
    for (String part : record.split("\"")) {
      if (part.contains("/creds/")) {
        secrets.add(part);
      }
    }
    assertThat(secrets).hasSizeGreaterThan(1);
    List<String> texts = new ArrayList<>(jeso.logLines());
    events(client, ns).forEach(e -> texts.add(e.getReason() + " " + e.getMessage()));
    texts.add(String.valueOf(status(client, ns, "app")));
    for (String text : texts) {
      for (String s : secrets) {
        assertThat(text).doesNotContain(s);
      }
    }
  }

  private static void sleepUntil(Instant when) throws InterruptedException {
    long ms = Duration.between(Instant.now(), when).toMillis();
    if (ms > 0) {
      Thread.sleep(ms);
    }
  }
}
