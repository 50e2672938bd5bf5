package io.jeso.operator.kube;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.ReferencedSecret;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.TokenMinter;
import io.jeso.core.store.ClusterObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Kubernetes objects a provider may read while building a client, read straight from the API
 * server. jeso-core's guards decide which namespaces may be read; this class only reads. Reads
 * happen when a client is built, which the client cache makes rare, so they are not cached here.
 */
public final class KubeClusterObjects implements ClusterObjects {
  private final KubernetesClient client;

  public KubeClusterObjects(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Optional<ReferencedSecret> secret(String namespace, String name)
      throws SecretProviderException {
    Secret secret =
        call(
            "Secret",
            namespace,
            name,
            () -> client.secrets().inNamespace(namespace).withName(name).get());
    if (secret == null) {
      return Optional.empty();
    }
    Map<String, byte[]> data = new HashMap<>();
    Base64.Decoder decoder = Base64.getDecoder();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> data.put(k, decoder.decode(v)));
    }
    if (secret.getStringData() != null) {
      secret
          .getStringData()
          .forEach((k, v) -> data.put(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    Map<String, String> labels = secret.getMetadata().getLabels();
    return Optional.of(
        new ReferencedSecret(namespace, name, data, labels == null ? Map.of() : labels));
  }

  @Override
  public Optional<Map<String, String>> configMap(String namespace, String name)
      throws SecretProviderException {
    ConfigMap map =
        call(
            "ConfigMap",
            namespace,
            name,
            () -> client.configMaps().inNamespace(namespace).withName(name).get());
    if (map == null) {
      return Optional.empty();
    }
    Map<String, String> data = new HashMap<>();
    if (map.getData() != null) {
      data.putAll(map.getData());
    }
    if (map.getBinaryData() != null) {
      map.getBinaryData()
          .forEach(
              (k, v) ->
                  data.put(
                      k,
                      new String(
                          Base64.getDecoder().decode(v), java.nio.charset.StandardCharsets.UTF_8)));
    }
    return Optional.of(data);
  }

  @Override
  public Optional<Map<String, String>> serviceAccountAnnotations(String namespace, String name)
      throws SecretProviderException {
    ServiceAccount sa =
        call(
            "ServiceAccount",
            namespace,
            name,
            () -> client.serviceAccounts().inNamespace(namespace).withName(name).get());
    if (sa == null) {
      return Optional.empty();
    }
    Map<String, String> annotations = sa.getMetadata().getAnnotations();
    return Optional.of(annotations == null ? Map.of() : annotations);
  }

  @Override
  public Optional<TokenMinter.Token> requestToken(
      String namespace, String name, List<String> audiences, Duration expiration)
      throws SecretProviderException {
    TokenRequest request =
        new TokenRequestBuilder()
            .withNewSpec()
            .withAudiences(audiences)
            .withExpirationSeconds(expiration.toSeconds())
            .endSpec()
            .build();
    try {
      TokenRequest answer =
          client.serviceAccounts().inNamespace(namespace).withName(name).tokenRequest(request);
      return Optional.of(
          new TokenMinter.Token(
              answer.getStatus().getToken(),
              Instant.parse(answer.getStatus().getExpirationTimestamp())));
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return Optional.empty();
      }
      throw failure("create a token for ServiceAccount", namespace, name, e);
    }
  }

  private static <T> T call(String kind, String namespace, String name, Supplier<T> read)
      throws SecretProviderException {
    try {
      return read.get();
    } catch (KubernetesClientException e) {
      throw failure("read " + kind, namespace, name, e);
    }
  }

  /** The API server's status code and reason only: its message text could quote request content. */
  private static ProviderException failure(
      String what, String namespace, String name, KubernetesClientException e) {
    String reason = e.getStatus() == null ? null : e.getStatus().getReason();
    return new ProviderException(
        "cannot "
            + what
            + " "
            + namespace
            + "/"
            + name
            + ": HTTP "
            + e.getCode()
            + (reason == null ? "" : " " + reason));
  }
}
