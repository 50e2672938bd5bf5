package io.jeso.provider.fake;

import io.jeso.api.store.fake.FakeProvider;
import io.jeso.api.store.fake.FakeProviderData;
import io.jeso.core.provider.Capabilities;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.Maintenance;
import io.jeso.core.provider.SecretProvider;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreContext;
import io.jeso.core.store.StoreRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code spec.provider.fake}: static secrets written into the store itself, for tests and demos, as
 * in ESO.
 *
 * <p>Unlike other providers this one keeps state: what PushSecrets wrote lives in memory, per
 * store, for the life of the process, so that it survives the operator rebuilding the client after
 * a store edit (ESO keeps it per store name in its provider the same way). It is never persisted
 * and is lost on restart.
 */
public final class FakeSecretProvider implements SecretProvider<FakeProvider> {
  public static final String NAME = "fake";

  private final Map<StoreRef, PushedSecrets> pushedByStore = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<FakeProvider> specType() {
    return FakeProvider.class;
  }

  @Override
  public List<String> validateStore(StoreRef store, FakeProvider spec)
      throws InvalidStoreException {
    List<FakeProviderData> data = spec.getData() == null ? List.of() : spec.getData();
    for (int i = 0; i < data.size(); i++) {
      FakeProviderData entry = data.get(i);
      if (entry == null || isEmpty(entry.getKey())) {
        throw new InvalidStoreException("key must be set in data " + i);
      }
      if (isEmpty(entry.getValue())) {
        throw new InvalidStoreException("at least one value must be set in data " + i);
      }
    }
    Integer result = spec.getValidationResult();
    if (result != null && (result < 0 || result > 2)) {
      throw new InvalidStoreException(
          "validationResult must be 0 (Ready), 1 (Unknown) or 2 (Error), not " + result);
    }
    return List.of();
  }

  @Override
  public SecretsClient newClient(StoreContext<FakeProvider> context) throws InvalidStoreException {
    FakeProvider spec = context.providerSpec();
    validateStore(context.store(), spec);
    PushedSecrets pushed =
        pushedByStore.computeIfAbsent(context.store(), store -> new PushedSecrets());
    return new FakeClient(
        context.store(),
        FakeEntries.of(spec.getData()),
        pushed,
        FakeValidation.of(spec.getValidationResult()));
  }

  @Override
  public Capabilities capabilities() {
    return Capabilities.READ_WRITE;
  }

  @Override
  public Maintenance maintenance() {
    // As in ESO: the fake store is a test aid, and users get the usual warning event for it.
    return Maintenance.NOT_MAINTAINED;
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
