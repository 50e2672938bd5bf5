package io.jeso.api;

/**
 * Finalizer names, identical to ESO's so that objects created by ESO are cleaned up by jeso and
 * vice versa.
 */
public final class Finalizers {

  public static final String EXTERNAL_SECRET =
      "externalsecrets.external-secrets.io/externalsecret-cleanup";

  public static final String CLUSTER_EXTERNAL_SECRET =
      "externalsecrets.external-secrets.io/clusterexternalsecret-cleanup";

  /**
   * ESO puts {@code externalsecrets.external-secrets.io/ces-<name>} on Namespaces. jeso never adds
   * it (stuck Terminating namespaces, ESO #5426) but removes it when it finds one left by ESO.
   */
  public static final String NAMESPACE_CES_PREFIX = "externalsecrets.external-secrets.io/ces-";

  /** On stores while PushSecrets with deletionPolicy Delete still reference them. */
  public static final String SECRET_STORE = "secretstore.externalsecrets.io/finalizer";

  public static final String PUSH_SECRET = "pushsecret.externalsecrets.io/finalizer";

  private Finalizers() {}
}
