package io.jeso.operator.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jeso.api.v1.ExternalSecret;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leases a target Secret's credentials came from, recorded in an annotation on that Secret, so
 * that a jeso started later can revoke them (they belong to an earlier process's login, which it
 * cannot renew). The annotation sits next to the credentials it describes: whoever can read it can
 * read them. Lease ids are not credentials, but they are kept out of logs, events and status.
 *
 * <p>Written with its own field manager: the sync's field manager does not own it, so the planner
 * leaves it alone like any foreign annotation.
 */
final class LeaseRecords {
  static final String ANNOTATION = "jeso.io/generator-leases";
  static final String FIELD_MANAGER = "jeso-generators";
  private static final Logger LOG = LoggerFactory.getLogger(LeaseRecords.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One recorded lease.
   *
   * @param index the {@code dataFrom} index
   * @param kind the generatorRef kind ({@code VaultDynamicSecret} or {@code ClusterGenerator})
   * @param name the generator's name
   * @param lease the lease id
   */
  record Recorded(int index, String kind, String name, String lease) {
    @Override
    public String toString() {
      return "Recorded[" + index + ", " + kind + " " + name + "]";
    }
  }

  private LeaseRecords() {}

  static List<Recorded> read(Secret secret) {
    if (secret == null || secret.getMetadata().getAnnotations() == null) {
      return List.of();
    }
    String text = secret.getMetadata().getAnnotations().get(ANNOTATION);
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return List.copyOf(JSON.readValue(text, new TypeReference<List<Recorded>>() {}));
    } catch (JsonProcessingException e) {
      LOG.warn(
          "{}/{}: the {} annotation cannot be read; its leases end with their TTL",
          secret.getMetadata().getNamespace(),
          secret.getMetadata().getName(),
          ANNOTATION);
      return List.of();
    }
  }

  /** Replaces the record on the target Secret (removes it when empty). Best effort. */
  static void write(KubernetesClient client, ExternalSecret es, List<Recorded> records) {
    String ns = es.getMetadata().getNamespace();
    String name = targetName(es);
    Map<String, Object> annotations = new HashMap<>();
    try {
      annotations.put(ANNOTATION, records.isEmpty() ? null : JSON.writeValueAsString(records));
      String patch =
          JSON.writeValueAsString(Map.of("metadata", Map.of("annotations", annotations)));
      client
          .secrets()
          .inNamespace(ns)
          .withName(name)
          .patch(
              new PatchContext.Builder()
                  .withPatchType(PatchType.JSON_MERGE)
                  .withFieldManager(FIELD_MANAGER)
                  .build(),
              patch);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write lease records", e);
    } catch (KubernetesClientException e) {
      // A missing Secret (creationPolicy None, deleted meanwhile) has nothing to record on.
      if (e.getCode() != 404) {
        LOG.warn("{}/{}: recording leases on the Secret failed: HTTP {}", ns, name, e.getCode());
      }
    }
  }

  static String targetName(ExternalSecret es) {
    var target = es.getSpec() == null ? null : es.getSpec().getTarget();
    return target == null || target.getName() == null || target.getName().isEmpty()
        ? es.getMetadata().getName()
        : target.getName();
  }
}
