package io.jeso.core.sync;

import io.jeso.core.provider.SecretProviderException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a {@link FetchPlan}, filled in by the operator. Items without a result count as
 * failed ("not fetched"), so a forgotten item can never look like an empty secret.
 */
public final class FetchResults {
  private final Map<FetchItem, FetchResult> byItem = new HashMap<>();
  private final Map<FetchPlan.TemplateObjectRef, Map<String, byte[]>> templateObjects =
      new HashMap<>();

  public FetchResults value(FetchItem item, byte[] value) {
    byItem.put(item, FetchResult.value(value));
    return this;
  }

  public FetchResults values(FetchItem item, Map<String, byte[]> values) {
    byItem.put(item, FetchResult.values(values));
    return this;
  }

  public FetchResults failure(FetchItem item, SecretProviderException error) {
    byItem.put(item, FetchResult.of(error));
    return this;
  }

  /** A failure that did not come from a provider (store not ready, denied by conditions, ...). */
  public FetchResults failure(FetchItem item, String safeMessage, boolean retryable) {
    byItem.put(item, new FetchResult.Failed(safeMessage, retryable));
    return this;
  }

  public FetchResults templateObject(FetchPlan.TemplateObjectRef ref, Map<String, byte[]> data) {
    templateObjects.put(ref, Map.copyOf(data));
    return this;
  }

  /** The result of {@code item}; a missing one is a retryable failure. */
  public FetchResult get(FetchItem item) {
    return byItem.getOrDefault(
        item, new FetchResult.Failed(item.path() + " was not fetched", true));
  }

  /** A ConfigMap's or Secret's data for templateFrom; empty when it does not exist. */
  public Optional<Map<String, byte[]>> templateObject(FetchPlan.TemplateObjectRef ref) {
    return Optional.ofNullable(templateObjects.get(ref));
  }
}
