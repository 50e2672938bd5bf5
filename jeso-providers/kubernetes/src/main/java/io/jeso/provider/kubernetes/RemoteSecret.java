package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Secret read from the remote namespace, decoded. Its {@code toString} shows names and keys only.
 */
record RemoteSecret(
    String namespace,
    String name,
    Map<String, byte[]> data,
    Map<String, String> labels,
    Map<String, String> annotations) {

  RemoteSecret {
    data = data == null ? Map.of() : Map.copyOf(data);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }

  static RemoteSecret of(Secret secret) {
    ObjectMeta meta = secret.getMetadata();
    Map<String, byte[]> data = new TreeMap<>();
    if (secret.getData() != null) {
      Base64.Decoder base64 = Base64.getDecoder();
      secret.getData().forEach((k, v) -> data.put(k, v == null ? new byte[0] : base64.decode(v)));
    }
    return new RemoteSecret(
        meta.getNamespace(), meta.getName(), data, meta.getLabels(), meta.getAnnotations());
  }

  String describe() {
    return "Secret " + namespace + "/" + name;
  }

  @Override
  public String toString() {
    return "RemoteSecret["
        + namespace
        + "/"
        + name
        + ", keys="
        + new TreeMap<>(data).keySet()
        + "]";
  }
}
