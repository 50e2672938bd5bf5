package io.jeso.operator.externalsecret;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.jeso.core.sync.DesiredSecret;
import io.jeso.core.sync.ManagedFieldsReader;
import io.jeso.core.sync.OwnerRef;
import io.jeso.core.sync.SecretSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Between fabric8's Secret and jeso-core's value types. Decoded values live only in these
 * short-lived maps.
 */
final class SecretConversions {
  private SecretConversions() {}

  static SecretSnapshot snapshot(Secret secret, String fieldManager) {
    Map<String, byte[]> data = new LinkedHashMap<>();
    if (secret.getData() != null) {
      Base64.Decoder decoder = Base64.getDecoder();
      secret.getData().forEach((k, v) -> data.put(k, v == null ? new byte[0] : decoder.decode(v)));
    }
    if (secret.getStringData() != null) {
      secret.getStringData().forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }
    var meta = secret.getMetadata();
    return new SecretSnapshot(
        meta.getName(),
        meta.getUid(),
        secret.getType(),
        data,
        meta.getLabels(),
        meta.getAnnotations(),
        meta.getOwnerReferences() == null
            ? List.of()
            : meta.getOwnerReferences().stream().map(SecretConversions::ownerRef).toList(),
        meta.getFinalizers(),
        Boolean.TRUE.equals(secret.getImmutable()),
        ManagedFieldsReader.ownedBy(meta.getManagedFields(), fieldManager));
  }

  /**
   * A new Secret, or {@code existing} with every field jeso manages replaced and the rest left as
   * it was.
   */
  static Secret toSecret(DesiredSecret desired, Secret existing) {
    SecretBuilder builder = existing == null ? new SecretBuilder() : new SecretBuilder(existing);
    Map<String, String> encoded = new LinkedHashMap<>();
    Base64.Encoder encoder = Base64.getEncoder();
    desired.data().forEach((k, v) -> encoded.put(k, encoder.encodeToString(v)));
    return builder
        .editOrNewMetadata()
        .withName(desired.name())
        .withNamespace(desired.namespace())
        .withLabels(new LinkedHashMap<>(desired.labels()))
        .withAnnotations(new LinkedHashMap<>(desired.annotations()))
        .withOwnerReferences(
            desired.ownerReferences().stream().map(SecretConversions::ownerReference).toList())
        .withFinalizers(desired.finalizers())
        .endMetadata()
        .withType(desired.type())
        .withData(encoded)
        .withStringData(null)
        .withImmutable(desired.immutable() ? Boolean.TRUE : null)
        .build();
  }

  private static OwnerRef ownerRef(OwnerReference r) {
    return new OwnerRef(
        r.getApiVersion(),
        r.getKind(),
        r.getName(),
        r.getUid(),
        Boolean.TRUE.equals(r.getController()),
        Boolean.TRUE.equals(r.getBlockOwnerDeletion()));
  }

  private static OwnerReference ownerReference(OwnerRef r) {
    return new OwnerReferenceBuilder()
        .withApiVersion(r.apiVersion())
        .withKind(r.kind())
        .withName(r.name())
        .withUid(r.uid())
        .withController(r.controller() ? Boolean.TRUE : null)
        .withBlockOwnerDeletion(r.blockOwnerDeletion() ? Boolean.TRUE : null)
        .build();
  }
}
