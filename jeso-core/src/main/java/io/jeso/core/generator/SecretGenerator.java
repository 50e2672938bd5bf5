package io.jeso.core.generator;

import io.jeso.core.provider.SecretProviderException;

/**
 * One generator kind of {@code generators.external-secrets.io} (for example {@code
 * VaultDynamicSecret}). Implementations are discovered with {@link java.util.ServiceLoader} (list
 * the class in {@code META-INF/services/io.jeso.core.generator.SecretGenerator}), have a public
 * no-argument constructor and are stateless factories: the state lives in sessions.
 *
 * @param <S> the model class of the generator's spec (the namespaced kind's {@code spec}, which is
 *     also what a ClusterGenerator wraps under {@code spec.generator.<kind>Spec})
 */
public interface SecretGenerator<S> {
  /** The generator's kind, e.g. {@code VaultDynamicSecret}: the {@code generatorRef.kind}. */
  String kind();

  /** The model class of the spec, used to hand the generator its typed spec. */
  Class<S> specType();

  /** The spec's controller class ({@code spec.controller}); null or empty: every controller. */
  String controllerClass(S spec);

  /**
   * Opens an issuer for one generator object acting for one namespace. May do I/O (log in). The
   * operator keeps the session open while anything it issued is in use.
   *
   * @throws io.jeso.core.provider.InvalidStoreException when the spec cannot work
   * @throws io.jeso.core.provider.AuthenticationException when the backend rejects the credentials
   * @throws io.jeso.core.provider.ProviderException when the backend cannot be reached now
   */
  GeneratorSession open(GeneratorContext<S> context) throws SecretProviderException;
}
