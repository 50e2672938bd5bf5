package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.jeso.core.provider.SecretProviderException;
import java.util.Optional;
import java.util.function.Supplier;

/** Calls to the remote apiserver with failures turned into typed, value-free errors. */
final class Api {
  private final KubernetesClient client;

  Api(KubernetesClient client) {
    this.client = client;
  }

  KubernetesClient client() {
    return client;
  }

  MixedOperation<Secret, SecretList, Resource<Secret>> secrets() {
    return client.secrets();
  }

  /** The Secret, decoded, or empty when the apiserver says it does not exist. */
  Optional<RemoteSecret> read(String namespace, String name) throws SecretProviderException {
    return readRaw(namespace, name).map(RemoteSecret::of);
  }

  /** The Secret as the apiserver sent it, for read-modify-write. */
  Optional<Secret> readRaw(String namespace, String name) throws SecretProviderException {
    return Optional.ofNullable(
        call(
            () -> client.secrets().inNamespace(namespace).withName(name).get(),
            "get",
            "Secret " + namespace + "/" + name,
            namespace));
  }

  /**
   * Runs {@code request}.
   *
   * @param verb the RBAC verb, for messages
   * @param what the object, for messages
   * @param namespace the namespace an RBAC rule would have to cover
   */
  <T> T call(Supplier<T> request, String verb, String what, String namespace)
      throws SecretProviderException {
    try {
      return request.get();
    } catch (KubernetesClientException e) {
      SecretProviderException renewal = tokenRenewalFailure(e);
      throw renewal != null ? renewal : ApiErrors.of(e, verb, what, namespace);
    } catch (RenewingToken.TokenRenewalException e) {
      throw e.error();
    }
  }

  /** A ServiceAccount token that could not be renewed surfaces wrapped by fabric8. */
  private static SecretProviderException tokenRenewalFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RenewingToken.TokenRenewalException renewal) {
        return renewal.error();
      }
    }
    return null;
  }
}
