package io.jeso.operator.generator;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jeso.api.ApiVersions;
import io.jeso.api.externalsecret.GeneratorRef;
import io.jeso.api.generator.ClusterGeneratorSpec;
import io.jeso.api.generator.GeneratorSpecs;
import io.jeso.api.generator.v1alpha1.ClusterGenerator;
import io.jeso.api.generator.v1alpha1.Fake;
import io.jeso.api.generator.v1alpha1.Password;
import io.jeso.api.generator.v1alpha1.VaultDynamicSecret;
import io.jeso.core.generator.BoundGenerator;
import io.jeso.core.generator.GeneratorId;
import io.jeso.core.generator.GeneratorRegistry;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.store.ControllerClass;
import java.util.Map;

/**
 * Finds the generator object a generatorRef names: a namespaced kind in the ExternalSecret's
 * namespace, or a ClusterGenerator (its {@code spec.kind} and {@code spec.generator.<kind>Spec}),
 * and checks the controller class. Read from the API server on each use: generator syncs are rare
 * (a refresh, a re-issue), and a changed spec takes effect at once.
 */
final class GeneratorResolver {
  private static final String CLUSTER_GENERATOR = "ClusterGenerator";
  private static final Map<String, Class<? extends HasMetadata>> NAMESPACED =
      Map.of(
          "VaultDynamicSecret", VaultDynamicSecret.class,
          "Password", Password.class,
          "Fake", Fake.class);

  private final KubernetesClient client;
  private final GeneratorRegistry registry;
  private final String controllerClass;

  GeneratorResolver(KubernetesClient client, GeneratorRegistry registry, String controllerClass) {
    this.client = client;
    this.registry = registry;
    this.controllerClass = controllerClass;
  }

  /**
   * Whether this controller runs the generator {@code ref} names: false only when it exists and its
   * {@code spec.controller} names another class (then the ExternalSecret is not ours to sync, as
   * with a store of another class). Anything else is reported by {@link #resolve}.
   */
  boolean servedHere(GeneratorRef ref, String namespace) {
    try {
      resolve(ref, namespace);
      return true;
    } catch (OtherControllerException e) {
      return false;
    } catch (SecretProviderException | RuntimeException e) {
      return true;
    }
  }

  ResolvedGenerator resolve(GeneratorRef ref, String namespace) throws SecretProviderException {
    String apiVersion = ref.getApiVersion();
    if (apiVersion != null
        && !apiVersion.isEmpty()
        && !apiVersion.equals(ApiVersions.GENERATORS_V1ALPHA1)) {
      throw new InvalidStoreException(
          "generatorRef.apiVersion "
              + apiVersion
              + " is not served; generators are "
              + ApiVersions.GENERATORS_V1ALPHA1);
    }
    return resolve(ref.getKind() == null ? "" : ref.getKind().value(), ref.getName(), namespace);
  }

  /** Resolves a generatorRef of {@code kind} (a namespaced kind or ClusterGenerator). */
  ResolvedGenerator resolve(String kind, String name, String namespace)
      throws SecretProviderException {
    ResolvedGenerator resolved =
        kind.equals(CLUSTER_GENERATOR) ? cluster(name) : namespaced(kind, name, namespace);
    String wanted = resolved.bound().controllerClass();
    if (!ControllerClass.serves(controllerClass, wanted)) {
      throw new OtherControllerException(
          resolved.id()
              + " has spec.controller "
              + wanted
              + "; this jeso runs controller class "
              + controllerClass);
    }
    return resolved;
  }

  private ResolvedGenerator namespaced(String kind, String name, String namespace)
      throws SecretProviderException {
    Class<? extends HasMetadata> type = NAMESPACED.get(kind);
    if (type == null || registry.find(kind).isEmpty()) {
      throw new InvalidStoreException(
          "generator kind "
              + kind
              + " is not supported by this jeso build; available: "
              + registry.kinds()
              + " and ClusterGenerator");
    }
    HasMetadata object =
        get(kind, name, () -> client.resources(type).inNamespace(namespace).withName(name).get());
    Object spec = specOf(object);
    GeneratorId id = new GeneratorId(kind, name, namespace);
    return new ResolvedGenerator(id, version(object), registry.bind(kind, spec));
  }

  private ResolvedGenerator cluster(String name) throws SecretProviderException {
    ClusterGenerator object =
        get(
            CLUSTER_GENERATOR,
            name,
            () -> client.resources(ClusterGenerator.class).withName(name).get());
    ClusterGeneratorSpec spec = object.getSpec();
    if (spec == null || spec.getKind() == null) {
      throw new InvalidStoreException("ClusterGenerator " + name + " has no spec.kind");
    }
    String kind = spec.getKind().value();
    Object wrapped = wrapped(kind, spec.getGenerator());
    if (wrapped == null) {
      throw new InvalidStoreException(
          "ClusterGenerator "
              + name
              + " has kind "
              + kind
              + " but no spec.generator."
              + Character.toLowerCase(kind.charAt(0))
              + kind.substring(1)
              + "Spec");
    }
    BoundGenerator<?> bound = registry.bind(kind, wrapped);
    return new ResolvedGenerator(
        new GeneratorId(CLUSTER_GENERATOR, name, null), version(object), bound);
  }

  private static Object wrapped(String kind, GeneratorSpecs specs) {
    if (specs == null) {
      return null;
    }
    return switch (kind) {
      case "VaultDynamicSecret" -> specs.getVaultDynamicSecretSpec();
      case "Password" -> specs.getPasswordSpec();
      case "Fake" -> specs.getFakeSpec();
      default -> null;
    };
  }

  private static Object specOf(HasMetadata object) {
    return switch (object) {
      case VaultDynamicSecret v -> v.getSpec();
      case Password p -> p.getSpec();
      case Fake f -> f.getSpec();
      default -> null;
    };
  }

  private static String version(HasMetadata object) {
    return object.getMetadata().getUid() + "/" + object.getMetadata().getGeneration();
  }

  private interface Read<T> {
    T get();
  }

  /** A missing generator may still be created: retried, never a reason to delete anything. */
  private static <T> T get(String kind, String name, Read<T> read) throws ProviderException {
    T object;
    try {
      object = read.get();
    } catch (KubernetesClientException e) {
      throw new ProviderException("cannot read " + kind + " " + name + ": HTTP " + e.getCode());
    }
    if (object == null) {
      throw new ProviderException(kind + " " + name + " not found");
    }
    return object;
  }

  /** The generator belongs to another controller class. */
  static final class OtherControllerException extends InvalidStoreException {
    private static final long serialVersionUID = 1L;

    OtherControllerException(String message) {
      super(message);
    }
  }
}
