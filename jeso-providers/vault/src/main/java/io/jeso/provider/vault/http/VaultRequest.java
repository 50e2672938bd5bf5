package io.jeso.provider.vault.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to the Vault HTTP API.
 *
 * @param method GET, POST, PUT or DELETE; listing is a GET with {@code list=true}
 * @param path the API path after {@code /v1/}, e.g. {@code secret/data/app}
 * @param body a JSON body (maps, lists, strings, JSON nodes), or null
 * @param query query parameters, in order
 * @param call the call name for {@code externalsecret_provider_api_calls_count}, e.g. {@code
 *     ReadSecretData}
 * @param namespace a Vault namespace for this call instead of the store's, or null
 */
public record VaultRequest(
    String method,
    String path,
    Object body,
    Map<String, String> query,
    String call,
    String namespace) {

  public VaultRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(call, "call");
    query = query == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(query));
  }

  public static VaultRequest get(String path, String call) {
    return new VaultRequest("GET", path, null, Map.of(), call, null);
  }

  /** A LIST, sent as {@code GET ?list=true} (the form every HTTP client can send). */
  public static VaultRequest list(String path, String call) {
    return new VaultRequest("GET", path, null, Map.of("list", "true"), call, null);
  }

  public static VaultRequest post(String path, Object body, String call) {
    return new VaultRequest("POST", path, body, Map.of(), call, null);
  }

  public static VaultRequest delete(String path, String call) {
    return new VaultRequest("DELETE", path, null, Map.of(), call, null);
  }

  public VaultRequest withQuery(String name, String value) {
    Map<String, String> q = new LinkedHashMap<>(query);
    q.put(name, value);
    return new VaultRequest(method, path, body, q, call, namespace);
  }

  public VaultRequest withNamespace(String ns) {
    return new VaultRequest(method, path, body, query, call, ns);
  }

  @Override
  public String toString() {
    // The body can hold credentials or secret values: never print it.
    return method + " /v1/" + path + (body == null ? "" : " (with body)");
  }
}
