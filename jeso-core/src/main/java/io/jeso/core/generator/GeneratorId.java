package io.jeso.core.generator;

import java.util.Objects;

/**
 * Names one generator object.
 *
 * @param kind the {@code generatorRef.kind} ({@code VaultDynamicSecret}, {@code ClusterGenerator})
 * @param name its name
 * @param namespace its namespace; null for a ClusterGenerator
 */
public record GeneratorId(String kind, String name, String namespace) {
  public GeneratorId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** {@code VaultDynamicSecret db}, for messages and events. */
  @Override
  public String toString() {
    return kind + " " + name;
  }
}
