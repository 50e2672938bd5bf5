package io.jeso.testkit.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenReview;
import io.fabric8.kubernetes.api.model.authentication.TokenReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.jeso.testkit.Await;
import io.jeso.testkit.Crds;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestNamespace;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The control plane does what jeso relies on: CRDs with status, tokens, garbage collection,
 * rollouts.
 */
@KubeTest
class ControlPlaneIT {

  @Test
  void reportsThePinnedKubernetesVersion(KubernetesClient client) {
    assertThat(client.getKubernetesVersion().getGitVersion())
        .matches("v1\\.(3[4-9]|[4-9][0-9])\\.\\d+");
  }

  @Test
  void servesACustomResourceWithAStatusSubresource(KubernetesClient client, TestNamespace ns) {
    Crds.apply(client, getClass().getResourceAsStream("/widgets-crd.yaml"));
    var widgets =
        client.genericKubernetesResources(
            new ResourceDefinitionContext.Builder()
                .withGroup("smoke.jeso.io")
                .withVersion("v1")
                .withPlural("widgets")
                .withKind("Widget")
                .withNamespaced(true)
                .build());
    GenericKubernetesResource widget =
        widgets
            .inNamespace(ns.name())
            .resource(
                new GenericKubernetesResourceBuilder()
                    .withApiVersion("smoke.jeso.io/v1")
                    .withKind("Widget")
                    .withNewMetadata()
                    .withName("w1")
                    .endMetadata()
                    .withAdditionalProperties(Map.of("spec", Map.of("size", 3)))
                    .build())
            .create();
    widget.setAdditionalProperty("status", Map.of("ready", true));
    widgets.inNamespace(ns.name()).resource(widget).updateStatus();

    GenericKubernetesResource read = widgets.inNamespace(ns.name()).withName("w1").get();
    assertThat(read.getAdditionalProperties()).containsEntry("status", Map.of("ready", true));
    assertThat(read.getMetadata().getGeneration())
        .isEqualTo(1L); // a status write does not bump generation
  }

  @Test
  void mintsAndReviewsServiceAccountTokens(KubernetesClient client, TestNamespace ns) {
    client
        .serviceAccounts()
        .inNamespace(ns.name())
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName("app").endMetadata().build())
        .create();
    String token =
        client
            .serviceAccounts()
            .inNamespace(ns.name())
            .withName("app")
            .tokenRequest(
                new TokenRequestBuilder()
                    .withNewSpec()
                    .withAudiences("vault")
                    .withExpirationSeconds(600L)
                    .endSpec()
                    .build())
            .getStatus()
            .getToken();

    TokenReview review =
        client
            .tokenReviews()
            .create(
                new TokenReviewBuilder()
                    .withNewSpec()
                    .withToken(token)
                    .withAudiences("vault")
                    .endSpec()
                    .build());

    assertThat(review.getStatus().getAuthenticated()).isTrue();
    assertThat(review.getStatus().getUser().getUsername())
        .isEqualTo("system:serviceaccount:" + ns.name() + ":app");
  }

  @Test
  void garbageCollectsDependentsOfADeletedOwner(KubernetesClient client, TestNamespace ns) {
    ConfigMap owner =
        client
            .configMaps()
            .inNamespace(ns.name())
            .resource(
                new ConfigMapBuilder().withNewMetadata().withName("owner").endMetadata().build())
            .create();
    client
        .secrets()
        .inNamespace(ns.name())
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("dependent")
                .addNewOwnerReference()
                .withApiVersion("v1")
                .withKind("ConfigMap")
                .withName("owner")
                .withUid(owner.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .endOwnerReference()
                .endMetadata()
                .withStringData(Map.of("k", "v"))
                .build())
        .create();

    client.configMaps().inNamespace(ns.name()).withName("owner").delete();

    Await.until(
        "the garbage collector to delete the dependent Secret",
        Duration.ofSeconds(60),
        () -> client.secrets().inNamespace(ns.name()).withName("dependent").get() == null);
  }

  @Test
  void rollsOutANewReplicaSetWhenThePodTemplateChanges(KubernetesClient client, TestNamespace ns) {
    Deployment deployment =
        new DeploymentBuilder()
            .withNewMetadata()
            .withName("web")
            .endMetadata()
            .withNewSpec()
            .withReplicas(1)
            .withNewSelector()
            .addToMatchLabels("app", "web")
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .addToLabels("app", "web")
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("web")
            .withImage("example.invalid/web:1")
            .endContainer()
            .endSpec()
            .endTemplate()
            .endSpec()
            .build();
    client.apps().deployments().inNamespace(ns.name()).resource(deployment).create();
    Await.until("a first ReplicaSet", Duration.ofSeconds(60), () -> replicaSets(client, ns) == 1);

    client
        .apps()
        .deployments()
        .inNamespace(ns.name())
        .withName("web")
        .edit(
            d -> {
              d.getSpec().getTemplate().getMetadata().getAnnotations().put("restartedAt", "now");
              return d;
            });

    Await.until("a second ReplicaSet", Duration.ofSeconds(60), () -> replicaSets(client, ns) == 2);
  }

  private static int replicaSets(KubernetesClient client, TestNamespace ns) {
    return client.apps().replicaSets().inNamespace(ns.name()).list().getItems().size();
  }
}
