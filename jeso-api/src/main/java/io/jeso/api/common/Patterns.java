package io.jeso.api.common;

/**
 * Regular expressions shared by the CRD schema (through {@code @Pattern}) and by jeso's own
 * validation, so the two can never disagree. They are RE2-compatible because the apiserver
 * evaluates them with RE2.
 */
public final class Patterns {

  /** A Kubernetes object name (RFC 1123 subdomain): Secrets, stores, ConfigMaps, generators. */
  public static final String DNS_SUBDOMAIN =
      "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

  /** A namespace name (RFC 1123 label). */
  public static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

  /** A key of a Secret or ConfigMap. */
  public static final String SECRET_KEY = "^[-._a-zA-Z0-9]+$";

  /**
   * A sync window schedule: an @-shorthand ({@code @daily}, {@code @every 1h}) or five
   * space-separated cron fields. Only the shape is checked here; jeso parses the expression itself.
   */
  public static final String SYNC_WINDOW_SCHEDULE =
      "^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every \\S+.*|\\S+( \\S+){4})$";

  private Patterns() {}
}
