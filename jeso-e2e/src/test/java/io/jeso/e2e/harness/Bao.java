package io.jeso.e2e.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jeso.testkit.TestEnv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The seeds' {@code vault ...} commands against testenv's OpenBao with the root token, over its
 * HTTP API: {@code vault kv put}, {@code vault policy write}, {@code vault write
 * auth/kubernetes/role/...}. The Kubernetes auth method itself is enabled and pointed at the test
 * control plane by {@code testenv/up vault}.
 */
public final class Bao {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String addr;
  private final String rootToken;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public Bao(TestEnv env) {
    this.addr = env.get("JESO_VAULT_ADDR");
    this.rootToken = env.get("JESO_VAULT_TOKEN");
  }

  public String addr() {
    return addr;
  }

  /** {@code vault kv put secret/<path> k=v ...} on the KV v2 mount {@code secret}. */
  public void kvPut(String path, Map<String, String> data) {
    call("POST", "secret/data/" + path, Map.of("data", data));
  }

  /** {@code vault policy write <name> -}. */
  public void policy(String name, String hcl) {
    call("PUT", "sys/policies/acl/" + name, Map.of("policy", hcl));
  }

  /**
   * {@code vault write auth/kubernetes/role/<role> bound_service_account_names=<sa>
   * bound_service_account_namespaces=<namespace> policies=<policy> ttl=1h}.
   */
  public void kubernetesRole(String role, String serviceAccount, String namespace, String policy) {
    call(
        "POST",
        "auth/kubernetes/role/" + role,
        Map.of(
            "bound_service_account_names", List.of(serviceAccount),
            "bound_service_account_namespaces", List.of(namespace),
            "policies", List.of(policy),
            "ttl", "1h"));
  }

  private JsonNode call(String method, String path, Object body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(addr + "/v1/" + path))
              .timeout(Duration.ofSeconds(30))
              .header("X-Vault-Token", rootToken)
              .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        // Vault's error list names the problem and never echoes the written data.
        throw new IllegalStateException(
            method
                + " "
                + path
                + " -> HTTP "
                + response.statusCode()
                + " "
                + JSON.readTree(response.body()).path("errors"));
      }
      return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
