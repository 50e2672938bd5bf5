package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.core.data.FindMatcher;
import io.jeso.core.data.InvalidRegexException;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.PushRemoteRef;
import io.jeso.core.provider.PushRequest;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads (and PushSecret writes) Secrets of {@code remoteNamespace} with the credentials of one
 * store. It owns its fabric8 client and closes it in {@link #close()}.
 */
final class KubernetesSecretsClient implements SecretsClient {
  private final StoreRef store;
  private final String remoteNamespace;
  private final Api api;
  private final SecretWriter writer;
  private final AtomicBoolean closed = new AtomicBoolean();

  KubernetesSecretsClient(
      StoreRef store, String remoteNamespace, KubernetesClient client, ProviderApiCalls calls) {
    this.store = store;
    this.remoteNamespace = remoteNamespace;
    this.api = new Api(client, calls);
    this.writer = new SecretWriter(api, store, remoteNamespace);
  }

  @Override
  public byte[] getSecret(RemoteRef ref) throws SecretProviderException {
    return SecretValues.get(read(ref.key()), ref);
  }

  @Override
  public Map<String, byte[]> getSecretMap(RemoteRef ref) throws SecretProviderException {
    return SecretValues.map(read(ref.key()), ref);
  }

  @Override
  public Map<String, byte[]> getAllSecrets(FindRequest find) throws SecretProviderException {
    if (find.nameRegexp() == null && find.tags().isEmpty()) {
      throw new InvalidStoreException(
          "the kubernetes provider finds Secrets by name.regexp or by tags (labels)");
    }
    FindMatcher matcher = matcher(find);
    // Tags are labels: let the apiserver select, then match names here.
    List<Secret> items =
        api.call(
            Api.Call.LIST_SECRETS,
            () -> {
              var secrets = api.secrets().inNamespace(remoteNamespace);
              var selected = find.tags().isEmpty() ? secrets : secrets.withLabels(find.tags());
              return selected.list().getItems();
            },
            "Secrets in namespace " + remoteNamespace,
            remoteNamespace);
    Map<String, byte[]> found = new TreeMap<>();
    for (Secret item : items) {
      RemoteSecret secret = RemoteSecret.of(item);
      if (matcher.matches(secret.name(), secret.labels())) {
        found.put(secret.name(), SecretValues.wholeJson(secret.data()));
      }
    }
    return found;
  }

  @Override
  public void pushSecret(PushRequest request) throws SecretProviderException {
    writer.push(request);
  }

  @Override
  public void deleteSecret(PushRemoteRef ref) throws SecretProviderException {
    writer.delete(ref);
  }

  @Override
  public boolean secretExists(PushRemoteRef ref) throws SecretProviderException {
    return writer.exists(ref);
  }

  /** Asks the apiserver whether these credentials may get Secrets in the remote namespace. */
  @Override
  public StoreValidation validate() {
    SelfSubjectAccessReview review =
        new SelfSubjectAccessReviewBuilder()
            .withNewSpec()
            .withNewResourceAttributes()
            .withNamespace(remoteNamespace)
            .withVerb("get")
            .withResource("secrets")
            .endResourceAttributes()
            .endSpec()
            .build();
    try {
      SelfSubjectAccessReview answer =
          api.call(
              Api.Call.ACCESS_REVIEW,
              () -> api.client().authorization().v1().selfSubjectAccessReview().create(review),
              "a SelfSubjectAccessReview",
              remoteNamespace);
      if (answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed())) {
        return StoreValidation.ready();
      }
      return StoreValidation.error(
          "client is not allowed to get secrets in namespace " + remoteNamespace);
    } catch (AuthenticationException e) {
      return StoreValidation.error(e.getMessage());
    } catch (SecretProviderException e) {
      return StoreValidation.error("could not verify if client is valid: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      api.client().close();
    }
  }

  @Override
  public String toString() {
    return "KubernetesSecretsClient["
        + store
        + ", server="
        + api.client().getMasterUrl()
        + ", remoteNamespace="
        + remoteNamespace
        + "]";
  }

  private RemoteSecret read(String name) throws SecretProviderException {
    return api.read(remoteNamespace, name)
        .orElseThrow(
            () ->
                new NoSecretException(
                    "Secret " + remoteNamespace + "/" + name + " does not exist"));
  }

  private static FindMatcher matcher(FindRequest find) throws InvalidStoreException {
    try {
      return FindMatcher.of(find);
    } catch (InvalidRegexException e) {
      throw new InvalidStoreException(e.getMessage());
    }
  }
}
