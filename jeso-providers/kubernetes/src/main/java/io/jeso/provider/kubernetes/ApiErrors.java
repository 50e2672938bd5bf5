package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;

/**
 * Turns apiserver failures into the SPI's typed errors with messages of jeso's own words. The
 * apiserver's status text names users and resources, never Secret values, but it is still only
 * attached through the SPI's sanitizer, and only where it adds something.
 */
final class ApiErrors {
  private ApiErrors() {}

  /**
   * @param verb the RBAC verb of the failed request ({@code get}, {@code list}, ...)
   * @param what what was accessed, e.g. {@code Secret ns/name}
   * @param namespace the namespace the RBAC rule must cover
   */
  static SecretProviderException of(
      KubernetesClientException e, String verb, String what, String namespace) {
    int code = e.getCode();
    return switch (code) {
      case 401 ->
          new AuthenticationException(
              "the apiserver rejected the store's credentials (HTTP 401) while trying to "
                  + verb
                  + " "
                  + what);
      case 403 ->
          new AuthenticationException(
              "the store's credentials may not "
                  + verb
                  + " secrets in namespace "
                  + namespace
                  + " (HTTP 403 Forbidden, while accessing "
                  + what
                  + "); grant it with a Role and RoleBinding");
      case 404 -> new NoSecretException(what + " does not exist");
      case -1, 0 -> new ProviderException("cannot reach the apiserver to " + verb + " " + what, e);
      default ->
          new ProviderException(
              "the apiserver failed to " + verb + " " + what + " (HTTP " + code + ")", e);
    };
  }
}
