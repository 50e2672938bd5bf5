package io.jeso.core.template;

import io.jeso.core.data.KeyTemplates;
import io.jeso.core.data.RewriteException;
import io.jeso.template.Options;
import io.jeso.template.Template;
import io.jeso.template.exec.Limits;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code rewrite.transform}: renders the template with {@code .value} bound to each key name. As in
 * ESO the template is named "transform", uses the default delimiters (the operator's delimiter
 * flags do not apply) and the default missingkey behaviour ({@code .other} prints {@code <no
 * value>}), with the same function set. Parsed templates are kept, so a transform is parsed once,
 * not once per key.
 */
public final class GoKeyTemplates implements KeyTemplates {
  /** A key is at most 253 characters; anything far beyond that is a runaway template. */
  static final long MAX_OUTPUT_BYTES = 64L << 10;

  private final Options options =
      Options.defaults()
          .withLimits(
              new Limits(Limits.DEFAULT.maxSteps(), MAX_OUTPUT_BYTES, Limits.DEFAULT.maxDepth()));
  private final Map<String, Template> parsed = new ConcurrentHashMap<>();

  @Override
  public String render(String template, String key) {
    Template t = parsed(template == null ? "" : template);
    try {
      return t.execute(Template.esoData(Map.of("value", key.getBytes(StandardCharsets.UTF_8))));
    } catch (io.jeso.template.TemplateException e) {
      throw new RewriteException(
          "transform failed with failed to execute template for key \""
              + key
              + "\": "
              + e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new RewriteException(
          "transform failed for key \""
              + key
              + "\": internal error ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  private Template parsed(String template) {
    Template t = parsed.get(template);
    if (t != null) {
      return t;
    }
    try {
      t = Template.parse("transform", template, options);
    } catch (io.jeso.template.TemplateException e) {
      throw new RewriteException(
          "transform failed with failed to parse template: " + e.getMessage());
    }
    if (parsed.size() >= ParsedTemplates.MAX_ENTRIES) {
      parsed.clear();
    }
    parsed.put(template, t);
    return t;
  }
}
