package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.jeso.core.provider.InvalidStoreException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the kubeconfig of {@code authRef}. Only what can be used safely inside the operator is
 * accepted: a server, inline CA data, and an inline token, client certificate or basic credentials.
 * File paths, {@code exec} plugins and auth providers are refused, because they would read files or
 * run commands of the operator's pod on behalf of whoever can write the Secret.
 */
final class KubeconfigAuth {
  private KubeconfigAuth() {}

  /**
   * @param source names the Secret, for messages
   * @return a config with server, trust and credentials set
   */
  static ConfigBuilder parse(byte[] kubeconfig, String source, ConfigBuilder config)
      throws InvalidStoreException {
    io.fabric8.kubernetes.api.model.Config parsed = parseYaml(kubeconfig, source);
    NamedContext context = currentContext(parsed, source);
    String clusterName = context.getContext().getCluster();
    String userName = context.getContext().getUser();
    Cluster cluster =
        find(parsed.getClusters(), clusterName, NamedCluster::getName, source, "cluster")
            .getCluster();
    applyCluster(config, cluster, source);
    if (userName != null && !userName.isEmpty()) {
      AuthInfo user =
          find(parsed.getUsers(), userName, NamedAuthInfo::getName, source, "user").getUser();
      applyUser(config, user, source);
    }
    return config;
  }

  private static io.fabric8.kubernetes.api.model.Config parseYaml(byte[] yaml, String source)
      throws InvalidStoreException {
    try {
      return KubeConfigUtils.parseConfigFromString(new String(yaml, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      // YAML parser messages quote the document, which holds credentials: no cause, no detail.
      throw new InvalidStoreException("the kubeconfig in " + source + " is not a valid kubeconfig");
    }
  }

  private static NamedContext currentContext(
      io.fabric8.kubernetes.api.model.Config parsed, String source) throws InvalidStoreException {
    List<NamedContext> contexts = parsed.getContexts() == null ? List.of() : parsed.getContexts();
    String current = parsed.getCurrentContext();
    if ((current == null || current.isEmpty()) && contexts.size() == 1) {
      return contexts.get(0);
    }
    NamedContext context = find(contexts, current, NamedContext::getName, source, "context");
    if (context.getContext() == null) {
      throw new InvalidStoreException("the kubeconfig in " + source + " has an empty context");
    }
    return context;
  }

  private static void applyCluster(ConfigBuilder config, Cluster cluster, String source)
      throws InvalidStoreException {
    if (cluster == null || cluster.getServer() == null || cluster.getServer().isEmpty()) {
      throw new InvalidStoreException("the kubeconfig in " + source + " names no server");
    }
    refuse(cluster.getCertificateAuthority(), "certificate-authority (a file path)", source);
    refuse(cluster.getProxyUrl(), "proxy-url", source);
    config.withMasterUrl(cluster.getServer());
    if (cluster.getCertificateAuthorityData() != null) {
      config.withCaCertData(cluster.getCertificateAuthorityData());
    }
    if (Boolean.TRUE.equals(cluster.getInsecureSkipTlsVerify())) {
      // The user asked for it explicitly in their kubeconfig, as kubectl would honour it.
      config.withTrustCerts(true).withDisableHostnameVerification(true);
    }
  }

  private static void applyUser(ConfigBuilder config, AuthInfo user, String source)
      throws InvalidStoreException {
    if (user == null) {
      return;
    }
    refuse(user.getExec(), "exec (a command to run)", source);
    refuse(user.getAuthProvider(), "auth-provider", source);
    refuse(user.getTokenFile(), "tokenFile (a file path)", source);
    refuse(user.getClientCertificate(), "client-certificate (a file path)", source);
    refuse(user.getClientKey(), "client-key (a file path)", source);
    refuse(user.getAs(), "as (impersonation)", source);
    if (user.getToken() != null) {
      config.withOauthToken(user.getToken());
    }
    if (user.getClientCertificateData() != null && user.getClientKeyData() != null) {
      byte[] key;
      try {
        key = java.util.Base64.getDecoder().decode(user.getClientKeyData());
      } catch (IllegalArgumentException e) {
        throw new InvalidStoreException(
            "the kubeconfig in " + source + " has client-key-data that is not base64");
      }
      config
          .withClientCertData(user.getClientCertificateData())
          .withClientKeyData(user.getClientKeyData())
          .withClientKeyAlgo(Credentials.keyAlgorithm(key));
    }
    if (user.getUsername() != null) {
      config.withUsername(user.getUsername()).withPassword(user.getPassword());
    }
  }

  private static void refuse(Object setting, String what, String source)
      throws InvalidStoreException {
    if (setting != null && !(setting instanceof String s && s.isEmpty())) {
      throw new InvalidStoreException(
          "the kubeconfig in "
              + source
              + " uses "
              + what
              + ", which jeso does not allow; use inline data (token, client-certificate-data)");
    }
  }

  private static <T> T find(
      List<T> items,
      String name,
      java.util.function.Function<T, String> nameOf,
      String source,
      String kind)
      throws InvalidStoreException {
    if (items != null && name != null) {
      for (T item : items) {
        if (name.equals(nameOf.apply(item))) {
          return item;
        }
      }
    }
    throw new InvalidStoreException(
        "the kubeconfig in " + source + " has no " + kind + " named " + name);
  }
}
