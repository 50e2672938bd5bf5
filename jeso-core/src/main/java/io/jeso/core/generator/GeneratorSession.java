package io.jeso.core.generator;

import io.jeso.core.provider.SecretProviderException;
import java.time.Duration;

/**
 * An open issuer of one generator. Messages of the exceptions it throws are shown to users: they
 * name paths and kinds, never a value and never a lease id.
 */
public interface GeneratorSession extends AutoCloseable {
  /** Issues new values (a new database user, say), with their lease if they have one. */
  Generated generate() throws SecretProviderException;

  /**
   * Extends lease {@code leaseId} by about {@code increment}. The backend may grant less (its max
   * TTL is near); the answer says what was granted, counted from now.
   */
  Lease renew(String leaseId, Duration increment) throws SecretProviderException;

  /** Ends lease {@code leaseId} now (the database user is dropped). Revoking twice is fine. */
  void revoke(String leaseId) throws SecretProviderException;

  /**
   * Keeps the session's own login alive (renews it when due; cheap when not). Returns false once it
   * can no longer be extended: whatever the session issued ends with it, so it must be re-issued on
   * a new session first.
   */
  boolean keepAlive() throws SecretProviderException;

  /**
   * Ends the session: what it issued and nobody revoked ends with it (Vault: the token's leases).
   */
  @Override
  void close();

  /**
   * Frees local resources but leaves the login and what it issued alive: jeso is stopping and the
   * next jeso takes over, so the credentials in use keep working in between.
   */
  void abandon();
}
