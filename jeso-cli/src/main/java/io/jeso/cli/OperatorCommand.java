package io.jeso.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jeso.core.provider.ProviderRegistry;
import io.jeso.core.time.GoDuration;
import io.jeso.operator.JesoOperator;
import io.jeso.operator.OperatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jeso operator}: runs the controllers. Flag names follow ESO's controller where ESO has
 * them.
 */
@Command(
    name = "operator",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Runs jeso's controllers against the cluster of the current kubeconfig (or in-cluster): watches "
            + "ExternalSecrets, SecretStores, ClusterSecretStores and ClusterExternalSecrets of group "
            + "external-secrets.io (v1, and v1beta1 with the same schema) and keeps their Secrets in sync.%n")
final class OperatorCommand implements Callable<Integer> {
  @Option(
      names = "--kubeconfig",
      description = "Kubeconfig file (default: $KUBECONFIG, ~/.kube/config, in-cluster).")
  Path kubeconfig;

  @Option(
      names = "--namespace",
      defaultValue = "",
      description = "Watch only this namespace (default: all).")
  String namespace;

  @Option(
      names = "--concurrent",
      defaultValue = "16",
      description =
          "ExternalSecret syncs run at once, on virtual threads (ESO's default is 1). Default: ${DEFAULT-VALUE}.")
  int concurrent;

  @Option(
      names = "--refresh-concurrency",
      defaultValue = "2",
      description =
          "How many of the --concurrent workers may run periodic refreshes at once; the others stay free for"
              + " new and changed ExternalSecrets, so a refresh wave cannot delay them. Default: ${DEFAULT-VALUE}.")
  int refreshConcurrency;

  @Option(
      names = "--controller-class",
      defaultValue = "default",
      description =
          "Serve stores whose spec.controller is empty or this. Default: ${DEFAULT-VALUE}.")
  String controllerClass;

  @Option(
      names = "--enable-leader-election",
      description = "Elect a leader so that replicas take over on failure.")
  boolean leaderElection;

  @Option(
      names = "--leader-election-id",
      defaultValue = "external-secrets-controller",
      description = "Lease name. Default: ${DEFAULT-VALUE}.")
  String leaderElectionId;

  @Option(
      names = "--leader-election-namespace",
      defaultValue = "",
      description = "Lease namespace (default: the pod's).")
  String leaderElectionNamespace;

  @Option(
      names = "--metrics-addr",
      defaultValue = ":8080",
      description = "Prometheus /metrics address. Default: ${DEFAULT-VALUE}.")
  String metricsAddr;

  @Option(
      names = "--live-addr",
      defaultValue = ":8082",
      description = "/healthz and /readyz address. Default: ${DEFAULT-VALUE}.")
  String liveAddr;

  @Option(
      names = "--loglevel",
      defaultValue = "info",
      description = "debug, info, warn or error. Default: ${DEFAULT-VALUE}.")
  String logLevel;

  @Option(
      names = "--log-format",
      defaultValue = "text",
      description = "text or json (one JSON object per line). Default: ${DEFAULT-VALUE}.")
  String logFormat;

  @Option(
      names = "--store-requeue-interval",
      defaultValue = "5m",
      description =
          "How often stores are re-validated when their spec.refreshInterval is unset. Default: ${DEFAULT-VALUE}.")
  String storeRequeueInterval;

  @Option(
      names = "--provider-client-max-age",
      defaultValue = "15m",
      description =
          "How long a provider client and its login are reused before being rebuilt. Default: ${DEFAULT-VALUE}.")
  String clientMaxAge;

  @Option(
      names = "--enable-secret-store-reconciler",
      defaultValue = "true",
      fallbackValue = "true",
      arity = "0..1",
      description = "Validate SecretStores. Default: ${DEFAULT-VALUE}.")
  boolean secretStores;

  @Option(
      names = "--enable-cluster-store-reconciler",
      defaultValue = "true",
      fallbackValue = "true",
      arity = "0..1",
      description = "Validate and use ClusterSecretStores. Default: ${DEFAULT-VALUE}.")
  boolean clusterStores;

  @Option(
      names = "--enable-cluster-external-secret-reconciler",
      defaultValue = "true",
      fallbackValue = "true",
      arity = "0..1",
      description = "Fan out ClusterExternalSecrets. Default: ${DEFAULT-VALUE}.")
  boolean clusterExternalSecrets;

  @Option(
      names = "--enable-flood-gate",
      defaultValue = "true",
      fallbackValue = "true",
      arity = "0..1",
      description = "Skip ExternalSecrets whose store is not Ready. Default: ${DEFAULT-VALUE}.")
  boolean floodGate;

  @Option(
      names = "--namespace-regex-match",
      defaultValue = "full",
      description =
          "How ClusterSecretStore namespaceRegexes match: full (the whole name; safer) or find (any part, as ESO). Default: ${DEFAULT-VALUE}.")
  String namespaceRegexMatch;

  @Option(
      names = "--provider-read-window",
      defaultValue = "30s",
      description =
          "How long one provider read is shared by ExternalSecrets asking the same store, with the same credentials,"
              + " for the same secret (0s: never share). Force-syncs always read anew. Default: ${DEFAULT-VALUE}.")
  String providerReadWindow;

  @Option(
      names = "--template-left-delimiter",
      defaultValue = "{{",
      description =
          "Left delimiter of target templates (rewrite.transform keeps {{). Default: ${DEFAULT-VALUE}.")
  String templateLeftDelimiter;

  @Option(
      names = "--template-right-delimiter",
      defaultValue = "}}",
      description = "Right delimiter of target templates. Default: ${DEFAULT-VALUE}.")
  String templateRightDelimiter;

  @Override
  public Integer call() throws Exception {
    Logging.configure(logLevel, logFormat);
    OperatorSettings settings =
        new OperatorSettings(
            concurrent,
            controllerClass,
            namespace,
            leaderElection,
            leaderElectionId,
            leaderElectionNamespace,
            metricsAddr,
            liveAddr,
            duration("--store-requeue-interval", storeRequeueInterval),
            duration("--provider-client-max-age", clientMaxAge),
            secretStores,
            clusterStores,
            clusterExternalSecrets,
            floodGate,
            namespaceRegexMatch,
            duration("--provider-read-window", providerReadWindow),
            templateLeftDelimiter,
            templateRightDelimiter,
            refreshConcurrency);
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config()).build();
    JesoOperator jeso = JesoOperator.start(settings, client, ProviderRegistry.load());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  jeso.close();
                  client.close();
                  stopped.countDown();
                },
                "jeso-shutdown"));
    stopped.await();
    return 0;
  }

  private Config config() throws java.io.IOException {
    if (kubeconfig != null) {
      return Config.fromKubeconfig(Files.readString(kubeconfig));
    }
    return Config.autoConfigure(null);
  }

  private static Duration duration(String flag, String text) {
    try {
      return GoDuration.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
    }
  }
}
