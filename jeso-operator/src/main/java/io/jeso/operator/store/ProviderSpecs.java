package io.jeso.operator.store;

import io.jeso.api.store.SecretStoreProvider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider blocks a store configures, by their {@code spec.provider} key, for the provider
 * registry.
 */
public final class ProviderSpecs {
  private ProviderSpecs() {}

  public static Map<String, Object> of(SecretStoreProvider provider) {
    Map<String, Object> configured = new LinkedHashMap<>();
    if (provider == null) {
      return configured;
    }
    put(configured, "aws", provider.getAws());
    put(configured, "vault", provider.getVault());
    put(configured, "gcpsm", provider.getGcpsm());
    put(configured, "azurekv", provider.getAzurekv());
    put(configured, "kubernetes", provider.getKubernetes());
    put(configured, "fake", provider.getFake());
    put(configured, "webhook", provider.getWebhook());
    configured.putAll(provider.getAdditionalProperties());
    return configured;
  }

  private static void put(Map<String, Object> configured, String name, Object spec) {
    if (spec != null) {
      configured.put(name, spec);
    }
  }
}
