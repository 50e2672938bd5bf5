package io.jeso.core.provider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The providers available to this jeso process, by name. Built once in {@code main} (from the class
 * path with {@link #load()}) or in tests (with {@link #of(SecretProvider[])}) and passed to whoever
 * needs it: no static registry, so two tests can use two different sets.
 */
public final class ProviderRegistry {
  private final SortedMap<String, SecretProvider<?>> byName;

  private ProviderRegistry(SortedMap<String, SecretProvider<?>> byName) {
    this.byName = byName;
  }

  /** Discovers providers with {@link ServiceLoader} on the class loader of this class. */
  public static ProviderRegistry load() {
    return load(ProviderRegistry.class.getClassLoader());
  }

  /** Discovers providers with {@link ServiceLoader} on {@code loader}. */
  @SuppressWarnings("rawtypes")
  public static ProviderRegistry load(ClassLoader loader) {
    List<SecretProvider<?>> found = new ArrayList<>();
    for (SecretProvider provider : ServiceLoader.load(SecretProvider.class, loader)) {
      found.add(provider);
    }
    return of(found);
  }

  /** A registry of exactly these providers. */
  public static ProviderRegistry of(SecretProvider<?>... providers) {
    return of(List.of(providers));
  }

  /**
   * A registry of exactly these providers.
   *
   * @throws IllegalStateException if two providers share a name or a name is blank; the message
   *     lists every provider with its class so the duplicate jar is easy to find
   */
  public static ProviderRegistry of(Collection<? extends SecretProvider<?>> providers) {
    SortedMap<String, SecretProvider<?>> byName = new TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    for (SecretProvider<?> provider : providers) {
      String name = provider.name();
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(
            "provider "
                + provider.getClass().getName()
                + " has no name; available: "
                + describe(providers));
      }
      if (byName.putIfAbsent(name, provider) != null) {
        duplicates.add(name);
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalStateException(
          "duplicate provider name(s) "
              + duplicates
              + "; each spec.provider key must be served by one provider. Found: "
              + describe(providers));
    }
    return new ProviderRegistry(byName);
  }

  /** The provider registered under {@code name}, if any. */
  public Optional<SecretProvider<?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The registered names, sorted. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * Picks the provider for a store from the provider blocks that are set in its {@code
   * spec.provider}.
   *
   * @param configured the non-null blocks of {@code spec.provider}, by key (what the user wrote)
   * @throws InvalidStoreException when not exactly one block is set, the provider is not available
   *     in this build, or the block has the wrong type
   */
  public SelectedProvider<?> select(Map<String, ?> configured) throws InvalidStoreException {
    if (configured.isEmpty()) {
      throw new InvalidStoreException(
          "spec.provider must configure exactly one provider, but none is set");
    }
    if (configured.size() > 1) {
      throw new InvalidStoreException(
          "spec.provider must configure exactly one provider, but found "
              + new TreeMap<>(configured).keySet());
    }
    Map.Entry<String, ?> only = configured.entrySet().iterator().next();
    return select(only.getKey(), only.getValue());
  }

  /** Binds the provider called {@code name} to its spec block. */
  public SelectedProvider<?> select(String name, Object spec) throws InvalidStoreException {
    SecretProvider<?> provider = byName.get(name);
    if (provider == null) {
      throw new InvalidStoreException(
          "provider " + name + " is not available in this jeso build; available: " + names());
    }
    return bind(provider, spec);
  }

  private static <S> SelectedProvider<S> bind(SecretProvider<S> provider, Object spec)
      throws InvalidStoreException {
    if (!provider.specType().isInstance(spec)) {
      throw new InvalidStoreException(
          "spec.provider."
              + provider.name()
              + " has type "
              + (spec == null ? "null" : spec.getClass().getSimpleName())
              + ", expected "
              + provider.specType().getSimpleName());
    }
    return new SelectedProvider<>(provider, provider.specType().cast(spec));
  }

  private static String describe(Collection<? extends SecretProvider<?>> providers) {
    List<String> parts = new ArrayList<>();
    for (SecretProvider<?> p : providers) {
      parts.add(p.name() + "=" + p.getClass().getName());
    }
    return parts.toString();
  }

  @Override
  public String toString() {
    return "ProviderRegistry" + names();
  }
}
