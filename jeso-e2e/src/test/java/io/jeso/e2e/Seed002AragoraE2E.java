package io.jeso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.e2e.harness.Bao;
import io.jeso.e2e.harness.Canaries;
import io.jeso.e2e.harness.JesoProcess;
import io.jeso.e2e.harness.Kube;
import io.jeso.e2e.harness.Moto;
import io.jeso.e2e.harness.Seeds;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Seed 002 (Aragora): JSON multi-key secrets in AWS Secrets Manager read through a
 * ClusterSecretStore without an auth block (jeso's own credentials), the same keys in Vault written
 * with {@code vault kv put} and read through the ClusterSecretStore {@code vault} with Kubernetes
 * auth, and the "Manual Rotation" recipe: change the value, annotate {@code force-sync}, and the
 * new value arrives long before the 5m refreshInterval.
 */
@KubeTest(peers = {"vault", "aws"})
class Seed002AragoraE2E {
  private static final String NS = "aragora";
  private static final String REGION = "us-west-2"; // the store's region, where the secrets live
  private static final Canaries canaries = new Canaries();
  // What AWS and Vault hold now; a test that rotates a value updates its map.
  private static final Map<String, String> awsValues = new LinkedHashMap<>();
  private static final Map<String, String> vaultValues = new LinkedHashMap<>();
  private static JesoProcess jeso;
  private static SecretsManagerClient aws;

  @BeforeAll
  static void arrange(TestEnv env, KubernetesClient client) {
    Kube.ensureNamespace(client, "external-secrets");
    Kube.ensureNamespace(client, NS);
    Kube.apply(client, null, Seeds.resource("002-serviceaccount.yaml"));
    aws = new Moto(env).secretsManager(REGION);
    Bao bao = new Bao(env);
    storeSecrets(bao);
    // "vault policy write aragora" and "vault write auth/kubernetes/role/aragora ..." as written.
    bao.policy("aragora", "path \"secret/data/aragora/*\" {\n  capabilities = [\"read\"]\n}\n");
    bao.kubernetesRole("aragora", "external-secrets", "external-secrets", "aragora");
    jeso = JesoProcess.start(env, client, Seed002AragoraE2E.class);
    Kube.apply(client, null, Seeds.verbatim(env, "002-aws-clustersecretstore.yaml"));
    Kube.apply(
        client,
        null,
        Seeds.pointVaultAt(Seeds.verbatim(env, "002-vault-clustersecretstore.yaml"), bao.addr()));
  }

  /**
   * The seed's create-secret and kv put commands, with fresh values (different in AWS and Vault, so
   * each test proves where its values came from).
   */
  private static void storeSecrets(Bao bao) {
    awsValues.putAll(values());
    Moto.put(aws, "aragora/production/api-keys", apiKeysJson(awsValues));
    Moto.put(
        aws,
        "aragora/production/database",
        "{\"url\": \"%s\"}".formatted(awsValues.get("DATABASE_URL")));
    Moto.put(
        aws,
        "aragora/production/auth",
        "{\"jwt-secret\": \"%s\"}".formatted(awsValues.get("ARAGORA_JWT_SECRET")));
    vaultValues.putAll(values());
    bao.kvPut(
        "aragora/production/api-keys",
        Map.of(
            "anthropic", vaultValues.get("ANTHROPIC_API_KEY"),
            "openai", vaultValues.get("OPENAI_API_KEY"),
            "openrouter", vaultValues.get("OPENROUTER_API_KEY")));
    bao.kvPut("aragora/production/database", Map.of("url", vaultValues.get("DATABASE_URL")));
    bao.kvPut(
        "aragora/production/auth", Map.of("jwt-secret", vaultValues.get("ARAGORA_JWT_SECRET")));
  }

  /** The Secret's keys (the seed's environment variables) and fresh values for them. */
  private static Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("DATABASE_URL", "postgresql://aragora:" + canaries.value("") + "@db:5432/aragora");
    v.put("ARAGORA_JWT_SECRET", canaries.value("jwt-"));
    v.put("ANTHROPIC_API_KEY", canaries.value("sk-ant-"));
    v.put("OPENAI_API_KEY", canaries.value("sk-"));
    v.put("OPENROUTER_API_KEY", canaries.value("sk-or-"));
    return v;
  }

  private static String apiKeysJson(Map<String, String> v) {
    return "{\"anthropic\": \"%s\", \"openai\": \"%s\", \"openrouter\": \"%s\"}"
        .formatted(
            v.get("ANTHROPIC_API_KEY"), v.get("OPENAI_API_KEY"), v.get("OPENROUTER_API_KEY"));
  }

  @AfterEach
  void noSecretValueInJesosLog() {
    canaries.assertAbsentFrom(jeso.logText(), "jeso's log");
  }

  @AfterAll
  static void cleanUp(KubernetesClient client) {
    if (jeso != null) {
      jeso.close();
    }
    Kube.delete(client, "ClusterSecretStore", null, "aws-secrets-manager");
    Kube.delete(client, "ClusterSecretStore", null, "vault");
    client.namespaces().withName(NS).delete();
    if (aws != null) {
      aws.close();
    }
  }

  private static String apply(KubernetesClient client, String name, String store) {
    Kube.apply(
        client,
        NS,
        Seeds.resource("002-externalsecret.yaml", Map.of("NAME", name, "STORE", store)));
    return name;
  }

  @Test
  void awsSecretsArriveThroughAStoreWithoutAuthBlock(KubernetesClient client) {
    Kube.awaitReady(client, "ClusterSecretStore", null, "aws-secrets-manager", "True", "Valid");

    String es = apply(client, "aragora-secrets", "aws-secrets-manager");

    Kube.awaitSecret(client, NS, es, awsValues, es);
    Kube.awaitReady(client, "ExternalSecret", NS, es, "True", "SecretSynced");
  }

  @Test
  void vaultSecretsWrittenWithKvPutArriveThroughKubernetesAuth(KubernetesClient client) {
    Kube.awaitReady(client, "ClusterSecretStore", null, "vault", "True", "Valid");

    String es = apply(client, "aragora-secrets-vault", "vault");

    Kube.awaitSecret(client, NS, es, vaultValues, es);
    Kube.awaitReady(client, "ExternalSecret", NS, es, "True", "SecretSynced");
  }

  @Test
  void forceSyncAnnotationBringsARotatedKeyBeforeTheRefreshInterval(KubernetesClient client) {
    String es = apply(client, "aragora-secrets", "aws-secrets-manager");
    Kube.awaitSecret(client, NS, es, awsValues, es);

    // Step 1 of "Manual Rotation": a new Anthropic key in AWS, the other keys unchanged.
    awsValues.put("ANTHROPIC_API_KEY", canaries.value("sk-ant-rotated-"));
    Moto.put(aws, "aragora/production/api-keys", apiKeysJson(awsValues));
    // Step 2: kubectl annotate externalsecret aragora-secrets -n aragora \
    //           force-sync=$(date +%s) --overwrite
    Instant asked = Instant.now();
    Kube.annotate(client, NS, es, "force-sync", Long.toString(asked.getEpochSecond()));

    Kube.awaitSecret(client, NS, es, awsValues, es);
    Duration took = Duration.between(asked, Instant.now());
    System.out.printf(
        "seed 002: the rotated key arrived %d ms after force-sync%n", took.toMillis());
    assertThat(took).isLessThan(Duration.ofMinutes(1)); // the refreshInterval is 5m
    Kube.awaitReady(client, "ExternalSecret", NS, es, "True", "SecretSynced");
  }
}
