package io.jeso.core.sync;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The target Secret as it exists now: what the planner needs of it and nothing else, so tests build
 * it in one line. The operator converts the fabric8 Secret into this.
 *
 * @param name the Secret's name
 * @param uid its UID
 * @param type its type ({@code Opaque} when unset)
 * @param data its data, decoded
 * @param labels its labels
 * @param annotations its annotations
 * @param ownerReferences its owner references
 * @param finalizers its finalizers
 * @param immutable whether {@code immutable: true} is set
 * @param managed what this ExternalSecret's field manager owns in it
 */
public record SecretSnapshot(
    String name,
    String uid,
    String type,
    Map<String, byte[]> data,
    Map<String, String> labels,
    Map<String, String> annotations,
    List<OwnerRef> ownerReferences,
    List<String> finalizers,
    boolean immutable,
    ManagedKeys managed) {

  public SecretSnapshot {
    Objects.requireNonNull(name, "name");
    type = type == null || type.isEmpty() ? "Opaque" : type;
    data = data == null ? Map.of() : Map.copyOf(data);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    ownerReferences = ownerReferences == null ? List.of() : List.copyOf(ownerReferences);
    finalizers = finalizers == null ? List.of() : List.copyOf(finalizers);
    managed = managed == null ? ManagedKeys.NONE : managed;
  }

  /** The controller owner reference, if any. */
  public java.util.Optional<OwnerRef> controller() {
    return ownerReferences.stream().filter(OwnerRef::controller).findFirst();
  }

  @Override
  public String toString() {
    // Never print values.
    return "SecretSnapshot[" + name + ", type=" + type + ", keys=" + data.keySet() + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretSnapshot s
        && name.equals(s.name)
        && Objects.equals(uid, s.uid)
        && type.equals(s.type)
        && SecretData.equal(data, s.data)
        && labels.equals(s.labels)
        && annotations.equals(s.annotations)
        && ownerReferences.equals(s.ownerReferences)
        && finalizers.equals(s.finalizers)
        && immutable == s.immutable
        && managed.equals(s.managed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, uid, type, SecretData.hash(data), labels, annotations, immutable);
  }

  /** Helpers for maps of byte arrays, which records compare by identity. */
  static final class SecretData {
    private SecretData() {}

    static boolean equal(Map<String, byte[]> a, Map<String, byte[]> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, byte[]> e : a.entrySet()) {
        byte[] other = b.get(e.getKey());
        if (other == null || !Arrays.equals(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }

    static int hash(Map<String, byte[]> data) {
      int h = 0;
      for (Map.Entry<String, byte[]> e : data.entrySet()) {
        h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
      }
      return h;
    }
  }
}
