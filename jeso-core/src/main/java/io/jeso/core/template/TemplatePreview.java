package io.jeso.core.template;

import io.jeso.api.externalsecret.ExternalSecretTarget;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.sync.FetchPlan.TemplateObjectRef;
import io.jeso.core.sync.TemplateRenderer.Rendered;
import io.jeso.core.sync.TemplateRenderer.Request;
import io.jeso.core.sync.TemplateRenderer.TemplateException;
import io.jeso.core.validation.TemplateRules;
import io.jeso.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offline rendering for {@code jeso template}: what jeso would write into a new target Secret for
 * given provider data, through the same renderer the operator uses. Only the templated parts are
 * shown (type, data, labels, annotations, finalizers); ownership, the managed label and the data
 * hash are added by the operator.
 */
public final class TemplatePreview {
  private final GoTemplateRenderer renderer;

  public TemplatePreview(GoTemplateRenderer renderer) {
    this.renderer = renderer;
  }

  /** The Secret parts, plus the finalizers the template adds. */
  public record Preview(
      String name,
      String type,
      Map<String, byte[]> data,
      Map<String, String> labels,
      Map<String, String> annotations,
      List<String> finalizers) {}

  /**
   * Renders an ExternalSecret's target as for a new Secret with creationPolicy Owner: without a
   * template, the fetched data and the ExternalSecret's own labels and annotations; with one, the
   * template's metadata and ESO's rendering steps.
   *
   * @param objects templateFrom sources by kind and name (missing ones fail as in the cluster)
   * @throws TemplateException with the same message the operator would report
   */
  public Preview externalSecret(
      ExternalSecret es,
      Map<String, byte[]> fetched,
      Map<TemplateObjectRef, Map<String, byte[]>> objects)
      throws TemplateException {
    ExternalSecretTarget target =
        es.getSpec() == null || es.getSpec().getTarget() == null
            ? new ExternalSecretTarget()
            : es.getSpec().getTarget();
    String name =
        target.getName() == null || target.getName().isEmpty()
            ? es.getMetadata().getName()
            : target.getName();
    List<String> problems = TemplateRules.validate(target);
    if (!problems.isEmpty()) {
      throw new TemplateException("invalid ExternalSecret: " + String.join("; ", problems));
    }
    ExternalSecretTemplate template = target.getTemplate();
    if (template == null) {
      return new Preview(
          name,
          "Opaque",
          new LinkedHashMap<>(fetched),
          orEmpty(es.getMetadata().getLabels()),
          orEmpty(es.getMetadata().getAnnotations()),
          List.of());
    }
    Map<String, String> labels = new HashMap<>();
    Map<String, String> annotations = new HashMap<>();
    List<String> finalizers = List.of();
    if (template.getMetadata() != null) {
      labels.putAll(orEmpty(template.getMetadata().getLabels()));
      annotations.putAll(orEmpty(template.getMetadata().getAnnotations()));
      finalizers =
          template.getMetadata().getFinalizers() == null
              ? List.of()
              : List.copyOf(template.getMetadata().getFinalizers());
    }
    Rendered base = new Rendered(Map.of(), "Opaque", labels, annotations);
    Rendered r = renderer.render(new Request(template, fetched, base, objects));
    return new Preview(name, r.type(), r.data(), r.labels(), r.annotations(), finalizers);
  }

  /**
   * Renders one template in Values scope (as one {@code template.data} value): its exact output.
   *
   * @param name the template's name in Go's error messages
   */
  public byte[] value(String name, String text, Map<String, byte[]> fetched)
      throws TemplateException {
    return renderer
        .templates()
        .render(
            name,
            name,
            text.getBytes(StandardCharsets.UTF_8),
            Template.esoData(fetched),
            Redactor.of(fetched, List.of()));
  }

  /** Renders one template in KeysAndValues scope (as a templateFrom literal): its pairs. */
  public Map<String, byte[]> keysAndValues(String name, String text, Map<String, byte[]> fetched)
      throws TemplateException {
    Output out = Output.from(new Rendered(Map.of(), "Opaque", Map.of(), Map.of()));
    new Scopes(
            renderer.templates(), Template.esoData(fetched), Redactor.of(fetched, List.of()), out)
        .keysAndValues(
            name,
            name,
            text.getBytes(StandardCharsets.UTF_8),
            null,
            io.jeso.core.data.DecodingStrategy.NONE);
    return out.data;
  }

  private static Map<String, String> orEmpty(Map<String, String> m) {
    return m == null ? Map.of() : m;
  }
}
