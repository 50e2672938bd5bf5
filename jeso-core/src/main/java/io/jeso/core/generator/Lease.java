package io.jeso.core.generator;

import java.time.Duration;
import java.util.Objects;

/**
 * A lease on generated values: how long they live and whether that can be extended.
 *
 * @param id the backend's lease id; not a credential, but it lets anyone with the right policy end
 *     the credentials, so it is kept out of logs, events, status and metrics ({@link #toString()}
 *     omits it)
 * @param ttl what was granted, counted from the moment of the answer; zero means no expiry
 * @param renewable whether {@link GeneratorSession#renew} may extend it
 */
public record Lease(String id, Duration ttl, boolean renewable) {
  public Lease {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ttl, "ttl");
  }

  @Override
  public String toString() {
    return "Lease[ttl=" + ttl + ", renewable=" + renewable + "]";
  }
}
