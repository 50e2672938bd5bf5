package io.jeso.core.generator;

import java.util.Map;
import java.util.Optional;

/**
 * What a generator issued: the values (never printed) and their lease, if any. Values without a
 * lease are regenerated on every sync, as ESO does; leased ones are kept while the lease lives.
 */
public record Generated(Map<String, byte[]> values, Optional<Lease> lease) {
  public Generated {
    values = Map.copyOf(values);
  }

  @Override
  public String toString() {
    return "Generated[keys="
        + values.keySet()
        + ", "
        + lease.map(Lease::toString).orElse("no lease")
        + "]";
  }
}
