package io.jeso.api.v1;

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
import io.jeso.api.store.SecretStoreSpec;
import io.jeso.api.store.SecretStoreStatus;

/** ClusterSecretStore, storage version: the class the rest of jeso works with. */
@Group("external-secrets.io")
@Version(value = "v1", storage = true, served = true)
@Kind("ClusterSecretStore")
@Plural("clustersecretstores")
@Singular("clustersecretstore")
@ShortNames("css")
@Categories("external-secrets")
@Labels("external-secrets.io/component=controller")
@AdditionalPrinterColumn(name = "AGE", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
@AdditionalPrinterColumn(
    name = "Status",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason",
    type = Type.STRING)
@AdditionalPrinterColumn(
    name = "Capabilities",
    jsonPath = ".status.capabilities",
    type = Type.STRING)
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].status",
    type = Type.STRING)
public class ClusterSecretStore extends CustomResource<SecretStoreSpec, SecretStoreStatus> {

  /**
   * Status stays absent until jeso writes one, so a round trip of a user's manifest adds nothing.
   */
  @Override
  protected SecretStoreStatus initStatus() {
    return null;
  }
}
