package io.jeso.core.template;

import io.jeso.api.TemplateTargets;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateMergePolicy;
import io.jeso.api.externalsecret.TemplateMetadata;
import io.jeso.core.sync.FetchPlan.TemplateObjectRef;
import io.jeso.core.sync.TemplateRenderer;
import io.jeso.template.Options;
import io.jeso.template.Template;
import io.jeso.template.exec.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code spec.target.template} with jeso's Go text/template engine, in ESO's ApplyTemplate
 * order, on the base Secret the planner prepared (data kept or cleared by creationPolicy, the
 * ExternalSecret's earlier keys removed, the template's metadata copied raw):
 *
 * <ol>
 *   <li>{@code type}, when the template sets one;
 *   <li>the fetched data, when {@code mergePolicy} is Merge or the template has neither data nor
 *       templateFrom;
 *   <li>{@code templateFrom[]} in order (ConfigMap items, Secret items, literal);
 *   <li>{@code data}, which overrides templateFrom;
 *   <li>{@code metadata.labels} and {@code metadata.annotations}, whose values are templates.
 * </ol>
 *
 * The context is ESO's: a {@code map[string]string} of every fetched key, with {@code
 * missingkey=error}. Execution is bounded (steps, output, depth); no template can do I/O.
 */
public final class GoTemplateRenderer implements TemplateRenderer {
  /**
   * A Secret holds at most 1 MiB, so a template rendering more can never be stored; stopping there
   * keeps a hostile template from costing more than that.
   */
  public static final long MAX_OUTPUT_BYTES = 1L << 20;

  private final ParsedTemplates templates;

  /** ESO's defaults: delimiters {@code {{ }}}. */
  public GoTemplateRenderer() {
    this("{{", "}}");
  }

  /**
   * With ESO's {@code --template-left-delimiter} / {@code --template-right-delimiter}; as in Go, an
   * empty delimiter stands for the default.
   */
  public GoTemplateRenderer(String leftDelimiter, String rightDelimiter) {
    this(esoOptions().withDelims(orDefault(leftDelimiter, "{{"), orDefault(rightDelimiter, "}}")));
  }

  private static String orDefault(String delimiter, String dflt) {
    return delimiter == null || delimiter.isEmpty() ? dflt : delimiter;
  }

  GoTemplateRenderer(Options options) {
    this.templates = new ParsedTemplates(options);
  }

  /** ESO's engine settings with jeso's bounds. */
  public static Options esoOptions() {
    Limits d = Limits.DEFAULT;
    return Options.eso().withLimits(new Limits(d.maxSteps(), MAX_OUTPUT_BYTES, d.maxDepth()));
  }

  ParsedTemplates templates() {
    return templates;
  }

  @Override
  public Rendered render(Request request) throws TemplateException {
    ExternalSecretTemplate t = request.template();
    Output out = Output.from(request.base());
    String type =
        t.getType() == null || t.getType().isEmpty() ? request.base().type() : t.getType();
    boolean noTemplates =
        (t.getData() == null || t.getData().isEmpty())
            && (t.getTemplateFrom() == null || t.getTemplateFrom().isEmpty());
    if (t.getMergePolicy() == TemplateMergePolicy.MERGE || noTemplates) {
      out.data.putAll(request.fetched());
    }
    Map<TemplateObjectRef, Map<String, byte[]>> objects =
        request.templateObjects() == null ? Map.of() : request.templateObjects();
    Scopes scopes =
        new Scopes(
            templates,
            Template.esoData(request.fetched()),
            Redactor.of(request.fetched(), secretObjects(objects)),
            out);
    TemplateFromRenderer.renderAll(t.getTemplateFrom(), objects, scopes);
    scopes.values("spec.target.template.data", t.getData(), TemplateTargets.DATA);
    TemplateMetadata metadata = t.getMetadata();
    if (metadata != null) {
      scopes.values(
          "spec.target.template.metadata.labels", metadata.getLabels(), TemplateTargets.LABELS);
      scopes.values(
          "spec.target.template.metadata.annotations",
          metadata.getAnnotations(),
          TemplateTargets.ANNOTATIONS);
    }
    return out.toRendered(type);
  }

  /** Template Secrets are secrets too: their values are redacted from messages as well. */
  private static List<Map<String, byte[]>> secretObjects(
      Map<TemplateObjectRef, Map<String, byte[]>> objects) {
    List<Map<String, byte[]>> out = new ArrayList<>();
    objects.forEach(
        (ref, data) -> {
          if (ref.kind() == TemplateObjectRef.Kind.SECRET) {
            out.add(data);
          }
        });
    return out;
  }
}
