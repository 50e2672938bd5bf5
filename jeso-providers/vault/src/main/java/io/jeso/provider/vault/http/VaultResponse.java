package io.jeso.provider.vault.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Vault answer: the HTTP status and the parsed body. Vault wraps everything in one envelope
 * ({@code data}, {@code auth}, {@code lease_id}, {@code warnings}, {@code errors}); the accessors
 * here read it. Its {@code toString} shows the status only, never the body.
 */
public record VaultResponse(int status, JsonNode body) {

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  public boolean notFound() {
    return status == 404;
  }

  /** The {@code data} object, or a missing/null node. */
  public JsonNode data() {
    return body.path("data");
  }

  /** The {@code auth} object of a login or token renewal, or a missing/null node. */
  public JsonNode auth() {
    return body.path("auth");
  }

  /** Vault's warnings (names and advice, used to classify answers, never shown as they are). */
  public List<String> warnings() {
    return texts(body.path("warnings"));
  }

  /** Vault's error texts, used only to classify an answer (they are not shown to users). */
  public List<String> errors() {
    return texts(body.path("errors"));
  }

  /**
   * The lease of a dynamic secret ({@code database/creds/...}): id, duration and renewability.
   * Empty when the answer carries no lease (KV reads, logins).
   */
  public Optional<Lease> lease() {
    String id = body.path("lease_id").asText("");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Lease(
            id,
            Duration.ofSeconds(body.path("lease_duration").asLong(0)),
            body.path("renewable").asBoolean(false)));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> out.add(n.asText("")));
    }
    return out;
  }

  @Override
  public String toString() {
    return "VaultResponse[status=" + status + "]";
  }

  /** A lease on a dynamic secret; the id is not a secret (it names the lease, like an accessor). */
  public record Lease(String id, Duration duration, boolean renewable) {}
}
