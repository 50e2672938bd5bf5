package io.jeso.operator.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.List;
import java.util.function.Predicate;

/**
 * An informer cache that keeps only the managedFields entries jeso reads. Every cached object
 * carries its managedFields, a tree of every field each writer ever set: for an ExternalSecret
 * (applied by a user, finalized, status-patched) they are several times the size of the object
 * itself, and jeso never reads them; of a Secret it reads only the entries of ExternalSecret field
 * managers (which keys a Merge owns). With thousands of objects cached, that is most of the heap.
 */
public final class CompactItemStore<R extends HasMetadata> extends BasicItemStore<R> {
  private final Predicate<String> keepManager;

  private CompactItemStore(Predicate<String> keepManager) {
    super(Cache::metaNamespaceKeyFunc);
    this.keepManager = keepManager;
  }

  /** Drops every managedFields entry. */
  public static <R extends HasMetadata> CompactItemStore<R> withoutManagedFields() {
    return new CompactItemStore<>(manager -> false);
  }

  /** Keeps the entries of managers whose name starts with {@code prefix}. */
  public static <R extends HasMetadata> CompactItemStore<R> keepingManagers(String prefix) {
    return new CompactItemStore<>(manager -> manager != null && manager.startsWith(prefix));
  }

  @Override
  public R put(String key, R obj) {
    var meta = obj.getMetadata();
    List<ManagedFieldsEntry> entries = meta == null ? null : meta.getManagedFields();
    if (entries != null && !entries.isEmpty()) {
      List<ManagedFieldsEntry> kept =
          entries.stream().filter(e -> keepManager.test(e.getManager())).toList();
      meta.setManagedFields(kept.isEmpty() ? null : kept);
    }
    return super.put(key, obj);
  }
}
