package io.jeso.core.generator;

/**
 * Why new credentials are issued. The names are value-free and appear in events and as a metric
 * label.
 */
public enum ReissueReason {
  /** The ExternalSecret had none yet. */
  FIRST("first issue"),
  /** The Secret holds credentials of an earlier jeso process, bound to that process's login. */
  RESTARTED("issued by an earlier jeso process"),
  /** A force-sync or a spec change asked for fresh data. */
  ROTATION_REQUESTED("a sync was requested"),
  /** The generator object changed (or another one is referenced). */
  GENERATOR_CHANGED("the generator changed"),
  /** The login that issued them cannot be extended any more; they would end with it. */
  SESSION_ENDING("the issuing login ends"),
  /** The lease ran out (jeso could not renew it in time). */
  EXPIRED("the lease expired"),
  /** The lease cannot be renewed. */
  NOT_RENEWABLE("the lease is not renewable"),
  /** A renewal was cut short: the lease is near its max TTL. */
  MAX_TTL("the lease is near its max TTL"),
  /** The backend refused to renew the lease (revoked behind jeso's back, or gone). */
  RENEW_FAILED("renewing the lease failed");

  private final String description;

  ReissueReason(String description) {
    this.description = description;
  }

  /** Words for events. */
  public String description() {
    return description;
  }

  /** The metric label value, e.g. {@code max_ttl}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
