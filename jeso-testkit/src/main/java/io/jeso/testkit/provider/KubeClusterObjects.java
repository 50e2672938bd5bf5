package io.jeso.testkit.provider;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.ReferencedSecret;
import io.jeso.core.provider.TokenMinter;
import io.jeso.core.store.ClusterObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link ClusterObjects} over a real apiserver, for provider integration tests: reads with the
 * admin client and mints tokens with the TokenRequest API, like the operator does with its own
 * ServiceAccount. It counts minted tokens so tests can see renewals.
 */
public final class KubeClusterObjects implements ClusterObjects {
  private final KubernetesClient client;
  private final AtomicInteger tokensMinted = new AtomicInteger();

  public KubeClusterObjects(KubernetesClient client) {
    this.client = client;
  }

  /** How many tokens {@link #requestToken} has minted so far. */
  public int tokensMinted() {
    return tokensMinted.get();
  }

  @Override
  public Optional<ReferencedSecret> secret(String namespace, String name) throws ProviderException {
    Secret s = call(() -> client.secrets().inNamespace(namespace).withName(name).get());
    if (s == null) {
      return Optional.empty();
    }
    Map<String, byte[]> data = new HashMap<>();
    if (s.getData() != null) {
      s.getData().forEach((k, v) -> data.put(k, Base64.getDecoder().decode(v)));
    }
    return Optional.of(new ReferencedSecret(namespace, name, data, s.getMetadata().getLabels()));
  }

  @Override
  public Optional<Map<String, String>> configMap(String namespace, String name)
      throws ProviderException {
    ConfigMap cm = call(() -> client.configMaps().inNamespace(namespace).withName(name).get());
    if (cm == null) {
      return Optional.empty();
    }
    Map<String, String> data = new HashMap<>();
    if (cm.getData() != null) {
      data.putAll(cm.getData());
    }
    if (cm.getBinaryData() != null) {
      cm.getBinaryData().forEach((k, v) -> data.put(k, new String(Base64.getDecoder().decode(v))));
    }
    return Optional.of(data);
  }

  @Override
  public Optional<Map<String, String>> serviceAccountAnnotations(String namespace, String name)
      throws ProviderException {
    ServiceAccount sa =
        call(() -> client.serviceAccounts().inNamespace(namespace).withName(name).get());
    if (sa == null) {
      return Optional.empty();
    }
    Map<String, String> annotations = sa.getMetadata().getAnnotations();
    return Optional.of(annotations == null ? Map.of() : annotations);
  }

  @Override
  public Optional<TokenMinter.Token> requestToken(
      String namespace, String name, List<String> audiences, Duration expiration)
      throws ProviderException {
    if (serviceAccountAnnotations(namespace, name).isEmpty()) {
      return Optional.empty();
    }
    TokenRequest request =
        new TokenRequestBuilder()
            .withNewSpec()
            .withAudiences(audiences)
            .withExpirationSeconds(expiration.toSeconds())
            .endSpec()
            .build();
    TokenRequest answer =
        call(
            () ->
                client
                    .serviceAccounts()
                    .inNamespace(namespace)
                    .withName(name)
                    .tokenRequest(request));
    tokensMinted.incrementAndGet();
    Instant expiresAt = Instant.parse(answer.getStatus().getExpirationTimestamp());
    return Optional.of(new TokenMinter.Token(answer.getStatus().getToken(), expiresAt));
  }

  private static <T> T call(java.util.function.Supplier<T> read) throws ProviderException {
    try {
      return read.get();
    } catch (KubernetesClientException e) {
      throw new ProviderException("apiserver request failed (HTTP " + e.getCode() + ")", e);
    }
  }
}
