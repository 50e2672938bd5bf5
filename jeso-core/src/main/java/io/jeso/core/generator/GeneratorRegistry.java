package io.jeso.core.generator;

import io.jeso.core.provider.InvalidStoreException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The generator kinds this jeso process can run, by kind. Built once in {@code main} with {@link
 * #load()} or in tests with {@link #of(SecretGenerator[])}; a kind served twice is fatal, as for
 * providers.
 */
public final class GeneratorRegistry {
  private final SortedMap<String, SecretGenerator<?>> byKind;

  private GeneratorRegistry(SortedMap<String, SecretGenerator<?>> byKind) {
    this.byKind = byKind;
  }

  /** Discovers generators with {@link ServiceLoader} on the class loader of this class. */
  public static GeneratorRegistry load() {
    return load(GeneratorRegistry.class.getClassLoader());
  }

  @SuppressWarnings("rawtypes")
  public static GeneratorRegistry load(ClassLoader loader) {
    List<SecretGenerator<?>> found = new ArrayList<>();
    for (SecretGenerator generator : ServiceLoader.load(SecretGenerator.class, loader)) {
      found.add(generator);
    }
    return of(found);
  }

  public static GeneratorRegistry of(SecretGenerator<?>... generators) {
    return of(List.of(generators));
  }

  /**
   * @throws IllegalStateException when two generators serve one kind or a kind is blank; the
   *     message lists every generator with its class
   */
  public static GeneratorRegistry of(Collection<? extends SecretGenerator<?>> generators) {
    SortedMap<String, SecretGenerator<?>> byKind = new TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    for (SecretGenerator<?> g : generators) {
      if (g.kind() == null || g.kind().isBlank()) {
        throw new IllegalStateException(
            "generator " + g.getClass().getName() + " has no kind; found: " + describe(generators));
      }
      if (byKind.putIfAbsent(g.kind(), g) != null) {
        duplicates.add(g.kind());
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalStateException(
          "generator kind(s) "
              + duplicates
              + " are served by more than one generator. Found: "
              + describe(generators));
    }
    return new GeneratorRegistry(byKind);
  }

  public Optional<SecretGenerator<?>> find(String kind) {
    return Optional.ofNullable(byKind.get(kind));
  }

  /** The kinds available, sorted. */
  public List<String> kinds() {
    return List.copyOf(byKind.keySet());
  }

  /**
   * Binds the generator of {@code kind} to its spec.
   *
   * @throws InvalidStoreException when this build has no such generator or the spec has the wrong
   *     type
   */
  public BoundGenerator<?> bind(String kind, Object spec) throws InvalidStoreException {
    SecretGenerator<?> generator = byKind.get(kind);
    if (generator == null) {
      throw new InvalidStoreException(
          "generator kind " + kind + " is not supported by this jeso build; available: " + kinds());
    }
    return bind(generator, spec);
  }

  private static <S> BoundGenerator<S> bind(SecretGenerator<S> generator, Object spec)
      throws InvalidStoreException {
    if (!generator.specType().isInstance(spec)) {
      throw new InvalidStoreException(
          "the "
              + generator.kind()
              + " generator has no spec"
              + (spec == null ? "" : " of type " + generator.specType().getSimpleName()));
    }
    return new BoundGenerator<>(generator, generator.specType().cast(spec));
  }

  private static String describe(Collection<? extends SecretGenerator<?>> generators) {
    List<String> parts = new ArrayList<>();
    generators.forEach(g -> parts.add(g.kind() + "=" + g.getClass().getName()));
    return parts.toString();
  }

  @Override
  public String toString() {
    return "GeneratorRegistry" + kinds();
  }
}
