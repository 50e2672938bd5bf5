package io.jeso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.common.Condition;
import io.jeso.e2e.harness.Bao;
import io.jeso.e2e.harness.Canaries;
import io.jeso.e2e.harness.JesoProcess;
import io.jeso.e2e.harness.Kube;
import io.jeso.e2e.harness.Moto;
import io.jeso.e2e.harness.Seeds;
import io.jeso.testkit.Await;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Seed 001 (Claude Hub): namespaced SecretStores in {@code claude-hub} (AWS with the annotated
 * ServiceAccount, Vault with Kubernetes auth role {@code claude-hub-role}, GCP), the ExternalSecret
 * {@code claude-hub-secrets} reading {@code claude-hub/postgres} property {@code password}, and the
 * Deployment that consumes the Secret through {@code envFrom}.
 */
@KubeTest(peers = {"vault", "aws"})
class Seed001ClaudeHubE2E {
  private static final String NS = "claude-hub";
  private static final String ROLE_ARN = "arn:aws:iam::123456789:role/ExternalSecretsRole";
  private static final Canaries canaries = new Canaries();
  private static final String awsPassword = canaries.value("pg-aws-");
  private static final String vaultPassword = canaries.value("pg-vault-");
  private static JesoProcess jeso;

  @BeforeAll
  static void arrange(TestEnv env, KubernetesClient client) {
    Kube.ensureNamespace(client, NS);
    Kube.apply(client, null, Seeds.resource("001-serviceaccount.yaml"));
    // The seed's "Secret Organization": claude-hub/postgres holds password, username and host.
    try (SecretsManagerClient aws = new Moto(env).secretsManagerAs(ROLE_ARN, "us-east-1")) {
      Moto.put(
          aws,
          "claude-hub/postgres",
          "{\"password\": \"%s\", \"username\": \"claude\", \"host\": \"db.claude-hub\"}"
              .formatted(awsPassword));
    }
    Bao bao = new Bao(env);
    bao.kvPut(
        "claude-hub/postgres",
        Map.of("password", vaultPassword, "username", "claude", "host", "db.claude-hub"));
    // The seed's "Vault Policy", bound to its role for the ServiceAccount of the namespace.
    bao.policy(
        "claude-hub",
        "path \"secret/data/claude-hub/*\" {\n  capabilities = [\"read\", \"list\"]\n}\n");
    bao.kubernetesRole("claude-hub-role", "external-secrets-sa", NS, "claude-hub");

    jeso = JesoProcess.start(env, client, Seed001ClaudeHubE2E.class);
    Kube.apply(client, null, Seeds.verbatim(env, "001-aws-secretstore.yaml"));
    Kube.apply(
        client,
        null,
        Seeds.pointVaultAt(Seeds.verbatim(env, "001-vault-secretstore.yaml"), bao.addr()));
    Kube.apply(client, null, Seeds.verbatim(env, "001-gcpsm-secretstore.yaml"));
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
    client.namespaces().withName(NS).delete();
  }

  @Test
  void vaultPasswordReachesTheDeploymentThroughEnvFrom(KubernetesClient client, TestEnv env) {
    Kube.awaitReady(client, "SecretStore", NS, "vault-backend", "True", "Valid");

    Kube.apply(client, null, Seeds.verbatim(env, "001-externalsecret.yaml"));
    Kube.apply(client, null, Seeds.resource("001-deployment.yaml"));

    Kube.awaitSecret(
        client,
        NS,
        "claude-hub-secrets",
        Map.of("POSTGRES_PASSWORD", vaultPassword),
        "claude-hub-secrets");
    Kube.awaitReady(client, "ExternalSecret", NS, "claude-hub-secrets", "True", "SecretSynced");
    ReplicaSet rs = awaitReplicaSet(client, "claude-hub-backend");
    List<EnvFromSource> envFrom =
        rs.getSpec().getTemplate().getSpec().getContainers().get(0).getEnvFrom();
    assertThat(envFrom)
        .singleElement()
        .satisfies(e -> assertThat(e.getSecretRef().getName()).isEqualTo("claude-hub-secrets"));
  }

  @Test
  void awsPasswordArrivesThroughTheAnnotatedServiceAccount(KubernetesClient client, TestEnv env) {
    Kube.awaitReady(client, "SecretStore", NS, "aws-secrets-manager", "True", "Valid");
    // The seed's ExternalSecret pointed at the store of its "AWS Secrets Manager" choice instead.
    String es =
        Seeds.verbatim(env, "001-externalsecret.yaml")
            .replace("name: vault-backend", "name: aws-secrets-manager")
            .replace("claude-hub-secrets", "claude-hub-secrets-aws");

    Kube.apply(client, null, es);

    Kube.awaitSecret(
        client,
        NS,
        "claude-hub-secrets-aws",
        Map.of("POSTGRES_PASSWORD", awsPassword),
        "claude-hub-secrets-aws");
    Kube.awaitReady(client, "ExternalSecret", NS, "claude-hub-secrets-aws", "True", "SecretSynced");
  }

  @Test
  void gcpStoreIsNotReadyAndSaysWhy(KubernetesClient client) {
    Condition store =
        Kube.awaitReady(
            client, "SecretStore", NS, "gcpsm-secret-store", "False", "InvalidProviderConfig");
    System.out.println("seed 001: gcpsm-secret-store Ready=False: " + store.getMessage());
    assertThat(store.getMessage()).contains("gcpsm").contains("not available");
  }

  private static ReplicaSet awaitReplicaSet(KubernetesClient client, String deployment) {
    Await.until(
        "a ReplicaSet of Deployment " + deployment,
        Kube.WAIT,
        () -> replicaSet(client, deployment) != null);
    return replicaSet(client, deployment);
  }

  private static ReplicaSet replicaSet(KubernetesClient client, String deployment) {
    return client.apps().replicaSets().inNamespace(NS).list().getItems().stream()
        .filter(
            rs ->
                rs.getMetadata().getOwnerReferences().stream()
                    .anyMatch(o -> deployment.equals(o.getName())))
        .findFirst()
        .orElse(null);
  }
}
