package io.jeso.core.store;

import java.util.Optional;

/**
 * The flood gate: an ExternalSecret only fetches through a store whose Ready condition is True, so
 * a broken store does not make every ExternalSecret hammer the provider.
 */
public final class StoreReadiness {
  private StoreReadiness() {}

  /**
   * @param readyStatus the store's Ready condition status ({@code True}/{@code False}/{@code
   *     Unknown}), or null when it has none yet
   * @return empty when the store may be used, otherwise ESO's message {@code <Kind> "<name>" is not
   *     ready}
   */
  public static Optional<String> check(StoreRef store, String readyStatus) {
    if ("True".equals(readyStatus)) {
      return Optional.empty();
    }
    return Optional.of(store.kind().kind() + " \"" + store.name() + "\" is not ready");
  }
}
