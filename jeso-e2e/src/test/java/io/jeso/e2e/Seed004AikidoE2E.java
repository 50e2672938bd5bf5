package io.jeso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.e2e.harness.Bao;
import io.jeso.e2e.harness.Canaries;
import io.jeso.e2e.harness.JesoProcess;
import io.jeso.e2e.harness.Kube;
import io.jeso.e2e.harness.Seeds;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 (Aikido, "Approach 2: External Secrets Operator"): the Aikido API token kept in Vault at
 * {@code aikido/k8s-agent}, property {@code apiToken}, synced into the Secret {@code
 * aikido-api-secret} key {@code token} that the chart's {@code config.existingSecret} points at.
 */
@KubeTest(peers = {"vault", "aws"})
class Seed004AikidoE2E {
  private static final Canaries canaries = new Canaries();
  private static JesoProcess jeso;

  @BeforeAll
  static void startJeso(TestEnv env, KubernetesClient client) {
    jeso = JesoProcess.start(env, client, Seed004AikidoE2E.class);
  }

  @AfterEach
  void noSecretValueInJesosLog() {
    canaries.assertAbsentFrom(jeso.logText(), "jeso's log");
  }

  @AfterAll
  static void stopJeso() {
    if (jeso != null) {
      jeso.close();
    }
  }

  @Test
  void theApiTokenArrivesInTheSecretTheChartReads(
      TestEnv env, KubernetesClient client, TestNamespace ns) {
    Bao bao = new Bao(env);
    String token = canaries.value("aikido-");
    bao.kvPut("aikido/k8s-agent", Map.of("apiToken", token));
    // A role per test namespace: the store is ours (the seed does not show one), so its role may
    // be.
    String role = "aikido-" + ns.name();
    bao.policy(role, "path \"secret/data/aikido/*\" { capabilities = [\"read\"] }");
    bao.kubernetesRole(role, "aikido-secrets-reader", ns.name(), role);
    Kube.apply(
        client,
        ns.name(),
        Seeds.resource(
            "004-vault-secretstore.yaml", Map.of("VAULT_ADDR", bao.addr(), "ROLE", role)));
    Kube.awaitReady(client, "SecretStore", ns.name(), "vault-backend", "True", "Valid");

    Kube.apply(client, ns.name(), Seeds.verbatim(env, "004-externalsecret.yaml"));

    Kube.awaitSecret(
        client, ns.name(), "aikido-api-secret", Map.of("token", token), "aikido-api-secret");
    Kube.awaitReady(
        client, "ExternalSecret", ns.name(), "aikido-api-secret", "True", "SecretSynced");
    // creationPolicy: Owner - the Secret goes away with the ExternalSecret.
    assertThat(
            client
                .secrets()
                .inNamespace(ns.name())
                .withName("aikido-api-secret")
                .get()
                .getMetadata()
                .getOwnerReferences())
        .singleElement()
        .satisfies(ref -> assertThat(ref.getKind()).isEqualTo("ExternalSecret"));
  }
}
