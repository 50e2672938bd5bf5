package io.jeso.core.sync;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The complete Secret the operator should create or update to: every field jeso manages, with
 * labels and annotations that already include the managed label, the data-hash annotation and (for
 * Owner) the created-by label, and with foreign keys kept where the creation policy keeps them.
 *
 * @param fieldManager the field manager to write with ({@link
 *     io.jeso.core.hash.Hashes#fieldManager(String)})
 */
public record DesiredSecret(
    String namespace,
    String name,
    String type,
    Map<String, byte[]> data,
    Map<String, String> labels,
    Map<String, String> annotations,
    List<OwnerRef> ownerReferences,
    List<String> finalizers,
    boolean immutable,
    String fieldManager) {

  public DesiredSecret {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    type = type == null || type.isEmpty() ? "Opaque" : type;
    data = Map.copyOf(data);
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
    ownerReferences = List.copyOf(ownerReferences);
    finalizers = List.copyOf(finalizers);
  }

  /** Whether writing this would change nothing on {@code existing}. */
  public boolean sameAs(SecretSnapshot existing) {
    return existing != null
        && name.equals(existing.name())
        && type.equals(existing.type())
        && SecretSnapshot.SecretData.equal(data, existing.data())
        && labels.equals(existing.labels())
        && annotations.equals(existing.annotations())
        && ownerReferences.equals(existing.ownerReferences())
        && finalizers.equals(existing.finalizers())
        && immutable == existing.immutable();
  }

  /**
   * Whether only metadata differs from {@code existing} (data, type and immutability are equal).
   */
  public boolean sameContentAs(SecretSnapshot existing) {
    return type.equals(existing.type())
        && SecretSnapshot.SecretData.equal(data, existing.data())
        && immutable == existing.immutable();
  }

  @Override
  public String toString() {
    return "DesiredSecret["
        + namespace
        + "/"
        + name
        + ", type="
        + type
        + ", keys="
        + data.keySet()
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DesiredSecret d
        && namespace.equals(d.namespace)
        && name.equals(d.name)
        && type.equals(d.type)
        && SecretSnapshot.SecretData.equal(data, d.data)
        && labels.equals(d.labels)
        && annotations.equals(d.annotations)
        && ownerReferences.equals(d.ownerReferences)
        && finalizers.equals(d.finalizers)
        && immutable == d.immutable
        && Objects.equals(fieldManager, d.fieldManager);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        namespace, name, type, SecretSnapshot.SecretData.hash(data), labels, annotations);
  }
}
