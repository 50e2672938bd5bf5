package io.jeso.core.sync;

import java.util.Set;

/**
 * The data keys, labels and annotations of a Secret that this ExternalSecret wrote last time, known
 * from the Secret's managedFields entry for jeso's field manager ({@link ManagedFieldsReader}).
 * They are removed before the new desired state is laid over the Secret, so that keys dropped from
 * the ExternalSecret disappear while keys written by others (creationPolicy Merge) stay.
 */
public record ManagedKeys(Set<String> data, Set<String> labels, Set<String> annotations) {
  public static final ManagedKeys NONE = new ManagedKeys(Set.of(), Set.of(), Set.of());

  public ManagedKeys {
    data = data == null ? Set.of() : Set.copyOf(data);
    labels = labels == null ? Set.of() : Set.copyOf(labels);
    annotations = annotations == null ? Set.of() : Set.copyOf(annotations);
  }
}
