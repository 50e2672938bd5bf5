package io.jeso.core.provider;

import java.util.List;
import java.util.Objects;

/**
 * A ServiceAccount a store authenticates as (ESO's {@code ServiceAccountSelector}).
 *
 * @param name the ServiceAccount's name
 * @param namespace as written in the store, or null (resolved like {@link KeyRef#namespace()})
 * @param audiences extra audiences for the minted token
 */
public record ServiceAccountRef(String name, String namespace, List<String> audiences) {
  public ServiceAccountRef {
    Objects.requireNonNull(name, "name");
    namespace = namespace == null || namespace.isEmpty() ? null : namespace;
    audiences = audiences == null ? List.of() : List.copyOf(audiences);
  }

  /** From the jeso-api model ({@code ServiceAccountSelector}: name, namespace, audiences). */
  public static ServiceAccountRef of(io.jeso.api.common.ServiceAccountSelector selector) {
    return new ServiceAccountRef(
        selector.getName(), selector.getNamespace(), selector.getAudiences());
  }
}
