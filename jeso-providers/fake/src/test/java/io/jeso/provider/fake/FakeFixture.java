package io.jeso.provider.fake;

import io.jeso.api.store.fake.FakeProvider;
import io.jeso.api.store.fake.FakeProviderData;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.provider.Json;
import io.jeso.testkit.provider.ProviderFixture;
import io.jeso.testkit.provider.TestStoreContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arranges data by writing it into the store spec, as a user would, and builds a new client per
 * {@link #client()} call because the spec is read when a client is built.
 */
final class FakeFixture extends ProviderFixture {
  private final FakeSecretProvider provider;
  private final StoreRef store;
  private final List<FakeProviderData> data = new ArrayList<>();
  private Integer validationResult;
  private int versions;

  FakeFixture(FakeSecretProvider provider, StoreRef store) {
    this.provider = provider;
    this.store = store;
  }

  @Override
  public Set<Feature> features() {
    return EnumSet.of(Feature.PLAIN_VALUES, Feature.VERSIONS, Feature.FIND_BY_NAME, Feature.PUSH);
  }

  @Override
  public void putJson(String key, Map<String, ?> json) {
    put(key, Json.write(json));
  }

  @Override
  public void put(String key, String value) {
    putEntry(key, value, null);
  }

  @Override
  public String putVersion(String key, Map<String, ?> json) {
    // Zero-padded so that string order, which the fake uses for "highest", is numeric order.
    String version = String.format("v%04d", ++versions);
    putEntry(key, Json.write(json), version);
    return version;
  }

  @Override
  public String missingVersion() {
    return "v9999";
  }

  @Override
  public void delete(String key) {
    data.removeIf(entry -> entry.getKey().equals(key));
  }

  /** Adds an entry with an explicit version (null for none). */
  void putEntry(String key, String value, String version) {
    data.removeIf(e -> e.getKey().equals(key) && java.util.Objects.equals(e.getVersion(), version));
    data.add(new FakeProviderData().withKey(key).withValue(value).withVersion(version));
  }

  void validationResult(Integer result) {
    this.validationResult = result;
  }

  FakeProvider spec() {
    return new FakeProvider().withData(List.copyOf(data)).withValidationResult(validationResult);
  }

  @Override
  public SecretsClient client() throws Exception {
    return provider.newClient(TestStoreContext.of(store, spec()));
  }
}
