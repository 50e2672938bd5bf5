package io.jeso.bench.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The local OpenBao (testenv's {@code vault} peer): M KV v2 secrets under {@code
 * secret/jeso-bench/<run>/}, a policy that may only read them, and a token of that policy in a
 * Secret of every namespace, used by a SecretStore with {@code auth.tokenSecretRef}. The root token
 * is used only here, to set this up and tear it down; no token is ever printed.
 */
final class OpenBaoRemote implements Remote {
  private static final String MOUNT = "secret";
  private static final String TOKEN_SECRET = "bench-openbao-token";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String addr;
  private final String rootToken;
  private final String prefix;
  private final String policy;
  private String token;
  private int keys;

  OpenBaoRemote(String addr, String rootToken, String run) {
    this.addr = addr.endsWith("/") ? addr.substring(0, addr.length() - 1) : addr;
    this.rootToken = rootToken;
    this.prefix = "jeso-bench/" + run;
    this.policy = "jeso-bench-" + run;
  }

  @Override
  public boolean reportsProviderCalls() {
    return true;
  }

  @Override
  public String name() {
    return "openbao";
  }

  @Override
  public void setUp(Workload workload) throws IOException, InterruptedException {
    keys = workload.options().m();
    String rules = "path \"" + MOUNT + "/data/" + prefix + "/*\" { capabilities = [\"read\"] }\n";
    call("PUT", "sys/policies/acl/" + policy, Map.of("policy", rules));
    JsonNode created =
        call(
            "POST",
            "auth/token/create",
            Map.of("policies", List.of(policy), "ttl", "12h", "no_parent", true));
    token = created.path("auth").path("client_token").asText();
    writeValues(0);
    for (int k = 0; k < workload.options().k(); k++) {
      workload
          .client()
          .secrets()
          .resource(
              new SecretBuilder()
                  .withNewMetadata()
                  .withName(TOKEN_SECRET)
                  .withNamespace(workload.namespace(k))
                  .endMetadata()
                  .addToStringData("token", token)
                  .build())
          .createOr(e -> e.update());
      workload.createStore(
          k,
          Map.of(
              "vault",
              Map.of(
                  "server",
                  addr,
                  "path",
                  MOUNT,
                  "version",
                  "v2",
                  "auth",
                  Map.of("tokenSecretRef", Map.of("name", TOKEN_SECRET, "key", "token")))));
    }
  }

  @Override
  public Map<String, Object> remoteRef(int key) {
    return Map.of("key", prefix + "/key-" + key, "property", "value");
  }

  @Override
  public void change(Workload workload, int round) throws IOException, InterruptedException {
    writeValues(round);
  }

  @Override
  public void close() {
    try {
      for (int key = 0; key < keys; key++) {
        call("DELETE", MOUNT + "/metadata/" + prefix + "/key-" + key, null);
      }
      if (token != null) {
        call("POST", "auth/token/revoke", Map.of("token", token));
      }
      call("DELETE", "sys/policies/acl/" + policy, null);
    } catch (IOException e) {
      System.err.println("bench: OpenBao clean-up failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeValues(int round) throws IOException, InterruptedException {
    for (int key = 0; key < keys; key++) {
      call(
          "POST",
          MOUNT + "/data/" + prefix + "/key-" + key,
          Map.of("data", Map.of("value", Remote.value(key, round))));
    }
  }

  private JsonNode call(String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(addr + "/v1/" + path))
            .timeout(Duration.ofSeconds(30))
            .header("X-Vault-Token", rootToken);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      // The body may quote the request; only the status is reported.
      throw new IOException("OpenBao " + method + " " + path + ": HTTP " + response.statusCode());
    }
    String text = response.body();
    return text == null || text.isBlank() ? json.nullNode() : json.readTree(text);
  }
}
