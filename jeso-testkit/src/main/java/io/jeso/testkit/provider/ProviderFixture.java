package io.jeso.testkit.provider;

import io.jeso.core.provider.SecretsClient;
import java.util.Map;
import java.util.Set;

/**
 * What a provider module supplies to {@link ProviderContractTest}: a way to arrange remote secrets
 * in the real backend (or the fake's store) and a client that reads them.
 *
 * <p>Secrets are described as JSON objects because that is the one shape every provider can hold:
 * JSON-valued providers (fake, AWS, GCP, Azure) store the object's text as the value, map-valued
 * providers (Kubernetes, Vault KV) store each top-level entry as one key of the secret, with
 * non-string entries as their JSON text. Either way {@code property: a.b} and {@code
 * dataFrom.extract} give the same answers, which is what the contract checks.
 *
 * <p>A fixture lives for one test. The contract test calls {@link #client()} after it has arranged
 * the data, so a fixture may build a new client per call (the fake provider does, because its data
 * is part of the store spec); {@link #close()} closes whatever it built.
 */
public abstract class ProviderFixture implements AutoCloseable {

  /** Optional parts of the contract; a test of an absent feature is skipped. */
  public enum Feature {
    /** A secret can hold one non-JSON value, which {@code getSecret} returns unchanged. */
    PLAIN_VALUES,
    /** {@code remoteRef.version} selects among stored versions ({@link #putVersion}). */
    VERSIONS,
    /** {@code find.name.regexp} lists secrets. */
    FIND_BY_NAME,
    /** {@code find.tags} lists secrets by tags or labels ({@link #putTagged}). */
    FIND_BY_TAGS,
    /** PushSecret: push, delete and exists. */
    PUSH
  }

  /** The features this provider supports. */
  public abstract Set<Feature> features();

  /**
   * Stores (or replaces) the secret {@code key} with the content {@code json}: values are {@code
   * String}s, nested {@code Map}s, {@code List}s, numbers or booleans.
   */
  public abstract void putJson(String key, Map<String, ?> json) throws Exception;

  /** Deletes the secret {@code key} from the backend, bypassing the client. */
  public abstract void delete(String key) throws Exception;

  /** A client over the backend as arranged so far. */
  public abstract SecretsClient client() throws Exception;

  /** {@link Feature#PLAIN_VALUES}: stores a single non-JSON value. */
  public void put(String key, String value) throws Exception {
    throw new UnsupportedOperationException("PLAIN_VALUES is not a feature of this fixture");
  }

  /** {@link Feature#FIND_BY_TAGS}: stores {@code json} under {@code key} with these tags. */
  public void putTagged(String key, Map<String, ?> json, Map<String, String> tags)
      throws Exception {
    throw new UnsupportedOperationException("FIND_BY_TAGS is not a feature of this fixture");
  }

  /**
   * {@link Feature#VERSIONS}: stores {@code json} as a new version of {@code key} and returns the
   * {@code remoteRef.version} that selects exactly this version later.
   */
  public String putVersion(String key, Map<String, ?> json) throws Exception {
    throw new UnsupportedOperationException("VERSIONS is not a feature of this fixture");
  }

  /**
   * {@link Feature#VERSIONS}: a well-formed version selector that matches no version of any secret.
   */
  public String missingVersion() {
    throw new UnsupportedOperationException("VERSIONS is not a feature of this fixture");
  }

  /**
   * Turns a simple lowercase name ({@code [a-z0-9-]}, under 50 characters) into this provider's key
   * for it, e.g. by adding a path prefix; find results are expected under the returned key.
   */
  public String key(String name) {
    return name;
  }

  @Override
  public void close() throws Exception {}
}
