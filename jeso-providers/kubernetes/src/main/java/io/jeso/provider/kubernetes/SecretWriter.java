package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.jeso.core.data.MalformedJsonException;
import io.jeso.core.data.SecretMaps;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.PushRemoteRef;
import io.jeso.core.provider.PushRequest;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.store.StoreRef;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * PushSecret for Kubernetes, as ESO does it: a push without property replaces the remote Secret's
 * data with the whole source Secret; a push with a property sets that one key; a delete with a
 * property removes that key, and the Secret with its last key.
 *
 * <p>Existing Secrets are changed by read-modify-write of the object as read: other fields (owner
 * references, finalizers, type) are kept, and the update carries the resourceVersion that was read,
 * so a concurrent writer makes it fail (and the operator retry) instead of losing data.
 */
final class SecretWriter {
  /** ESO's message, kept because users search for it. */
  static final String PROPERTY_REQUIRED =
      "requires property in RemoteRef to push secret value if secret key is defined";

  private final Api api;
  private final StoreRef store;
  private final String remoteNamespace;

  SecretWriter(Api api, StoreRef store, String remoteNamespace) {
    this.api = api;
    this.store = store;
    this.remoteNamespace = remoteNamespace;
  }

  void push(PushRequest request) throws SecretProviderException {
    PushRemoteRef remote = request.remote();
    if (remote.property() == null && request.secretKey() != null) {
      throw new InvalidStoreException(PROPERTY_REQUIRED);
    }
    PushMetadata meta = PushMetadata.parse(request.metadata(), store, remoteNamespace);
    String ns = meta.namespace();
    String name = remote.remoteKey();
    Optional<Secret> existing = api.readRaw(ns, name);
    if (existing.isEmpty()) {
      Map<String, String> data =
          remote.property() == null
              ? encode(wholeSecret(request.value(), name))
              : encode(Map.of(remote.property(), request.value()));
      Secret created =
          new SecretBuilder()
              .withNewMetadata()
              .withNamespace(ns)
              .withName(name)
              .withLabels(nullIfEmpty(meta.labels()))
              .withAnnotations(nullIfEmpty(meta.annotations()))
              .endMetadata()
              .withType("Opaque")
              .withData(data)
              .build();
      api.call(
          Api.Call.CREATE_SECRET,
          () -> api.secrets().inNamespace(ns).resource(created).create(),
          at(ns, name),
          ns);
      return;
    }
    Secret current = existing.get();
    Map<String, String> data = new LinkedHashMap<>(orEmpty(current.getData()));
    if (remote.property() == null) {
      data = encode(wholeSecret(request.value(), name));
    } else {
      data.put(remote.property(), Base64.getEncoder().encodeToString(request.value()));
    }
    Map<String, String> labels =
        meta.merge(orEmpty(current.getMetadata().getLabels()), meta.labels());
    Map<String, String> annotations =
        meta.merge(orEmpty(current.getMetadata().getAnnotations()), meta.annotations());
    if (data.equals(orEmpty(current.getData()))
        && labels.equals(orEmpty(current.getMetadata().getLabels()))
        && annotations.equals(orEmpty(current.getMetadata().getAnnotations()))) {
      return; // Nothing changed: no write, no resourceVersion churn.
    }
    Secret updated =
        new SecretBuilder(current)
            .withData(data)
            .editMetadata()
            .withLabels(nullIfEmpty(labels))
            .withAnnotations(nullIfEmpty(annotations))
            .endMetadata()
            .build();
    update(updated, ns, name);
  }

  void delete(PushRemoteRef ref) throws SecretProviderException {
    String name = ref.remoteKey();
    Optional<Secret> existing = api.readRaw(remoteNamespace, name);
    if (existing.isEmpty()) {
      return;
    }
    Map<String, String> data = orEmpty(existing.get().getData());
    if (ref.property() != null) {
      if (!data.containsKey(ref.property())) {
        return;
      }
      if (data.size() > 1) {
        Map<String, String> rest = new LinkedHashMap<>(data);
        rest.remove(ref.property());
        update(new SecretBuilder(existing.get()).withData(rest).build(), remoteNamespace, name);
        return;
      }
    }
    api.call(
        Api.Call.DELETE_SECRET,
        () -> api.secrets().inNamespace(remoteNamespace).withName(name).delete(),
        at(remoteNamespace, name),
        remoteNamespace);
  }

  boolean exists(PushRemoteRef ref) throws SecretProviderException {
    Optional<RemoteSecret> existing = api.read(remoteNamespace, ref.remoteKey());
    if (existing.isEmpty() || ref.property() == null) {
      return existing.isPresent();
    }
    return existing.get().data().containsKey(ref.property());
  }

  private void update(Secret secret, String ns, String name) throws SecretProviderException {
    Objects.requireNonNull(secret.getMetadata().getResourceVersion(), "resourceVersion");
    api.call(
        Api.Call.UPDATE_SECRET,
        () -> api.secrets().inNamespace(ns).resource(secret).update(),
        at(ns, name),
        ns);
  }

  private static Map<String, byte[]> wholeSecret(byte[] json, String name)
      throws ProviderException {
    try {
      return SecretMaps.fromJson(json);
    } catch (MalformedJsonException e) {
      throw new ProviderException(
          "the value pushed to Secret " + name + " without a property must be a JSON object", e);
    }
  }

  private static Map<String, String> encode(Map<String, byte[]> data) {
    Map<String, String> encoded = new LinkedHashMap<>();
    data.forEach((k, v) -> encoded.put(k, Base64.getEncoder().encodeToString(v)));
    return encoded;
  }

  private static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  private static Map<String, String> nullIfEmpty(Map<String, String> map) {
    return map.isEmpty() ? null : map;
  }

  private static String at(String ns, String name) {
    return "Secret " + ns + "/" + name;
  }
}
