package io.jeso.provider.kubernetes;

import io.jeso.api.common.CAProvider;
import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.store.kubernetes.KubernetesAuth;
import io.jeso.api.store.kubernetes.KubernetesProvider;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.store.ReferentNamespaces;
import io.jeso.core.store.StoreRef;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The I/O-free checks of a {@code kubernetes} store spec, with ESO's messages where it has them.
 */
final class SpecValidator {
  private SpecValidator() {}

  static List<String> validate(StoreRef store, KubernetesProvider spec)
      throws InvalidStoreException {
    List<String> warnings = new ArrayList<>();
    if (spec.getAuthRef() != null) {
      selector(store, spec.getAuthRef(), "authRef");
      if (spec.getAuth() != null) {
        warnings.add("authRef is set, so auth is ignored: the kubeconfig's user is used");
      }
      return warnings;
    }
    serverUrl(spec);
    caProvider(store, spec.getServer() == null ? null : spec.getServer().getCaProvider());
    KubernetesAuth auth = spec.getAuth();
    if (auth == null) {
      warnings.add("no auth is configured, so requests to the apiserver are anonymous");
      return warnings;
    }
    int methods =
        (auth.getCert() != null ? 1 : 0)
            + (auth.getToken() != null ? 1 : 0)
            + (auth.getServiceAccount() != null ? 1 : 0);
    if (methods != 1) {
      throw new InvalidStoreException(
          "auth must configure exactly one of cert, token and serviceAccount");
    }
    if (auth.getCert() != null) {
      selector(store, auth.getCert().getClientCert(), "ClientCert");
      selector(store, auth.getCert().getClientKey(), "ClientKey");
    }
    if (auth.getToken() != null) {
      selector(store, auth.getToken().getBearerToken(), "BearerToken");
    }
    if (auth.getServiceAccount() != null) {
      if (isEmpty(auth.getServiceAccount().getName())) {
        throw new InvalidStoreException("ServiceAccount.Name cannot be empty");
      }
      ReferentNamespaces.validate(store, auth.getServiceAccount().getNamespace(), true);
    }
    return warnings;
  }

  private static void serverUrl(KubernetesProvider spec) throws InvalidStoreException {
    String url = Connections.serverUrl(spec.getServer());
    try {
      URI uri = URI.create(url);
      if (uri.getHost() == null
          || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
        throw new IllegalArgumentException("no host");
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidStoreException("server.url " + url + " is not a valid http(s) URL");
    }
  }

  private static void caProvider(StoreRef store, CAProvider ca) throws InvalidStoreException {
    if (ca == null) {
      return;
    }
    boolean hasNamespace = !isEmpty(ca.getNamespace());
    if (store.kind().clusterScoped() && !hasNamespace) {
      throw new InvalidStoreException(
          "CAProvider.namespace must not be empty with ClusterSecretStore");
    }
    if (!store.kind().clusterScoped() && hasNamespace) {
      throw new InvalidStoreException("CAProvider.namespace must be empty with SecretStore");
    }
    if (isEmpty(ca.getName()) || isEmpty(ca.getKey()) || ca.getType() == null) {
      throw new InvalidStoreException("CAProvider must set type, name and key");
    }
  }

  /** ESO's field names in its messages: {@code BearerToken.Name cannot be empty}. */
  private static void selector(StoreRef store, SecretKeySelector ref, String field)
      throws InvalidStoreException {
    if (ref == null || isEmpty(ref.getName())) {
      throw new InvalidStoreException(field + ".Name cannot be empty");
    }
    if (isEmpty(ref.getKey())) {
      throw new InvalidStoreException(field + ".Key cannot be empty");
    }
    ReferentNamespaces.validate(store, ref.getNamespace(), true);
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
