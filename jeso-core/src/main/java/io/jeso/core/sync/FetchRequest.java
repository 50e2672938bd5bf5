package io.jeso.core.sync;

import io.jeso.api.externalsecret.GeneratorRef;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.RemoteRef;

/** One provider call the operator makes for an ExternalSecret. */
public sealed interface FetchRequest
    permits FetchRequest.GetSecret,
        FetchRequest.GetSecretMap,
        FetchRequest.FindSecrets,
        FetchRequest.Generate {

  /** {@code data[i]}: {@link io.jeso.core.provider.SecretsClient#getSecret(RemoteRef)}. */
  record GetSecret(RemoteRef ref) implements FetchRequest {}

  /**
   * {@code dataFrom[i].extract}: {@link
   * io.jeso.core.provider.SecretsClient#getSecretMap(RemoteRef)}.
   */
  record GetSecretMap(RemoteRef ref) implements FetchRequest {}

  /**
   * {@code dataFrom[i].find}: {@link
   * io.jeso.core.provider.SecretsClient#getAllSecrets(FindRequest)}.
   */
  record FindSecrets(FindRequest find) implements FetchRequest {}

  /**
   * {@code dataFrom[i].sourceRef.generatorRef}: run a generator in the ExternalSecret's namespace.
   */
  record Generate(GeneratorRef generator) implements FetchRequest {}
}
