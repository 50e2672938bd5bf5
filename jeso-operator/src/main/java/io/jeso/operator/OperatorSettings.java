package io.jeso.operator;

import java.time.Duration;

/**
 * How the operator runs. Names follow ESO's controller flags so that a migration is a rename of the
 * binary, not of the configuration; defaults differ from ESO's only where ESO's hurt at scale
 * (concurrency, see docs).
 *
 * @param concurrent ExternalSecret sync workers (virtual threads); ESO's default of 1 makes new
 *     objects wait
 * @param controllerClass stores whose {@code spec.controller} is empty or equal to this are served
 * @param namespace watch only this namespace; empty for all
 * @param storeRequeueInterval how often stores are re-validated when their spec does not say
 * @param clientMaxAge how long a provider client (and its login) is reused before it is rebuilt
 * @param namespaceRegexMatch how ClusterSecretStore namespaceRegexes match: {@code full} (jeso's
 *     default: the whole name) or {@code find} (ESO's: any part of the name)
 * @param templateLeftDelimiter ESO's {@code --template-left-delimiter} for target templates
 * @param templateRightDelimiter ESO's {@code --template-right-delimiter}
 * @param refreshConcurrency how many of the {@code concurrent} workers may run periodic refreshes
 *     at once; the others stay free for new and changed ExternalSecrets
 */
public record OperatorSettings(
    int concurrent,
    String controllerClass,
    String namespace,
    boolean leaderElection,
    String leaderElectionId,
    String leaderElectionNamespace,
    String metricsAddr,
    String liveAddr,
    Duration storeRequeueInterval,
    Duration clientMaxAge,
    boolean enableSecretStoreReconciler,
    boolean enableClusterStoreReconciler,
    boolean enableClusterExternalSecretReconciler,
    boolean enableFloodGate,
    String namespaceRegexMatch,
    Duration providerReadWindow,
    String templateLeftDelimiter,
    String templateRightDelimiter,
    int refreshConcurrency) {

  public static OperatorSettings defaults() {
    return new OperatorSettings(
        16,
        "default",
        "",
        false,
        "external-secrets-controller",
        "",
        ":8080",
        ":8082",
        Duration.ofMinutes(5),
        Duration.ofMinutes(15),
        true,
        true,
        true,
        true,
        "full",
        Duration.ofSeconds(30),
        "{{",
        "}}",
        2);
  }

  public OperatorSettings withAddresses(String metrics, String live) {
    return new OperatorSettings(
        concurrent,
        controllerClass,
        namespace,
        leaderElection,
        leaderElectionId,
        leaderElectionNamespace,
        metrics,
        live,
        storeRequeueInterval,
        clientMaxAge,
        enableSecretStoreReconciler,
        enableClusterStoreReconciler,
        enableClusterExternalSecretReconciler,
        enableFloodGate,
        namespaceRegexMatch,
        providerReadWindow,
        templateLeftDelimiter,
        templateRightDelimiter,
        refreshConcurrency);
  }

  public OperatorSettings withControllerClass(String controllerClass) {
    return new OperatorSettings(
        concurrent,
        controllerClass,
        namespace,
        leaderElection,
        leaderElectionId,
        leaderElectionNamespace,
        metricsAddr,
        liveAddr,
        storeRequeueInterval,
        clientMaxAge,
        enableSecretStoreReconciler,
        enableClusterStoreReconciler,
        enableClusterExternalSecretReconciler,
        enableFloodGate,
        namespaceRegexMatch,
        providerReadWindow,
        templateLeftDelimiter,
        templateRightDelimiter,
        refreshConcurrency);
  }

  /** {@code refreshConcurrency}, at least 1 and at most {@code concurrent}. */
  public int refreshWorkers() {
    return Math.max(1, Math.min(concurrent, refreshConcurrency));
  }

  public boolean watchesAllNamespaces() {
    return namespace == null || namespace.isEmpty();
  }
}
