package io.jeso.testkit.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The provider peers that testenv starts are real and reachable from Java tests. */
@KubeTest(peers = {"vault", "aws", "gcp"})
class PeersIT {

  @Test
  void openBaoStoresKvV2AndLogsInAServiceAccountThroughKubernetesAuth(
      TestEnv env, KubernetesClient client, TestNamespace ns) {
    String vault = env.get("JESO_VAULT_ADDR");
    Map<String, String> root = Map.of("X-Vault-Token", env.get("JESO_VAULT_TOKEN"));
    String value = "smoke-" + UUID.randomUUID();
    Http.call(
        "POST", vault + "/v1/secret/data/" + ns, root, Map.of("data", Map.of("password", value)));
    JsonNode read = Http.call("GET", vault + "/v1/secret/data/" + ns, root, null);
    assertThat(read.at("/data/data/password").asText()).isEqualTo(value);

    client
        .serviceAccounts()
        .inNamespace(ns.name())
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName("app").endMetadata().build())
        .create();
    Http.call(
        "POST",
        vault + "/v1/auth/kubernetes/role/" + ns,
        root,
        Map.of(
            "bound_service_account_names", List.of("app"),
            "bound_service_account_namespaces", List.of(ns.name()),
            "token_policies", List.of("default"),
            "token_ttl", "60"));
    String jwt =
        client
            .serviceAccounts()
            .inNamespace(ns.name())
            .withName("app")
            .tokenRequest(
                new TokenRequestBuilder()
                    .withNewSpec()
                    .withExpirationSeconds(600L)
                    .endSpec()
                    .build())
            .getStatus()
            .getToken();
    JsonNode login =
        Http.call(
            "POST",
            vault + "/v1/auth/kubernetes/login",
            Map.of(),
            Map.of("role", ns.name(), "jwt", jwt));
    assertThat(login.at("/auth/client_token").asText()).isNotBlank();
    assertThat(login.at("/auth/metadata/service_account_namespace").asText()).isEqualTo(ns.name());
  }

  @Test
  void openBaoIssuesPostgresUsersThatCanLogIn(TestEnv env) throws SQLException {
    JsonNode creds =
        Http.call(
            "GET",
            env.get("JESO_VAULT_ADDR") + "/v1/database/creds/" + env.get("JESO_VAULT_DB_ROLE"),
            Map.of("X-Vault-Token", env.get("JESO_VAULT_TOKEN")),
            null);
    String url =
        "jdbc:postgresql://"
            + env.get("JESO_PG_HOST")
            + ":"
            + env.get("JESO_PG_PORT")
            + "/"
            + env.get("JESO_PG_DB");
    try (var connection =
            DriverManager.getConnection(
                url, creds.at("/data/username").asText(), creds.at("/data/password").asText());
        var rs = connection.createStatement().executeQuery("select current_user")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(creds.at("/data/username").asText());
    }
  }

  @Test
  void motoServesSecretsManager(TestEnv env, TestNamespace ns) {
    String endpoint = env.get("JESO_AWS_ENDPOINT");
    Map<String, String> headers =
        Map.of(
            "Content-Type",
            "application/x-amz-json-1.1",
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/secretsmanager/aws4_request, "
                + "SignedHeaders=host, Signature=unchecked");
    String name = "smoke/" + ns;
    Http.call(
        "POST",
        endpoint,
        with(headers, "secretsmanager.CreateSecret"),
        Map.of("Name", name, "SecretString", "{\"password\":\"p\"}"));
    JsonNode value =
        Http.call(
            "POST",
            endpoint,
            with(headers, "secretsmanager.GetSecretValue"),
            Map.of("SecretId", name));
    assertThat(value.get("SecretString").asText()).isEqualTo("{\"password\":\"p\"}");
  }

  @Test
  void theGcpEmulatorServesSecretManager(TestEnv env, TestNamespace ns) {
    String base =
        env.get("JESO_GCP_ENDPOINT") + "/v1/projects/" + env.get("JESO_GCP_PROJECT") + "/secrets";
    Http.call(
        "POST",
        base + "?secretId=" + ns,
        Map.of(),
        Map.of("replication", Map.of("automatic", Map.of())));
    String data = Base64.getEncoder().encodeToString("gcp-value".getBytes(StandardCharsets.UTF_8));
    Http.call(
        "POST", base + "/" + ns + ":addVersion", Map.of(), Map.of("payload", Map.of("data", data)));
    JsonNode access = Http.call("GET", base + "/" + ns + "/versions/latest:access", Map.of(), null);
    assertThat(
            new String(
                Base64.getDecoder().decode(access.at("/payload/data").asText()),
                StandardCharsets.UTF_8))
        .isEqualTo("gcp-value");
  }

  private static Map<String, String> with(Map<String, String> headers, String target) {
    var all = new java.util.HashMap<>(headers);
    all.put("X-Amz-Target", target);
    return all;
  }
}
