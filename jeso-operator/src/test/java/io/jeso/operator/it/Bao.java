package io.jeso.operator.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The test's own hands on OpenBao with the root token (plain HTTP, no jeso classes): roles,
 * policies, auth roles, lease look-ups.
 */
final class Bao {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String addr;
  private final String root;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  Bao(String addr, String root) {
    this.addr = addr;
    this.root = root;
  }

  String addr() {
    return addr;
  }

  void write(String path, Map<String, ?> body) {
    call("POST", path, body, 200, 204);
  }

  JsonNode read(String path) {
    return call("GET", path, null, 200, 404);
  }

  void delete(String path) {
    call("DELETE", path, null, 200, 204, 404);
  }

  void policy(String name, String hcl) {
    call("PUT", "sys/policies/acl/" + name, Map.of("policy", hcl), 200, 204);
  }

  /** Whether Vault still knows the lease (lookup answers 400 for unknown leases). */
  boolean leaseExists(String leaseId) {
    JsonNode r = call("PUT", "sys/leases/lookup", Map.of("lease_id", leaseId), 200, 400);
    return r.path("data").has("id");
  }

  private JsonNode call(String method, String path, Object body, int... ok) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(addr + "/v1/" + path))
              .timeout(Duration.ofSeconds(30))
              .header("X-Vault-Token", root);
      b.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      for (int s : ok) {
        if (r.statusCode() == s) {
          return r.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(r.body());
        }
      }
      throw new IllegalStateException(
          method + " " + path + ": HTTP " + r.statusCode() + " " + new String(r.body()));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
