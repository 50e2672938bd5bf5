package io.jeso.api;

/** API groups, versions and kinds that jeso serves, as ESO names them. */
public final class ApiVersions {

  public static final String GROUP = "external-secrets.io";
  public static final String GENERATORS_GROUP = "generators.external-secrets.io";

  /** The storage version of the four core kinds; the only one the rest of jeso works with. */
  public static final String V1 = "v1";

  /**
   * Served with the same schema so that v1beta1 manifests keep applying (ESO stopped serving it in
   * 0.17).
   */
  public static final String V1BETA1 = "v1beta1";

  public static final String V1ALPHA1 = "v1alpha1";

  public static final String EXTERNAL_SECRETS_V1 = GROUP + "/" + V1;
  public static final String GENERATORS_V1ALPHA1 = GENERATORS_GROUP + "/" + V1ALPHA1;

  public static final String KIND_EXTERNAL_SECRET = "ExternalSecret";
  public static final String KIND_SECRET_STORE = "SecretStore";
  public static final String KIND_CLUSTER_SECRET_STORE = "ClusterSecretStore";
  public static final String KIND_CLUSTER_EXTERNAL_SECRET = "ClusterExternalSecret";
  public static final String KIND_CLUSTER_GENERATOR = "ClusterGenerator";

  /** The category every jeso CRD is listed under: {@code kubectl get external-secrets}. */
  public static final String CATEGORY = "external-secrets";

  private ApiVersions() {}
}
