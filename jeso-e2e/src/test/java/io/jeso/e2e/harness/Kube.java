package io.jeso.e2e.harness;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.jeso.api.common.Condition;
import io.jeso.testkit.Await;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the seeds do with kubectl: apply YAML as written (external-secrets.io objects stay generic,
 * so their v1beta1 text reaches the apiserver untouched), read Secrets and conditions, annotate.
 */
public final class Kube {
  public static final Duration WAIT = Duration.ofSeconds(60);
  private static final String GROUP = "external-secrets.io";

  private Kube() {}

  /** {@code kubectl apply --server-side -f -}; {@code namespace} applies to objects without one. */
  public static void apply(KubernetesClient client, String namespace, String yaml) {
    for (String document : yaml.split("(?m)^---\\s*$")) {
      if (document.strip().isEmpty() || document.lines().allMatch(Kube::commentOrBlank)) {
        continue;
      }
      HasMetadata object =
          document.contains("apiVersion: " + GROUP + "/")
              ? client
                  .getKubernetesSerialization()
                  .unmarshal(document, GenericKubernetesResource.class)
              : client.getKubernetesSerialization().unmarshal(document);
      if (object.getMetadata().getNamespace() == null
          && namespace != null
          && !object.getKind().startsWith("Cluster")
          && !object.getKind().equals("Namespace")) {
        object.getMetadata().setNamespace(namespace);
      }
      client.resource(object).fieldManager("jeso-e2e").forceConflicts().serverSideApply();
    }
  }

  /**
   * Creates a namespace the seeds name (claude-hub, external-secrets, ...) unless it exists; waits
   * out a deletion of an earlier run first.
   */
  public static void ensureNamespace(KubernetesClient client, String name) {
    Await.until(
        "namespace " + name + " to finish terminating",
        Duration.ofSeconds(120),
        () -> {
          Namespace ns = client.namespaces().withName(name).get();
          return ns == null || ns.getMetadata().getDeletionTimestamp() == null;
        });
    if (client.namespaces().withName(name).get() == null) {
      client
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
          .create();
    }
  }

  public static Map<String, String> secretData(
      KubernetesClient client, String namespace, String name) {
    Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
    Map<String, String> data = new LinkedHashMap<>();
    if (secret != null && secret.getData() != null) {
      secret
          .getData()
          .forEach(
              (k, v) ->
                  data.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
    }
    return data;
  }

  /**
   * Waits until the Secret holds exactly {@code expected}. A timeout names the keys and the
   * ExternalSecret's condition, never a value.
   */
  public static void awaitSecret(
      KubernetesClient client,
      String namespace,
      String name,
      Map<String, String> expected,
      String externalSecret) {
    try {
      Await.until(
          "Secret " + namespace + "/" + name + " to hold " + expected.keySet(),
          WAIT,
          () -> secretData(client, namespace, name).equals(expected));
    } catch (AssertionError e) {
      throw new AssertionError(
          e.getMessage()
              + "; it holds keys "
              + secretData(client, namespace, name).keySet()
              + "; ExternalSecret "
              + externalSecret
              + " Ready: "
              + describe(condition(client, "ExternalSecret", namespace, externalSecret)),
          e);
    }
  }

  /** Waits for the Ready condition of an external-secrets.io object to have status and reason. */
  public static Condition awaitReady(
      KubernetesClient client,
      String kind,
      String namespace,
      String name,
      String status,
      String reason) {
    try {
      Await.until(
          kind + " " + name + " to be Ready=" + status + " (" + reason + ")",
          WAIT,
          () -> {
            Condition c = condition(client, kind, namespace, name);
            return c != null && status.equals(c.getStatus()) && reason.equals(c.getReason());
          });
    } catch (AssertionError e) {
      throw new AssertionError(
          e.getMessage() + "; it is " + describe(condition(client, kind, namespace, name)), e);
    }
    return condition(client, kind, namespace, name);
  }

  /** The Ready condition of an ExternalSecret, SecretStore or ClusterSecretStore, or null. */
  public static Condition condition(
      KubernetesClient client, String kind, String namespace, String name) {
    return condition(get(client, kind, namespace, name));
  }

  @SuppressWarnings("unchecked")
  public static Condition condition(GenericKubernetesResource object) {
    if (object == null || !(object.getAdditionalProperties().get("status") instanceof Map<?, ?>)) {
      return null;
    }
    Map<String, Object> status =
        (Map<String, Object>) object.getAdditionalProperties().get("status");
    for (Object item : (List<Object>) status.getOrDefault("conditions", List.of())) {
      Map<String, Object> c = (Map<String, Object>) item;
      if ("Ready".equals(c.get("type"))) {
        return new Condition()
            .withType("Ready")
            .withStatus((String) c.get("status"))
            .withReason((String) c.get("reason"))
            .withMessage((String) c.get("message"));
      }
    }
    return null;
  }

  /** {@code status.refreshTime} of an ExternalSecret ("" before the first sync). */
  public static String refreshTime(KubernetesClient client, String namespace, String name) {
    return refreshTime(get(client, "ExternalSecret", namespace, name));
  }

  @SuppressWarnings("unchecked")
  public static String refreshTime(GenericKubernetesResource es) {
    Object status = es == null ? null : es.getAdditionalProperties().get("status");
    Object time =
        status instanceof Map<?, ?> m ? ((Map<String, Object>) m).get("refreshTime") : null;
    return time == null ? "" : time.toString();
  }

  /** Every object of {@code kind} in {@code namespace}. */
  public static List<GenericKubernetesResource> list(
      KubernetesClient client, String kind, String namespace) {
    return context(client, kind, namespace).list().getItems();
  }

  /**
   * Waits for an event about {@code object} whose message contains {@code text} (what {@code
   * kubectl describe} shows under Events) and returns its message.
   */
  public static String awaitEvent(
      KubernetesClient client, String namespace, String object, String text) {
    Await.until(
        "an event on " + object + " mentioning " + text,
        WAIT,
        () -> eventMessage(client, namespace, object, text) != null);
    return eventMessage(client, namespace, object, text);
  }

  private static String eventMessage(
      KubernetesClient client, String namespace, String object, String text) {
    return client.v1().events().inNamespace(namespace).list().getItems().stream()
        .filter(e -> object.equals(e.getInvolvedObject().getName()))
        .map(e -> e.getMessage())
        .filter(m -> m != null && m.contains(text))
        .findFirst()
        .orElse(null);
  }

  /** {@code kubectl annotate externalsecret <name> key=value --overwrite}. */
  public static void annotate(
      KubernetesClient client, String namespace, String name, String key, String value) {
    context(client, "ExternalSecret", namespace)
        .withName(name)
        .edit(
            es -> {
              Map<String, String> annotations =
                  es.getMetadata().getAnnotations() == null
                      ? new LinkedHashMap<>()
                      : new LinkedHashMap<>(es.getMetadata().getAnnotations());
              annotations.put(key, value);
              es.getMetadata().setAnnotations(annotations);
              return es;
            });
  }

  public static void delete(KubernetesClient client, String kind, String namespace, String name) {
    context(client, kind, namespace).withName(name).delete();
  }

  static GenericKubernetesResource get(
      KubernetesClient client, String kind, String namespace, String name) {
    return context(client, kind, namespace).withName(name).get();
  }

  private static io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<
          GenericKubernetesResource,
          io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
          io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>>
      context(KubernetesClient client, String kind, String namespace) {
    boolean cluster = kind.startsWith("Cluster");
    ResourceDefinitionContext rdc =
        new ResourceDefinitionContext.Builder()
            .withGroup(GROUP)
            .withVersion("v1")
            .withKind(kind)
            .withPlural(kind.toLowerCase(java.util.Locale.ROOT) + "s")
            .withNamespaced(!cluster)
            .build();
    var resources = client.genericKubernetesResources(rdc);
    return cluster ? resources : resources.inNamespace(namespace);
  }

  static String describe(Condition c) {
    return c == null
        ? "no Ready condition yet"
        : c.getStatus() + " " + c.getReason() + ": " + c.getMessage();
  }

  private static boolean commentOrBlank(String line) {
    return line.isBlank() || line.strip().startsWith("#");
  }
}
