package io.jeso.operator.externalsecret;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.store.StoreKind;
import io.jeso.core.store.StoreRef;
import io.jeso.core.sync.FetchItem;
import io.jeso.core.sync.FetchPlan;
import io.jeso.core.sync.FetchRequest;
import io.jeso.core.sync.FetchResults;
import io.jeso.operator.generator.Generators;
import io.jeso.operator.store.ResolvedStore;
import io.jeso.operator.store.StoreClients;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a {@link FetchPlan}: every item through its store's (cached) client, every template
 * ConfigMap or Secret from the ExternalSecret's namespace. Failures become typed results for the
 * planner; nothing here decides what to write.
 */
final class ProviderFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(ProviderFetcher.class);

  private final StoreClients clients;
  private final KubernetesClient kube;
  private final SharedReads reads;
  private final Generators generators;

  ProviderFetcher(
      StoreClients clients, KubernetesClient kube, SharedReads reads, Generators generators) {
    this.clients = clients;
    this.kube = kube;
    this.reads = reads;
    this.generators = generators;
  }

  /**
   * @param usable the stores the gate let through; items of other stores fail with the gate's
   *     message
   * @param blocked store → why it may not be used now
   * @param fresh read from the provider now instead of sharing a recent read (the user asked for a
   *     sync); for generators: issue new credentials
   */
  FetchResults fetch(
      boolean fresh,
      ExternalSecret es,
      FetchPlan plan,
      Map<StoreRef, ResolvedStore> usable,
      Map<StoreRef, StoreGate.Verdict.Blocked> blocked) {
    String namespace = es.getMetadata().getNamespace();
    FetchResults results = new FetchResults();
    for (FetchItem item : plan.items()) {
      if (item.request() instanceof FetchRequest.Generate) {
        generators.fetch(es, item, fresh, results);
        continue;
      }
      StoreGate.Verdict.Blocked why = blocked.get(item.store());
      if (why != null) {
        results.failure(item, why.message(), why.retryable());
        continue;
      }
      fetchOne(fresh, namespace, item, usable.get(item.store()), results);
    }
    for (FetchPlan.TemplateObjectRef ref : plan.templateObjects()) {
      readTemplateObject(namespace, ref, results);
    }
    return results;
  }

  private void fetchOne(
      boolean fresh, String namespace, FetchItem item, ResolvedStore store, FetchResults results) {
    SharedReads.Key key =
        new SharedReads.Key(
            store.ref(),
            store.uid(),
            store.generation(),
            store.ref().kind() == StoreKind.CLUSTER_SECRET_STORE ? namespace : null,
            item.request());
    try {
      switch (reads.get(key, fresh, () -> read(store, namespace, item.request()))) {
        case SharedReads.Answer.Value v -> results.value(item, v.value());
        case SharedReads.Answer.Values v -> results.values(item, v.values());
        case SharedReads.Answer.Missing m -> results.failure(item, m.error());
      }
    } catch (AuthenticationException e) {
      // The credentials may have rotated: the next attempt logs in again.
      clients.invalidate(store.ref());
      results.failure(item, e);
    } catch (SecretProviderException e) {
      results.failure(item, e);
    } catch (RuntimeException e) {
      // A provider bug. Its message could quote a value, so only the type is reported.
      LOG.error(
          "provider client for {} failed unexpectedly on {}: {}",
          store.ref(),
          item.path(),
          e.getClass().getName());
      results.failure(
          item,
          item.path()
              + ": the provider client failed unexpectedly ("
              + e.getClass().getSimpleName()
              + ")",
          true);
    }
  }

  private SharedReads.Answer read(ResolvedStore store, String namespace, FetchRequest request)
      throws SecretProviderException {
    SecretsClient client = clients.client(store, namespace);
    try {
      return switch (request) {
        case FetchRequest.GetSecret get ->
            new SharedReads.Answer.Value(client.getSecret(get.ref()));
        case FetchRequest.GetSecretMap map ->
            new SharedReads.Answer.Values(client.getSecretMap(map.ref()));
        case FetchRequest.FindSecrets find ->
            new SharedReads.Answer.Values(client.getAllSecrets(find.find()));
        case FetchRequest.Generate generate ->
            throw new IllegalStateException("generators are not read here");
      };
    } catch (NoSecretException e) {
      return new SharedReads.Answer.Missing(e);
    }
  }

  private void readTemplateObject(
      String namespace, FetchPlan.TemplateObjectRef ref, FetchResults results) {
    Map<String, byte[]> data = new HashMap<>();
    if (ref.kind() == FetchPlan.TemplateObjectRef.Kind.CONFIG_MAP) {
      ConfigMap map = kube.configMaps().inNamespace(namespace).withName(ref.name()).get();
      if (map == null) {
        return;
      }
      if (map.getData() != null) {
        map.getData().forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
      }
      if (map.getBinaryData() != null) {
        map.getBinaryData().forEach((k, v) -> data.put(k, Base64.getDecoder().decode(v)));
      }
    } else {
      Secret secret = kube.secrets().inNamespace(namespace).withName(ref.name()).get();
      if (secret == null) {
        return;
      }
      if (secret.getData() != null) {
        secret.getData().forEach((k, v) -> data.put(k, Base64.getDecoder().decode(v)));
      }
    }
    results.templateObject(ref, data);
  }
}
