package io.jeso.core.sync;

import io.jeso.api.Annotations;
import io.jeso.api.Labels;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.core.hash.Hashes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the desired target Secret from the existing one and the provider data (ESO's mutation
 * function):
 *
 * <ol>
 *   <li>{@code immutable} is set when the ExternalSecret asks for it (and never unset: Kubernetes
 *       forbids it).
 *   <li>Unless the Secret exists and is meant to be immutable: this ExternalSecret's previous data
 *       keys, labels and annotations are removed; data is cleared except for Merge and
 *       CreateOrMerge; then either the ExternalSecret's own labels and annotations and the provider
 *       data are copied in (no template), or the template is rendered.
 *   <li>Ownership ({@link Ownership}), the managed label, and the data-hash annotation over the
 *       final data.
 * </ol>
 */
final class TargetBuilder {
  private TargetBuilder() {}

  static DesiredSecret build(
      SpecView es,
      Map<String, byte[]> providerData,
      SecretSnapshot existing,
      TemplateRenderer renderer,
      Map<FetchPlan.TemplateObjectRef, Map<String, byte[]>> templateObjects)
      throws TemplateRenderer.TemplateException {
    Parts parts = Parts.from(existing);
    if (existing == null || !es.immutable()) {
      parts.removeManaged(existing);
      applyContent(es, providerData, parts, renderer, templateObjects);
    }
    List<OwnerRef> owners =
        Ownership.ownerReferences(es, existing == null ? List.of() : existing.ownerReferences());
    Ownership.createdByLabel(es, parts.labels);
    parts.labels.put(Labels.MANAGED, Labels.MANAGED_VALUE);
    parts.annotations.put(Annotations.DATA_HASH, Hashes.dataHash(parts.data));
    boolean immutable = es.immutable() || (existing != null && existing.immutable());
    return new DesiredSecret(
        es.namespace(),
        es.targetName(),
        parts.type,
        parts.data,
        parts.labels,
        parts.annotations,
        owners,
        parts.finalizers,
        immutable,
        es.fieldManager());
  }

  private static void applyContent(
      SpecView es,
      Map<String, byte[]> providerData,
      Parts parts,
      TemplateRenderer renderer,
      Map<FetchPlan.TemplateObjectRef, Map<String, byte[]>> templateObjects)
      throws TemplateRenderer.TemplateException {
    CreationPolicy policy = es.creationPolicy();
    if (policy != CreationPolicy.MERGE && policy != CreationPolicy.CREATE_OR_MERGE) {
      parts.data.clear();
    }
    ExternalSecretTemplate template = es.template();
    if (template == null) {
      parts.labels.putAll(es.labels());
      parts.annotations.putAll(es.annotations());
      parts.data.putAll(providerData);
      return;
    }
    if (template.getMetadata() != null) {
      putAll(parts.labels, template.getMetadata().getLabels());
      putAll(parts.annotations, template.getMetadata().getAnnotations());
      for (String f :
          template.getMetadata().getFinalizers() == null
              ? List.<String>of()
              : template.getMetadata().getFinalizers()) {
        if (!parts.finalizers.contains(f)) {
          parts.finalizers.add(f);
        }
      }
    }
    TemplateRenderer.Rendered rendered =
        renderer.render(
            new TemplateRenderer.Request(
                template,
                providerData,
                new TemplateRenderer.Rendered(
                    parts.data, parts.type, parts.labels, parts.annotations),
                templateObjects));
    parts.replace(rendered);
  }

  private static void putAll(Map<String, String> into, Map<String, String> from) {
    if (from != null) {
      into.putAll(from);
    }
  }

  /** The mutable pieces of a Secret while it is being built. */
  private static final class Parts {
    String type;
    Map<String, byte[]> data;
    Map<String, String> labels;
    Map<String, String> annotations;
    List<String> finalizers;

    static Parts from(SecretSnapshot existing) {
      Parts p = new Parts();
      p.type = existing == null ? "Opaque" : existing.type();
      p.data = new LinkedHashMap<>(existing == null ? Map.of() : existing.data());
      p.labels = new HashMap<>(existing == null ? Map.of() : existing.labels());
      p.annotations = new HashMap<>(existing == null ? Map.of() : existing.annotations());
      p.finalizers = new ArrayList<>(existing == null ? List.of() : existing.finalizers());
      return p;
    }

    void removeManaged(SecretSnapshot existing) {
      if (existing == null) {
        return;
      }
      existing.managed().data().forEach(data::remove);
      existing.managed().labels().forEach(labels::remove);
      existing.managed().annotations().forEach(annotations::remove);
    }

    void replace(TemplateRenderer.Rendered rendered) {
      type = rendered.type() == null || rendered.type().isEmpty() ? type : rendered.type();
      data = new LinkedHashMap<>(rendered.data());
      labels = new HashMap<>(rendered.labels());
      annotations = new HashMap<>(rendered.annotations());
    }
  }
}
