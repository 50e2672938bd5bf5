package io.jeso.api;

/** Annotation keys jeso reads or writes, identical to ESO's. */
public final class Annotations {

  /** On the target Secret: hash of its data as last written, so edits and deletions are noticed. */
  public static final String DATA_HASH = "reconcile.external-secrets.io/data-hash";

  /**
   * The conventional force-sync annotation. Any label or annotation change forces a sync; this key
   * is only special in that a ClusterExternalSecret copies it onto its ExternalSecrets.
   */
  public static final String FORCE_SYNC = "external-secrets.io/force-sync";

  /** On a store (any value): silence the unmaintained/deprecated provider warnings. */
  public static final String IGNORE_MAINTENANCE_CHECKS =
      "external-secrets.io/ignore-maintenance-checks";

  // On ServiceAccounts, read by cloud workload-identity auth.
  public static final String EKS_ROLE_ARN = "eks.amazonaws.com/role-arn";
  public static final String EKS_AUDIENCE = "eks.amazonaws.com/audience";
  public static final String GKE_SERVICE_ACCOUNT = "iam.gke.io/gcp-service-account";
  public static final String AZURE_CLIENT_ID = "azure.workload.identity/client-id";
  public static final String AZURE_TENANT_ID = "azure.workload.identity/tenant-id";

  private Annotations() {}
}
