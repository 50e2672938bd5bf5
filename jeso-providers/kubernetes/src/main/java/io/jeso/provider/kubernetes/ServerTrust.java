package io.jeso.provider.kubernetes;

import io.jeso.api.common.CAProvider;
import io.jeso.api.common.CAProviderType;
import io.jeso.api.store.kubernetes.KubernetesServer;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.KeyRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.StoreContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Which CA certificates to trust for the remote apiserver. */
final class ServerTrust {
  /** Where Kubernetes mounts the cluster CA into every pod. */
  static final Path IN_CLUSTER_CA = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/ca.crt");

  private ServerTrust() {}

  /**
   * The PEM bundle to trust: {@code caBundle}, else {@code caProvider}, else for the in-cluster
   * default URL the pod's cluster CA; empty means the JVM's default trust store (as ESO falls back
   * to the system roots).
   */
  static Optional<byte[]> caPem(StoreContext<?> context, KubernetesServer server, boolean inCluster)
      throws SecretProviderException {
    if (server != null && server.getCaBundle() != null && !server.getCaBundle().isBlank()) {
      return Optional.of(Pem.fromPemOrBase64(server.getCaBundle(), "server.caBundle"));
    }
    if (server != null && server.getCaProvider() != null) {
      return Optional.of(fromProvider(context, server.getCaProvider()));
    }
    if (inCluster && Files.isReadable(IN_CLUSTER_CA)) {
      try {
        return Optional.of(Files.readAllBytes(IN_CLUSTER_CA));
      } catch (IOException e) {
        throw new InvalidStoreException("cannot read the in-cluster CA " + IN_CLUSTER_CA, e);
      }
    }
    return Optional.empty();
  }

  private static byte[] fromProvider(StoreContext<?> context, CAProvider ca)
      throws SecretProviderException {
    if (ca.getKey() == null || ca.getKey().isEmpty()) {
      throw new InvalidStoreException("server.caProvider.key must be set");
    }
    KeyRef ref = new KeyRef(ca.getName(), ca.getKey(), ca.getNamespace());
    String what = "server.caProvider (" + ca.getType().value() + " " + ca.getName() + ")";
    if (ca.getType() == CAProviderType.CONFIG_MAP) {
      String pem = context.references().configMapValue(ref);
      return Pem.require(pem.getBytes(StandardCharsets.UTF_8), what);
    }
    return Pem.require(context.references().secretValue(ref), what);
  }
}
