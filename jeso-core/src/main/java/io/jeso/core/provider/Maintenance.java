package io.jeso.core.provider;

/**
 * Whether a provider is maintained. ESO warns on stores whose provider is not (event {@code
 * StoreUnmaintained} / {@code StoreDeprecated}) unless the store carries {@code
 * external-secrets.io/ignore-maintenance-checks}.
 */
public enum Maintenance {
  MAINTAINED,
  NOT_MAINTAINED,
  DEPRECATED
}
