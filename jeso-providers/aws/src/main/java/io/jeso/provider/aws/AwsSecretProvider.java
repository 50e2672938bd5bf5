package io.jeso.provider.aws;

import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.store.aws.AwsAuth;
import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.aws.AwsService;
import io.jeso.core.provider.Capabilities;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ReferentPendingClient;
import io.jeso.core.provider.SecretProvider;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreContext;
import io.jeso.core.store.ReferentNamespaces;
import io.jeso.core.store.StoreRef;
import java.util.List;
import java.util.function.Function;

/**
 * {@code spec.provider.aws}: AWS Secrets Manager and Systems Manager Parameter Store, with static
 * keys, IRSA-style web identity or the SDK default chain, role chaining and session tags, as in
 * ESO. Endpoints can be moved (LocalStack, moto) with the environment variables listed in {@link
 * Endpoints}.
 */
public final class AwsSecretProvider implements SecretProvider<AwsProvider> {
  public static final String NAME = "aws";

  private final Function<String, String> environment;

  /** The provider as ServiceLoader builds it: endpoints come from the process environment. */
  public AwsSecretProvider() {
    this(System::getenv);
  }

  /**
   * A provider that reads endpoint settings from {@code environment} instead of the process
   * environment (tests, embedding).
   */
  public AwsSecretProvider(Function<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<AwsProvider> specType() {
    return AwsProvider.class;
  }

  @Override
  public List<String> validateStore(StoreRef store, AwsProvider spec) throws InvalidStoreException {
    return AwsStoreValidation.validate(store, spec);
  }

  @Override
  public SecretsClient newClient(StoreContext<AwsProvider> context) throws SecretProviderException {
    AwsProvider spec = context.providerSpec();
    AwsStoreValidation.validate(context.store(), spec);
    if (context.actingNamespace().isEmpty() && isReferent(context.store(), spec.getAuth())) {
      return new ReferentPendingClient(context.store());
    }
    Endpoints endpoints = new Endpoints(environment);
    AwsSdk sdk = new AwsSdk(spec.getRegion(), endpoints, context.apiCalls());
    try {
      AwsApi api =
          spec.getService() == AwsService.PARAMETER_STORE
              ? AwsApi.PARAMETER_STORE
              : AwsApi.SECRETS_MANAGER;
      StoreCredentials credentials =
          new StoreCredentials(
              new CredentialsChain(context, sdk).build(),
              new CallSite(
                  AwsApi.STS,
                  "credentials",
                  "",
                  endpoints.describe(AwsApi.STS, spec.getRegion()),
                  spec.getRegion()));
      return api == AwsApi.PARAMETER_STORE
          ? new ParameterStoreReader(
              sdk, sdk.parameterStore(credentials.provider()), spec.getPrefix(), credentials)
          : new SecretsManagerReader(
              sdk, sdk.secretsManager(credentials.provider()), spec.getPrefix(), credentials);
    } catch (SecretProviderException | RuntimeException e) {
      sdk.close();
      throw e;
    }
  }

  /** Whether a ClusterSecretStore resolves its credentials per ExternalSecret namespace. */
  static boolean isReferent(StoreRef store, AwsAuth auth) {
    if (auth == null) {
      return false;
    }
    if (auth.getJwt() != null) {
      var sa = auth.getJwt().getServiceAccountRef();
      return sa != null && ReferentNamespaces.isReferent(store, sa.getNamespace());
    }
    if (auth.getSecretRef() != null) {
      var ref = auth.getSecretRef();
      return referent(store, ref.getAccessKeyIDSecretRef())
          || referent(store, ref.getSecretAccessKeySecretRef())
          || referent(store, ref.getSessionTokenSecretRef());
    }
    return false;
  }

  private static boolean referent(StoreRef store, SecretKeySelector selector) {
    return selector != null && ReferentNamespaces.isReferent(store, selector.getNamespace());
  }

  @Override
  public Capabilities capabilities() {
    // ESO's AWS provider can push; jeso's does not yet, so it does not claim to.
    return Capabilities.READ_ONLY;
  }
}
