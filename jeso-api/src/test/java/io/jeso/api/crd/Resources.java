package io.jeso.api.crd;

import java.util.List;

/**
 * Every CustomResource class jeso-api declares: the input of the CRD generator, listed for the
 * tests.
 */
final class Resources {

  static final List<Class<?>> ALL =
      List.of(
          io.jeso.api.v1.ExternalSecret.class,
          io.jeso.api.v1.SecretStore.class,
          io.jeso.api.v1.ClusterSecretStore.class,
          io.jeso.api.v1.ClusterExternalSecret.class,
          io.jeso.api.v1beta1.ExternalSecret.class,
          io.jeso.api.v1beta1.SecretStore.class,
          io.jeso.api.v1beta1.ClusterSecretStore.class,
          io.jeso.api.v1beta1.ClusterExternalSecret.class,
          io.jeso.api.generator.v1alpha1.Password.class,
          io.jeso.api.generator.v1alpha1.Fake.class,
          io.jeso.api.generator.v1alpha1.VaultDynamicSecret.class,
          io.jeso.api.generator.v1alpha1.ClusterGenerator.class);

  private Resources() {}
}
