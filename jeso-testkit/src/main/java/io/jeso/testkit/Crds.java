package io.jeso.testkit;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Installs CustomResourceDefinitions and waits until the apiserver serves them. */
public final class Crds {
  private Crds() {}

  /** Server-side applies every CRD in the stream and waits until each is Established. */
  public static void apply(KubernetesClient client, InputStream yaml) {
    List<CustomResourceDefinition> crds =
        client.load(yaml).items().stream()
            .filter(CustomResourceDefinition.class::isInstance)
            .map(CustomResourceDefinition.class::cast)
            .toList();
    for (CustomResourceDefinition crd : crds) {
      client
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .resource(crd)
          .forceConflicts()
          .serverSideApply();
    }
    crds.forEach(crd -> awaitEstablished(client, crd.getMetadata().getName()));
  }

  /** Applies every {@code *.yaml} file of a directory, such as {@code deploy/crds}. */
  public static void applyDirectory(KubernetesClient client, Path dir) {
    try (var files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          apply(client, in);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read CRDs from " + dir, e);
    }
  }

  public static void awaitEstablished(KubernetesClient client, String name) {
    Await.until(
        "CRD " + name + " to be established",
        Duration.ofSeconds(30),
        () -> {
          var crd = client.apiextensions().v1().customResourceDefinitions().withName(name).get();
          return crd != null
              && crd.getStatus() != null
              && crd.getStatus().getConditions() != null
              && crd.getStatus().getConditions().stream()
                  .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
        });
  }
}
