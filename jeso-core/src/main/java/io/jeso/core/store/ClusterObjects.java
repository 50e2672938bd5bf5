package io.jeso.core.store;

import io.jeso.core.provider.ReferencedSecret;
import io.jeso.core.provider.SecretProviderException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw reads and token requests the operator performs for providers, with the namespace already
 * decided. jeso-core wraps it in {@link GuardedReferenceReader} and {@link GuardedTokenMinter},
 * which decide the namespace and turn absence into clear errors; the operator implements only this.
 */
public interface ClusterObjects {
  Optional<ReferencedSecret> secret(String namespace, String name) throws SecretProviderException;

  Optional<Map<String, String>> configMap(String namespace, String name)
      throws SecretProviderException;

  Optional<Map<String, String>> serviceAccountAnnotations(String namespace, String name)
      throws SecretProviderException;

  /** TokenRequest for {@code namespace/name}; empty when the ServiceAccount does not exist. */
  Optional<io.jeso.core.provider.TokenMinter.Token> requestToken(
      String namespace, String name, List<String> audiences, Duration expiration)
      throws SecretProviderException;
}
