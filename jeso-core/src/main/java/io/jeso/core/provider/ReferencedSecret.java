package io.jeso.core.provider;

import java.util.Map;

/**
 * A Secret a store references, as read for a provider: its data and its labels (the webhook
 * provider requires {@code external-secrets.io/type: webhook} on the Secrets it uses).
 */
public record ReferencedSecret(
    String namespace, String name, Map<String, byte[]> data, Map<String, String> labels) {
  public ReferencedSecret {
    data = data == null ? Map.of() : Map.copyOf(data);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  @Override
  public String toString() {
    return "ReferencedSecret[" + namespace + "/" + name + ", keys=" + data.keySet() + "]";
  }
}
