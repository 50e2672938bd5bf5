package io.jeso.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.core.store.StoreRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

  record FakeSpec(String data) {}

  record VaultSpec(String server) {}

  static final class Named<S> implements SecretProvider<S> {
    private final String name;
    private final Class<S> type;

    Named(String name, Class<S> type) {
      this.name = name;
      this.type = type;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Class<S> specType() {
      return type;
    }

    @Override
    public List<String> validateStore(StoreRef store, S spec) {
      return List.of("checked " + spec);
    }

    @Override
    public SecretsClient newClient(StoreContext<S> context) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Capabilities capabilities() {
      return Capabilities.READ_ONLY;
    }
  }

  private final ProviderRegistry registry =
      ProviderRegistry.of(
          new Named<>("vault", VaultSpec.class), new Named<>("fake", FakeSpec.class));

  @Test
  void listsNamesSorted() {
    assertThat(registry.names()).containsExactly("fake", "vault");
    assertThat(registry.find("vault")).isPresent();
    assertThat(registry.find("aws")).isEmpty();
  }

  @Test
  void duplicateNamesFailListingEveryProvider() {
    assertThatThrownBy(
            () ->
                ProviderRegistry.of(
                    new Named<>("fake", FakeSpec.class), new Named<>("fake", FakeSpec.class)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("duplicate provider name(s) [fake]")
        .hasMessageContaining("fake=" + Named.class.getName());
  }

  @Test
  void blankNameFails() {
    assertThatThrownBy(() -> ProviderRegistry.of(new Named<>(" ", FakeSpec.class)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no name");
  }

  @Test
  void selectsTheOneConfiguredProviderWithItsTypedSpec() throws Exception {
    SelectedProvider<?> selected = registry.select(Map.of("vault", new VaultSpec("https://v")));

    assertThat(selected.name()).isEqualTo("vault");
    assertThat(selected.spec()).isEqualTo(new VaultSpec("https://v"));
    assertThat(selected.validateStore(StoreRef.clusterSecretStore("css")))
        .containsExactly("checked VaultSpec[server=https://v]");
  }

  @Test
  void exactlyOneProviderMustBeConfigured() {
    assertThatThrownBy(() -> registry.select(Map.of()))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessage("spec.provider must configure exactly one provider, but none is set");
    assertThatThrownBy(
            () -> registry.select(Map.of("vault", new VaultSpec("x"), "fake", new FakeSpec("y"))))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessage("spec.provider must configure exactly one provider, but found [fake, vault]");
  }

  @Test
  void unknownProviderAndWrongSpecTypeAreStoreErrors() {
    assertThatThrownBy(() -> registry.select("aws", new Object()))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessage("provider aws is not available in this jeso build; available: [fake, vault]");
    assertThatThrownBy(() -> registry.select("vault", new FakeSpec("x")))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessage("spec.provider.vault has type FakeSpec, expected VaultSpec");
  }

  @Test
  void serviceLoaderWithNoProvidersGivesAnEmptyRegistry() {
    assertThat(ProviderRegistry.load().names()).isEmpty();
  }
}
