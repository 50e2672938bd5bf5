package io.jeso.operator.externalsecret;

import io.jeso.api.store.ClusterSecretStoreCondition;
import io.jeso.core.store.ControllerClass;
import io.jeso.core.store.NamespaceCondition;
import io.jeso.core.store.NamespaceConditions;
import io.jeso.core.store.RegexMatch;
import io.jeso.core.store.StoreKind;
import io.jeso.core.store.StoreReadiness;
import io.jeso.core.store.StoreRef;
import io.jeso.operator.store.ResolvedStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether an ExternalSecret may use a store, before anything is fetched: the store exists,
 * this controller serves its class, a ClusterSecretStore's {@code conditions} admit the namespace
 * (enforced here, not only at admission, because users turn webhooks off at scale), and the store
 * is Ready (ESO's flood gate, which keeps a broken provider from being hammered by every
 * ExternalSecret).
 */
final class StoreGate {
  /** The answer for one store. */
  sealed interface Verdict {
    /** Go ahead. */
    record Usable(ResolvedStore store) implements Verdict {}

    /**
     * Not this controller's business (another controller class, or cluster stores disabled): write
     * nothing.
     */
    record NotOurs(String why) implements Verdict {}

    /** May not be used now; the message is for the status (names only). */
    record Blocked(String message, boolean retryable) implements Verdict {}
  }

  private final Function<StoreRef, Optional<ResolvedStore>> stores;
  private final Function<String, java.util.Map<String, String>> namespaceLabels;
  private final String controllerClass;
  private final boolean clusterStoresEnabled;
  private final boolean floodGate;
  private final RegexMatch regexMatch;

  StoreGate(
      Function<StoreRef, Optional<ResolvedStore>> stores,
      Function<String, java.util.Map<String, String>> namespaceLabels,
      String controllerClass,
      boolean clusterStoresEnabled,
      boolean floodGate,
      RegexMatch regexMatch) {
    this.stores = stores;
    this.namespaceLabels = namespaceLabels;
    this.controllerClass = controllerClass;
    this.clusterStoresEnabled = clusterStoresEnabled;
    this.floodGate = floodGate;
    this.regexMatch = regexMatch;
  }

  Verdict check(StoreRef ref, String namespace) {
    if (ref.kind() == StoreKind.CLUSTER_SECRET_STORE && !clusterStoresEnabled) {
      return new Verdict.NotOurs("the ClusterSecretStore reconciler is disabled");
    }
    Optional<ResolvedStore> found = stores.apply(ref);
    if (found.isEmpty()) {
      return new Verdict.Blocked(ref.kind().kind() + " \"" + ref.name() + "\" not found", true);
    }
    ResolvedStore store = found.get();
    if (!ControllerClass.serves(controllerClass, store.spec().getController())) {
      return new Verdict.NotOurs(
          "store " + ref + " belongs to controller class " + store.spec().getController());
    }
    if (ref.kind() == StoreKind.CLUSTER_SECRET_STORE) {
      NamespaceConditions.Decision admitted =
          NamespaceConditions.evaluate(
              ref.name(),
              conditions(store),
              namespace,
              namespaceLabels.apply(namespace),
              regexMatch);
      if (!admitted.allowed()) {
        return new Verdict.Blocked(admitted.message(), false);
      }
    }
    if (floodGate) {
      Optional<String> notReady = StoreReadiness.check(ref, store.readyStatus());
      if (notReady.isPresent()) {
        return new Verdict.Blocked(notReady.get(), true);
      }
    }
    return new Verdict.Usable(store);
  }

  private static List<NamespaceCondition> conditions(ResolvedStore store) {
    List<ClusterSecretStoreCondition> conditions = store.spec().getConditions();
    if (conditions == null) {
      return List.of();
    }
    return conditions.stream()
        .map(
            c ->
                new NamespaceCondition(
                    c.getNamespaceSelector(), c.getNamespaces(), c.getNamespaceRegexes()))
        .toList();
  }
}
