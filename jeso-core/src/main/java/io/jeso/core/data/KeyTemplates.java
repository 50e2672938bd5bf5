package io.jeso.core.data;

/**
 * The seam to the template engine for {@code rewrite.transform}: renders a Go template with {@code
 * .value} bound to a key name. The template module provides the real implementation; until it is
 * wired, {@link #UNAVAILABLE} reports clearly that transforms are not supported yet.
 */
@FunctionalInterface
public interface KeyTemplates {
  /**
   * Renders {@code template} with {@code {"value": key}}.
   *
   * @throws RewriteException when the template does not parse or fails
   */
  String render(String template, String key);

  /** Used while jeso has no template engine: every transform fails with a clear message. */
  KeyTemplates UNAVAILABLE =
      (template, key) -> {
        throw new RewriteException(
            "transform failed: rewrite.transform needs the template engine, which this jeso build does not have"
                + " yet");
      };
}
