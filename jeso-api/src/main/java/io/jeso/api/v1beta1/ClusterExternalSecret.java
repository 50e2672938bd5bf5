package io.jeso.api.v1beta1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.jeso.api.clusterexternalsecret.ClusterExternalSecretSpec;
import io.jeso.api.clusterexternalsecret.ClusterExternalSecretStatus;

/**
 * ClusterExternalSecret as served under v1beta1, with the v1 schema, so that manifests written for
 * ESO before 0.17 still apply. It exists only for the CRD; the apiserver stores every object as v1
 * (no conversion is needed because the schemas are the same), and jeso's code never uses this
 * class.
 */
@Group("external-secrets.io")
@Version(
    value = "v1beta1",
    storage = false,
    served = true,
    deprecated = true,
    deprecationWarning =
        "external-secrets.io/v1beta1 ClusterExternalSecret is deprecated; use external-secrets.io/v1")
@Kind("ClusterExternalSecret")
@Plural("clusterexternalsecrets")
@Singular("clusterexternalsecret")
@ShortNames("ces")
@Categories("external-secrets")
@Labels("external-secrets.io/component=controller")
@AdditionalPrinterColumn(
    name = "Store",
    jsonPath = ".spec.externalSecretSpec.secretStoreRef.name",
    type = Type.STRING)
@AdditionalPrinterColumn(
    name = "Refresh Interval",
    jsonPath = ".spec.refreshTime",
    type = Type.STRING)
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].status",
    type = Type.STRING)
public class ClusterExternalSecret
    extends CustomResource<ClusterExternalSecretSpec, ClusterExternalSecretStatus> {

  /**
   * Status stays absent until jeso writes one, so a round trip of a user's manifest adds nothing.
   */
  @Override
  protected ClusterExternalSecretStatus initStatus() {
    return null;
  }
}
