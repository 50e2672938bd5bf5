package io.jeso.api.generator.v1alpha1;

import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.jeso.api.generator.PasswordSpec;

/**
 * The Password generator (namespaced), generators.external-secrets.io/v1alpha1. No status: ESO's
 * generators have none.
 */
@Group("generators.external-secrets.io")
@Version(value = "v1alpha1", storage = true, served = true)
@Kind("Password")
@Plural("passwords")
@Singular("password")
@Categories({"external-secrets", "external-secrets-generators"})
@Labels("external-secrets.io/component=controller")
public class Password extends CustomResource<PasswordSpec, Void> implements Namespaced {}
