package io.jeso.core.generator;

import io.jeso.core.provider.SecretProviderException;

/**
 * A generator together with the typed spec it runs, so callers never cast.
 *
 * @param <S> the generator's spec type
 */
public record BoundGenerator<S>(SecretGenerator<S> generator, S spec) {
  public String kind() {
    return generator.kind();
  }

  public String controllerClass() {
    return generator.controllerClass(spec);
  }

  /** Opens a session; {@code contexts} turns the typed spec into a context (the operator's). */
  public GeneratorSession open(ContextFactory contexts) throws SecretProviderException {
    return generator.open(contexts.create(spec));
  }

  /** Creates the {@link GeneratorContext} for a spec of any generator type. */
  @FunctionalInterface
  public interface ContextFactory {
    <T> GeneratorContext<T> create(T spec);
  }
}
