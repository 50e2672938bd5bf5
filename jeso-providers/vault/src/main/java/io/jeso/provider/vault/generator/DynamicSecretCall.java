package io.jeso.provider.vault.generator;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeso.api.generator.VaultDynamicSecretResultType;
import io.jeso.api.generator.VaultDynamicSecretSpec;
import io.jeso.core.generator.Generated;
import io.jeso.core.generator.Lease;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultErrors;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import io.jeso.provider.vault.kv.GoJsonText;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The call a VaultDynamicSecret makes, and how its answer becomes values, as in ESO: a GET (with
 * {@code getParameters}) unless {@code method} says otherwise, in which case {@code parameters} is
 * the body; {@code resultType} picks {@code data} (default), {@code auth} or the whole answer;
 * string fields become their text, anything else its JSON.
 *
 * @param path the endpoint, e.g. {@code database/creds/app}; names it in messages
 */
record DynamicSecretCall(
    String method,
    String path,
    Map<String, String> query,
    JsonNode body,
    VaultDynamicSecretResultType resultType,
    boolean allowEmpty) {

  /** Reads and checks the spec (no I/O). */
  static DynamicSecretCall of(VaultDynamicSecretSpec spec) throws InvalidStoreException {
    String path = spec.getPath() == null ? "" : spec.getPath().strip();
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.startsWith("v1/")) {
      path = path.substring(3); // a path copied from an HTTP example
    }
    if (path.isEmpty()) {
      throw new InvalidStoreException("VaultDynamicSecret: spec.path is required");
    }
    String method =
        spec.getMethod() == null || spec.getMethod().isBlank()
            ? "GET"
            : spec.getMethod().strip().toUpperCase(Locale.ROOT);
    if (!List.of("GET", "POST", "PUT").contains(method)) {
      throw new InvalidStoreException(
          "VaultDynamicSecret: spec.method " + method + " is not supported (GET, POST or PUT)");
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (spec.getGetParameters() != null) {
      // Vault reads a list parameter from one comma-separated value as well as from repeats.
      spec.getGetParameters().forEach((k, v) -> query.put(k, v == null ? "" : String.join(",", v)));
    }
    VaultDynamicSecretResultType type =
        spec.getResultType() == null ? VaultDynamicSecretResultType.DATA : spec.getResultType();
    return new DynamicSecretCall(
        method,
        path,
        query,
        spec.getParameters(),
        type,
        Boolean.TRUE.equals(spec.getAllowEmptyResponse()));
  }

  VaultRequest request() {
    String call = method.equals("GET") ? "ReadSecretData" : "WriteSecretData";
    if (method.equals("GET")) {
      VaultRequest r = VaultRequest.get(path, call);
      for (Map.Entry<String, String> q : query.entrySet()) {
        r = r.withQuery(q.getKey(), q.getValue());
      }
      return r;
    }
    Object payload = body == null || body.isNull() ? Map.of() : body;
    return new VaultRequest(method, path, payload, Map.of(), call, null);
  }

  /** Vault's answer as values and lease. Messages name the path only. */
  Generated result(VaultResponse r) throws SecretProviderException {
    if (r.notFound()) {
      // Usually a role or mount that does not exist (yet): retried, since it may be created.
      throw new ProviderException(
          "Vault has nothing at "
              + path
              + " (HTTP 404): check the generator's path, role and mount");
    }
    if (!r.ok()) {
      throw VaultErrors.of(r, "calling " + path);
    }
    JsonNode selected =
        switch (resultType) {
          case DATA -> r.data();
          case AUTH -> r.auth();
          case RAW -> r.body();
        };
    Map<String, byte[]> values = values(selected);
    if (values.isEmpty() && !allowEmpty) {
      throw new ProviderException(
          "Vault answered "
              + path
              + " without "
              + (resultType == VaultDynamicSecretResultType.RAW
                  ? "a body"
                  : resultType.value().toLowerCase(Locale.ROOT))
              + " (set allowEmptyResponse if that is expected)");
    }
    // An auth result's lease is the token itself; jeso does not track tokens as leases.
    Optional<Lease> lease =
        resultType == VaultDynamicSecretResultType.AUTH
            ? Optional.empty()
            : r.lease().map(l -> new Lease(l.id(), l.duration(), l.renewable()));
    return new Generated(values, lease);
  }

  private static Map<String, byte[]> values(JsonNode node) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (node == null || !node.isObject()) {
      return out;
    }
    node.fields()
        .forEachRemaining(
            f ->
                out.put(
                    f.getKey(),
                    f.getValue().isTextual()
                        ? f.getValue().asText().getBytes(StandardCharsets.UTF_8)
                        : GoJsonText.bytes(f.getValue())));
    return out;
  }
}
