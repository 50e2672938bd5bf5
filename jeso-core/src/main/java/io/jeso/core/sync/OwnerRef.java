package io.jeso.core.sync;

import java.util.Objects;

/** An entry of {@code metadata.ownerReferences}, as jeso reads and writes it. */
public record OwnerRef(
    String apiVersion,
    String kind,
    String name,
    String uid,
    boolean controller,
    boolean blockOwnerDeletion) {
  public OwnerRef {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** The API group of {@link #apiVersion()} ("" for the core group). */
  public String group() {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /**
   * Whether both refer to the same object by group, kind and name; versions and UIDs are ignored,
   * as controller-runtime does when it sets or replaces a controller reference.
   */
  public boolean refersToSameObject(OwnerRef other) {
    return group().equals(other.group()) && kind.equals(other.kind) && name.equals(other.name);
  }
}
