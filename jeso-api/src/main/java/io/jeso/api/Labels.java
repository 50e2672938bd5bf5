package io.jeso.api;

/**
 * Label keys and values jeso reads or writes, identical to ESO's so that existing Secrets stay
 * managed.
 */
public final class Labels {

  /** On every Secret jeso manages; the selector of the managed-Secret cache and watch. */
  public static final String MANAGED = "reconcile.external-secrets.io/managed";

  public static final String MANAGED_VALUE = "true";

  /**
   * On Secrets created with creationPolicy Owner: sha3-224 of "namespace/name" of the
   * ExternalSecret.
   */
  public static final String CREATED_BY = "reconcile.external-secrets.io/created-by";

  /** Required on Secrets that the webhook provider or generator may read. */
  public static final String WEBHOOK_TYPE = "external-secrets.io/type";

  public static final String WEBHOOK_TYPE_VALUE = "webhook";

  /** On the CRDs themselves. */
  public static final String COMPONENT = "external-secrets.io/component";

  public static final String COMPONENT_CONTROLLER = "controller";
  public static final String COMPONENT_WEBHOOK = "webhook";

  /** Kubernetes sets this on every Namespace; ClusterSecretStore namespaces[] match on it. */
  public static final String NAMESPACE_NAME = "kubernetes.io/metadata.name";

  private Labels() {}
}
