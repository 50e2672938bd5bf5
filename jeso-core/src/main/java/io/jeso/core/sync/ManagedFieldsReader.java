package io.jeso.core.sync;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads which data keys, labels and annotations a field manager owns from a Secret's managedFields
 * (fieldsV1 entries such as {@code {"f:data": {"f:password": {}}, "f:metadata": {"f:labels":
 * {"f:app": {}}}}}).
 */
public final class ManagedFieldsReader {
  private ManagedFieldsReader() {}

  /** The keys {@code manager} owns; entries of other managers are ignored. */
  public static ManagedKeys ownedBy(List<ManagedFieldsEntry> entries, String manager) {
    Set<String> data = new HashSet<>();
    Set<String> labels = new HashSet<>();
    Set<String> annotations = new HashSet<>();
    for (ManagedFieldsEntry entry : entries == null ? List.<ManagedFieldsEntry>of() : entries) {
      if (!manager.equals(entry.getManager()) || entry.getFieldsV1() == null) {
        continue;
      }
      Map<String, Object> fields = entry.getFieldsV1().getAdditionalProperties();
      data.addAll(keys(fields.get("f:data")));
      if (fields.get("f:metadata") instanceof Map<?, ?> metadata) {
        labels.addAll(keys(metadata.get("f:labels")));
        annotations.addAll(keys(metadata.get("f:annotations")));
      }
    }
    return new ManagedKeys(data, labels, annotations);
  }

  private static Set<String> keys(Object node) {
    Set<String> out = new HashSet<>();
    if (node instanceof Map<?, ?> map) {
      for (Object k : map.keySet()) {
        String key = String.valueOf(k);
        if (key.startsWith("f:")) {
          out.add(key.substring(2));
        }
      }
    }
    return out;
  }
}
