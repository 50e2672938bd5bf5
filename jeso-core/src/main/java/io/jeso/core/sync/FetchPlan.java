package io.jeso.core.sync;

import io.jeso.core.store.StoreRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the operator must fetch for one ExternalSecret, in ESO's order: every {@code dataFrom} entry
 * first (their maps are merged, later entries win), then every {@code data} entry (which overwrite
 * dataFrom keys). The operator resolves and gates each store once ({@link #stores()}: controller
 * class, ClusterSecretStore conditions, the Ready flood gate), executes the items (possibly in
 * parallel; order does not matter for fetching, only for merging, which the planner does), and
 * hands the results back to {@link SyncPlanner#plan(io.jeso.api.v1.ExternalSecret, FetchPlan,
 * FetchResults, SecretSnapshot, java.time.Instant)}.
 *
 * @param items the calls, in merge order
 * @param templateObjects ConfigMaps and Secrets in the ExternalSecret's namespace that {@code
 *     target.template.templateFrom} reads; the operator reads them too
 */
public record FetchPlan(List<FetchItem> items, List<TemplateObjectRef> templateObjects) {
  public FetchPlan {
    items = List.copyOf(items);
    templateObjects = List.copyOf(templateObjects);
  }

  /** The distinct stores the items use, in first-use order. */
  public Set<StoreRef> stores() {
    Set<StoreRef> stores = new LinkedHashSet<>();
    for (FetchItem item : items) {
      if (item.store() != null) {
        stores.add(item.store());
      }
    }
    return stores;
  }

  /** A ConfigMap or Secret that a template reads, in the ExternalSecret's namespace. */
  public record TemplateObjectRef(Kind kind, String name) {
    public TemplateObjectRef {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }

    /** The two kinds templateFrom can read. */
    public enum Kind {
      CONFIG_MAP,
      SECRET
    }
  }
}
