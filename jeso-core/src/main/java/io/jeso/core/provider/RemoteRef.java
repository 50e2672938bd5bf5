package io.jeso.core.provider;

import java.util.Objects;

/**
 * What an ExternalSecret asks a provider for in {@code data[].remoteRef} or {@code
 * dataFrom[].extract}: the remote key, an optional property inside it, an optional version, and
 * whether to fetch the value or its metadata. The key-naming and decoding options of the remoteRef
 * are applied by jeso, not by providers, so they are not here.
 *
 * @param key the provider's name for the secret (a path, an ARN, a Secret name); never empty
 * @param property a JSON path into the value ({@link io.jeso.core.data.JsonProperty}), or null for
 *     the whole value; providers whose secrets are maps (Kubernetes, Vault) use it as the map key
 *     first
 * @param version a provider-specific version selector, or null for the current one
 * @param metadataPolicy {@code FETCH} to return the secret's tags/labels instead of its value
 */
public record RemoteRef(
    String key, String property, String version, MetadataPolicy metadataPolicy) {
  public RemoteRef {
    Objects.requireNonNull(key, "key");
    property = emptyToNull(property);
    version = emptyToNull(version);
    metadataPolicy = metadataPolicy == null ? MetadataPolicy.NONE : metadataPolicy;
  }

  /** A reference to the current version of the whole value of {@code key}. */
  public static RemoteRef of(String key) {
    return new RemoteRef(key, null, null, MetadataPolicy.NONE);
  }

  public RemoteRef withProperty(String newProperty) {
    return new RemoteRef(key, newProperty, version, metadataPolicy);
  }

  public RemoteRef withVersion(String newVersion) {
    return new RemoteRef(key, property, newVersion, metadataPolicy);
  }

  public boolean hasProperty() {
    return property != null;
  }

  /** A description for messages and events: names only, never values. */
  public String describe() {
    StringBuilder sb = new StringBuilder("key=").append(key);
    if (property != null) {
      sb.append(", property=").append(property);
    }
    if (version != null) {
      sb.append(", version=").append(version);
    }
    return sb.toString();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** {@code remoteRef.metadataPolicy}: unset means {@code None}. */
  public enum MetadataPolicy {
    NONE,
    FETCH;

    /**
     * Parses the API value; null or "" is {@code None}, as ESO does since the CRD default was
     * removed.
     */
    public static MetadataPolicy parse(String value) {
      if (value == null || value.isEmpty() || value.equals("None")) {
        return NONE;
      }
      if (value.equals("Fetch")) {
        return FETCH;
      }
      throw new IllegalArgumentException(
          "unknown metadataPolicy " + value + ": must be None or Fetch");
    }
  }
}
