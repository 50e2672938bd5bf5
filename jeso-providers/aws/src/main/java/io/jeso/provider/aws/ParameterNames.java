package io.jeso.provider.aws;

/**
 * Parameter Store names with a version: AWS accepts {@code name:version} (or {@code name:label})
 * wherever a name goes, which is how ESO passes {@code remoteRef.version}.
 */
final class ParameterNames {
  private ParameterNames() {}

  /** {@code prefix + key}, with {@code :version} when a version is asked for. */
  static String withVersion(String prefix, String key, String version) {
    String name = prefix + key;
    return version == null || version.isEmpty() ? name : name + ":" + version;
  }
}
