package io.jeso.provider.kubernetes;

import static io.jeso.core.provider.ProviderApiCalls.ERROR;
import static io.jeso.core.provider.ProviderApiCalls.SUCCESS;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.SecretProviderException;
import java.util.Optional;
import java.util.function.Supplier;

/** Calls to the remote apiserver with failures turned into typed, value-free errors. */
final class Api {
  /** ESO's provider label for {@code externalsecret_provider_api_calls_count}. */
  static final String METRIC_PROVIDER = "Kubernetes";

  /** The requests this provider makes: their RBAC verb and their metric name (ESO's). */
  enum Call {
    GET_SECRET("get", "GetSecret"),
    LIST_SECRETS("list", "ListSecrets"),
    CREATE_SECRET("create", "CreateSecret"),
    UPDATE_SECRET("update", "UpdateSecret"),
    DELETE_SECRET("delete", "DeleteSecret"),
    ACCESS_REVIEW("create", "CreateSelfSubjectAccessReview");

    final String verb;
    final String metric;

    Call(String verb, String metric) {
      this.verb = verb;
      this.metric = metric;
    }
  }

  private final KubernetesClient client;
  private final ProviderApiCalls calls;

  Api(KubernetesClient client, ProviderApiCalls calls) {
    this.client = client;
    this.calls = calls;
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
    Secret secret =
        call(
            Call.GET_SECRET,
            () -> client.secrets().inNamespace(namespace).withName(name).get(),
            "Secret " + namespace + "/" + name,
            namespace);
    return Optional.ofNullable(secret);
  }

  /**
   * Runs {@code request} and records it for the provider API call metric.
   *
   * @param what the object, for messages
   * @param namespace the namespace an RBAC rule would have to cover
   */
  <T> T call(Call call, Supplier<T> request, String what, String namespace)
      throws SecretProviderException {
    try {
      T result = request.get();
      // fabric8 answers a 404 on get with null; ESO counts that call as an error.
      calls.record(METRIC_PROVIDER, call.metric, result == null ? ERROR : SUCCESS);
      return result;
    } catch (KubernetesClientException e) {
      calls.record(METRIC_PROVIDER, call.metric, ERROR);
      SecretProviderException renewal = tokenRenewalFailure(e);
      throw renewal != null ? renewal : ApiErrors.of(e, call.verb, what, namespace);
    } catch (RenewingToken.TokenRenewalException e) {
      calls.record(METRIC_PROVIDER, call.metric, ERROR);
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
