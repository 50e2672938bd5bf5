package io.jeso.provider.vault.http;

import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.ProviderException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;

/**
 * The Vault HTTP API over {@code java.net.http}: one server, its TLS settings, the store's headers
 * and namespace, and metrics. It knows nothing about tokens or KV; callers pass the token per
 * request. The dynamic-secret generator reuses it for {@code database/creds/...} and {@code
 * sys/leases/...}.
 *
 * <p>Errors: a transport failure (refused, reset, timeout, TLS) is a {@link ProviderException}; any
 * HTTP answer, including 4xx and 5xx, is returned as a {@link VaultResponse} for the caller to
 * classify ({@link VaultErrors}). No message ever contains a request or response body.
 */
public final class VaultHttp implements AutoCloseable {
  /** ESO's provider label in {@code externalsecret_provider_api_calls_count}. */
  public static final String PROVIDER_LABEL = "HashiCorp/Vault";

  private static final String INDEX_HEADER = "X-Vault-Index";

  private final String server;
  private final HttpClient client;
  private final Settings settings;
  private final ProviderApiCalls calls;
  // The newest replication state Vault reported; sent back so reads see our own writes.
  private final AtomicReference<String> lastIndex = new AtomicReference<>();

  /**
   * @param server the base address, e.g. {@code https://vault:8200} (a path prefix is kept)
   * @param client the HTTP client with the store's TLS settings; closed with this object
   */
  public VaultHttp(String server, HttpClient client, Settings settings, ProviderApiCalls calls) {
    this.server = stripTrailingSlash(Objects.requireNonNull(server, "server"));
    this.client = Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.calls = calls == null ? ProviderApiCalls.NONE : calls;
  }

  /** The server address, for messages. */
  public String server() {
    return server;
  }

  /**
   * Sends {@code request} with {@code token} (null for unauthenticated calls such as logins).
   *
   * @throws ProviderException when no HTTP answer arrived
   */
  public VaultResponse send(VaultRequest request, String token) throws ProviderException {
    HttpRequest http = build(request, token);
    try {
      HttpResponse<byte[]> answer = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
      answer.headers().firstValue(INDEX_HEADER).ifPresent(lastIndex::set);
      VaultResponse response =
          new VaultResponse(answer.statusCode(), VaultJson.parse(answer.body()));
      record(request, success(response.status()));
      return response;
    } catch (HttpTimeoutException e) {
      record(request, false);
      throw new ProviderException(
          "Vault at " + server + " did not answer within " + settings.timeout().toSeconds() + "s");
    } catch (SSLException e) {
      record(request, false);
      throw new ProviderException(
          "TLS with Vault at " + server + " failed (check caBundle, caProvider and tls)", e);
    } catch (IOException e) {
      record(request, false);
      throw new ProviderException(
          "cannot reach Vault at " + server + " (" + e.getClass().getSimpleName() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException("interrupted while calling Vault at " + server);
    }
  }

  private HttpRequest build(VaultRequest request, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(request))
            .timeout(settings.timeout())
            // The Go client sends it; Vault Agent and proxies reject API calls without it.
            .header("X-Vault-Request", "true");
    settings.headers().forEach(b::header);
    String namespace = request.namespace() != null ? request.namespace() : settings.namespace();
    if (namespace != null && !namespace.isEmpty()) {
      b.header("X-Vault-Namespace", namespace);
    }
    if (token != null && !token.isEmpty()) {
      b.header("X-Vault-Token", token);
    }
    if (settings.readYourWrites()) {
      String index = lastIndex.get();
      if (index != null) {
        b.header(INDEX_HEADER, index);
      }
      if (settings.forwardInconsistent()) {
        b.header("X-Vault-Inconsistent", "forward-active-node");
      }
    }
    if (request.body() != null) {
      b.header("Content-Type", "application/json");
      b.method(
          request.method(),
          HttpRequest.BodyPublishers.ofByteArray(VaultJson.write(request.body())));
    } else {
      b.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
  }

  private URI uri(VaultRequest request) {
    StringBuilder sb = new StringBuilder(server).append("/v1/").append(encodePath(request.path()));
    char sep = '?';
    for (Map.Entry<String, String> q : request.query().entrySet()) {
      sb.append(sep).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
      sep = '&';
    }
    return URI.create(sb.toString());
  }

  /** Percent-encodes each path segment, keeping the slashes between them. */
  static String encodePath(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    StringJoiner joined = new StringJoiner("/");
    for (String segment : trimmed.split("/", -1)) {
      joined.add(encode(segment));
    }
    return joined.toString();
  }

  private static String encode(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        sb.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  /** ESO counts what its Go client counts as an error: transport failures and 4xx/5xx but 404. */
  private static boolean success(int status) {
    return status < 400 || status == 404;
  }

  private void record(VaultRequest request, boolean ok) {
    calls.record(
        PROVIDER_LABEL, request.call(), ok ? ProviderApiCalls.SUCCESS : ProviderApiCalls.ERROR);
  }

  private static String stripTrailingSlash(String s) {
    String out = s;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "VaultHttp[" + server + "]";
  }

  /**
   * The per-store request settings.
   *
   * @param namespace the store's Vault namespace ({@code X-Vault-Namespace}), or null
   * @param headers the store's extra headers
   * @param readYourWrites send back the newest {@code X-Vault-Index} (ESO turns this on when either
   *     readYourWrites or forwardInconsistent is set)
   * @param forwardInconsistent with readYourWrites, ask standbys to forward instead of retrying
   * @param timeout per request
   */
  public record Settings(
      String namespace,
      Map<String, String> headers,
      boolean readYourWrites,
      boolean forwardInconsistent,
      Duration timeout) {
    public Settings {
      headers = headers == null ? Map.of() : Map.copyOf(headers);
      timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    @Override
    public String toString() {
      // Header values can be credentials (an API gateway key): names only.
      return "Settings[namespace="
          + namespace
          + ", headers="
          + headers.keySet()
          + ", readYourWrites="
          + readYourWrites
          + ", forwardInconsistent="
          + forwardInconsistent
          + "]";
    }
  }
}
