package io.jeso.provider.aws;

import io.jeso.core.provider.InvalidStoreException;

/**
 * {@code remoteRef.version} for Secrets Manager, as ESO reads it: {@code uuid/<VersionId>} selects
 * one version by id; anything else is a staging label; none means {@code AWSCURRENT}.
 *
 * @param versionId the VersionId, or null
 * @param stage the VersionStage, or null when {@code versionId} is set
 */
record SecretsManagerVersion(String versionId, String stage) {
  static final String CURRENT = "AWSCURRENT";
  static final String UUID_PREFIX = "uuid/";

  /**
   * @throws InvalidStoreException for {@code uuid/} without an id
   */
  static SecretsManagerVersion parse(String version) throws InvalidStoreException {
    if (version == null || version.isEmpty()) {
      return new SecretsManagerVersion(null, CURRENT);
    }
    if (version.startsWith(UUID_PREFIX)) {
      String id = version.substring(UUID_PREFIX.length());
      if (id.isBlank()) {
        throw new InvalidStoreException(
            "remoteRef.version " + version + " needs a VersionId after " + UUID_PREFIX);
      }
      return new SecretsManagerVersion(id, null);
    }
    return new SecretsManagerVersion(null, version);
  }

  /** For messages: {@code version=uuid/...} or {@code version=AWSCURRENT}. */
  String describe() {
    return versionId != null ? "version=" + UUID_PREFIX + versionId : "version=" + stage;
  }
}
