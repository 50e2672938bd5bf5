package io.jeso.provider.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;

/**
 * The test's own view of OpenBao with the root token: arranging mounts, secrets, policies, auth
 * methods and counting tokens, independent of the code under test (plain HTTP, no jeso classes).
 */
final class VaultAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String addr;
  private final String rootToken;
  private final HttpClient http;
  private final String namespace;

  VaultAdmin(String addr, String rootToken) {
    this(addr, rootToken, null);
  }

  private VaultAdmin(String addr, String rootToken, HttpClient http, String namespace) {
    this.addr = addr;
    this.rootToken = rootToken;
    this.http = http;
    this.namespace = namespace;
  }

  /** The same admin acting inside a Vault namespace (X-Vault-Namespace). */
  VaultAdmin inNamespace(String ns) {
    return new VaultAdmin(addr, rootToken, http, ns);
  }

  /** For a private TLS server: {@code tls} trusts its CA. */
  VaultAdmin(String addr, String rootToken, SSLContext tls) {
    this.addr = addr;
    this.rootToken = rootToken;
    HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    if (tls != null) {
      b.sslContext(tls);
    }
    this.http = b.build();
    this.namespace = null;
  }

  String addr() {
    return addr;
  }

  /** A fresh name for a mount, policy or role, unique per run. */
  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  JsonNode get(String path) {
    return call("GET", path, null, 200, 404);
  }

  JsonNode post(String path, Object body) {
    return call("POST", path, body, 200, 204);
  }

  JsonNode delete(String path) {
    return call("DELETE", path, null, 200, 204, 404);
  }

  JsonNode list(String path) {
    return call("LIST", path, null, 200, 404);
  }

  void enableKv(String mount, int version) {
    post("sys/mounts/" + mount, Map.of("type", "kv", "options", Map.of("version", "" + version)));
    if (version == 2) {
      awaitKvV2(mount);
    }
  }

  /**
   * A new KV v2 mount upgrades itself in the background and answers 400 ("Upgrading from
   * non-versioned to versioned data") until done; wait for its config endpoint to answer before the
   * test writes to it.
   */
  private void awaitKvV2(String mount) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (call("GET", mount + "/config", null, 200, 400).has("errors")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "KV v2 mount " + mount + " did not finish upgrading in 30 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  void disableMount(String mount) {
    delete("sys/mounts/" + mount);
  }

  void enableAuth(String path, String type) {
    post("sys/auth/" + path, Map.of("type", type));
  }

  void disableAuth(String path) {
    delete("sys/auth/" + path);
  }

  void policy(String name, String hcl) {
    call("PUT", "sys/policies/acl/" + name, Map.of("policy", hcl), 200, 204);
  }

  /** A policy allowing everything under a mount, and reading its mount info. */
  void mountPolicy(String name, String... mounts) {
    StringBuilder hcl = new StringBuilder();
    for (String m : mounts) {
      hcl.append("path \"")
          .append(m)
          .append("/*\" { capabilities = [\"create\",\"read\",\"update\",\"delete\",\"list\"] }\n");
    }
    policy(name, hcl.toString());
  }

  /** A child token with {@code policies}, for tokenSecretRef. */
  String token(String ttl, String... policies) {
    JsonNode r = post("auth/token/create", Map.of("policies", List.of(policies), "ttl", ttl));
    return r.path("auth").path("client_token").asText();
  }

  /** Writes KV v2 data and returns the new version. */
  long putV2(String mount, String key, Map<String, ?> data) {
    return post(mount + "/data/" + key, Map.of("data", data)).path("data").path("version").asLong();
  }

  void putV1(String mount, String key, Map<String, ?> data) {
    post(mount + "/" + key, data);
  }

  void customMetadata(String mount, String key, Map<String, String> custom) {
    post(mount + "/metadata/" + key, Map.of("custom_metadata", custom));
  }

  /**
   * Creates (or replaces) an AppRole role under auth mount {@code path} and returns its role id and
   * a new secret id.
   */
  String[] appRole(String path, String role, Map<String, ?> settings) {
    post("auth/" + path + "/role/" + role, settings);
    String roleId =
        get("auth/" + path + "/role/" + role + "/role-id").path("data").path("role_id").asText();
    String secretId =
        post("auth/" + path + "/role/" + role + "/secret-id", Map.of())
            .path("data")
            .path("secret_id")
            .asText();
    return new String[] {roleId, secretId};
  }

  /** The accessors of all live tokens that carry {@code policy}. */
  List<String> tokensWithPolicy(String policy) {
    List<String> out = new ArrayList<>();
    for (JsonNode accessor : list("auth/token/accessors").path("data").path("keys")) {
      JsonNode info =
          call(
              "POST",
              "auth/token/lookup-accessor",
              Map.of("accessor", accessor.asText()),
              200,
              400,
              403);
      for (JsonNode p : info.path("data").path("policies")) {
        if (p.asText().equals(policy)) {
          out.add(accessor.asText());
        }
      }
    }
    return out;
  }

  void revokeAccessor(String accessor) {
    post("auth/token/revoke-accessor", Map.of("accessor", accessor));
  }

  private JsonNode call(String method, String path, Object body, int... okStatuses) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(addr + "/v1/" + path))
              .timeout(Duration.ofSeconds(30))
              .header("X-Vault-Token", rootToken);
      if (namespace != null) {
        b.header("X-Vault-Namespace", namespace);
      }
      b.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      for (int ok : okStatuses) {
        if (r.statusCode() == ok) {
          return r.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(r.body());
        }
      }
      // Test-side failure: Vault's error list helps and holds no test secret values.
      throw new IllegalStateException(
          method
              + " "
              + path
              + " -> HTTP "
              + r.statusCode()
              + " "
              + JSON.readTree(r.body()).path("errors"));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
