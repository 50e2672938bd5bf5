package io.jeso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.common.Condition;
import io.jeso.e2e.harness.Bao;
import io.jeso.e2e.harness.Canaries;
import io.jeso.e2e.harness.JesoProcess;
import io.jeso.e2e.harness.Kube;
import io.jeso.e2e.harness.Moto;
import io.jeso.e2e.harness.Seeds;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Seed 000 (Aeterna's Helm chart): three ClusterSecretStores as written (AWS Secrets Manager with
 * IRSA-style jwt auth, Vault with Kubernetes auth, Azure Key Vault), and the ExternalSecret the
 * chart renders from its {@code remoteRefs} for each, in a namespace of its own.
 */
@KubeTest(peers = {"vault", "aws"})
class Seed000AeternaE2E {
  private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/aeterna-external-secrets";
  private static final Canaries canaries = new Canaries();
  private static final Map<String, String> awsValues =
      Map.of(
          "postgresqlPassword", canaries.value("pg-"),
          "llmApiKey", canaries.value("sk-"));
  private static final Map<String, String> vaultValues =
      Map.of(
          "postgresqlPassword", canaries.value("pg-"),
          "llmApiKey", canaries.value("sk-"));
  private static JesoProcess jeso;

  @BeforeAll
  static void arrange(TestEnv env, KubernetesClient client) {
    Kube.ensureNamespace(client, "external-secrets");
    Kube.apply(
        client, null, Seeds.resource("000-serviceaccount.yaml", Map.of("ROLE_ARN", ROLE_ARN)));
    // aws secretsmanager create-secret ..., in the account of the role the store assumes.
    try (SecretsManagerClient aws = new Moto(env).secretsManagerAs(ROLE_ARN, "us-east-1")) {
      Moto.put(aws, "aeterna/postgres-password", awsValues.get("postgresqlPassword"));
      Moto.put(aws, "aeterna/llm-api-key", awsValues.get("llmApiKey"));
    }
    Bao bao = new Bao(env);
    // vault kv put secret/aeterna postgres-password=... llm-api-key=...
    bao.kvPut(
        "aeterna",
        Map.of(
            "postgres-password", vaultValues.get("postgresqlPassword"),
            "llm-api-key", vaultValues.get("llmApiKey")));
    // The Vault side of role "aeterna", which the seed assumes exists.
    bao.policy("aeterna", "path \"secret/data/aeterna\" { capabilities = [\"read\"] }");
    bao.kubernetesRole("aeterna", "external-secrets-sa", "external-secrets", "aeterna");

    jeso = JesoProcess.start(env, client, Seed000AeternaE2E.class);
    Kube.apply(client, null, Seeds.verbatim(env, "000-aws-clustersecretstore.yaml"));
    Kube.apply(
        client,
        null,
        Seeds.pointVaultAt(Seeds.verbatim(env, "000-vault-clustersecretstore.yaml"), bao.addr()));
    Kube.apply(client, null, Seeds.verbatim(env, "000-azurekv-clustersecretstore.yaml"));
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
    for (String store : new String[] {"aws-secrets-manager", "vault-backend", "azure-keyvault"}) {
      Kube.delete(client, "ClusterSecretStore", null, store);
    }
  }

  @Test
  void awsSecretsArriveThroughTheJwtServiceAccount(KubernetesClient client, TestNamespace ns) {
    Kube.awaitReady(client, "ClusterSecretStore", null, "aws-secrets-manager", "True", "Valid");

    Kube.apply(client, ns.name(), Seeds.resource("000-externalsecret-aws.yaml"));

    Kube.awaitSecret(client, ns.name(), "aeterna-external", awsValues, "aeterna");
    Kube.awaitReady(client, "ExternalSecret", ns.name(), "aeterna", "True", "SecretSynced");
  }

  @Test
  void vaultChartNotationBecomesKeyAndProperty(KubernetesClient client, TestNamespace ns) {
    Kube.awaitReady(client, "ClusterSecretStore", null, "vault-backend", "True", "Valid");

    Kube.apply(client, ns.name(), Seeds.resource("000-externalsecret-vault.yaml"));

    Kube.awaitSecret(client, ns.name(), "aeterna-external", vaultValues, "aeterna");
    Kube.awaitReady(client, "ExternalSecret", ns.name(), "aeterna", "True", "SecretSynced");
  }

  @Test
  void azureStoreSaysItIsUnsupportedAndTheOthersStayReady(
      KubernetesClient client, TestNamespace ns) {
    Condition store =
        Kube.awaitReady(
            client, "ClusterSecretStore", null, "azure-keyvault", "False", "InvalidProviderConfig");
    System.out.println("seed 000: azure-keyvault Ready=False: " + store.getMessage());
    assertThat(store.getMessage()).contains("azurekv").contains("not available");

    Kube.apply(client, ns.name(), Seeds.resource("000-externalsecret-azure.yaml"));

    Condition es =
        Kube.awaitReady(
            client, "ExternalSecret", ns.name(), "aeterna", "False", "SecretSyncedError");
    System.out.println("seed 000: ExternalSecret on azure-keyvault: " + es.getMessage());
    // ESO's fixed condition message; the event says which store and why (kubectl describe es).
    String event = Kube.awaitEvent(client, ns.name(), "aeterna", "azure-keyvault");
    System.out.println("seed 000: its event: " + event);
    assertThat(event).contains("not ready");
    assertThat(client.secrets().inNamespace(ns.name()).withName("aeterna-external").get()).isNull();
    Kube.awaitReady(client, "ClusterSecretStore", null, "aws-secrets-manager", "True", "Valid");
    Kube.awaitReady(client, "ClusterSecretStore", null, "vault-backend", "True", "Valid");
  }
}
