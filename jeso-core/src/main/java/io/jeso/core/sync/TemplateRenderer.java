package io.jeso.core.sync;

import io.jeso.api.externalsecret.ExternalSecretTemplate;
import java.util.Map;

/**
 * The seam to the template engine (jeso-template) for {@code spec.target.template}. The planner
 * prepares the base Secret (data kept or cleared per creationPolicy, this ExternalSecret's previous
 * keys removed) and the engine renders ESO's ApplyTemplate steps on top of it: set {@code type};
 * copy the fetched data when mergePolicy is Merge or the template has no data; render templateFrom,
 * then template.data; render metadata labels and annotations. The planner then adds ownership, the
 * managed label and the data hash.
 *
 * <p>Until the engine is wired in, {@link #UNSUPPORTED} fails every templated ExternalSecret with a
 * clear message rather than silently ignoring the template.
 */
@FunctionalInterface
public interface TemplateRenderer {

  /**
   * @throws TemplateException with a message safe to show (no values)
   */
  Rendered render(Request request) throws TemplateException;

  /**
   * Whether templates can be rendered at all; when not, a templated ExternalSecret is rejected
   * before anything is fetched.
   */
  default boolean available() {
    return true;
  }

  /**
   * What the engine gets.
   *
   * @param template {@code spec.target.template}
   * @param fetched the provider data (the template context: {@code {{ .key }}})
   * @param base the Secret before templating: data, type, labels, annotations as kept by the policy
   * @param templateObjects data of the ConfigMaps/Secrets templateFrom reads, by ref; absent ones
   *     are missing
   */
  record Request(
      ExternalSecretTemplate template,
      Map<String, byte[]> fetched,
      Rendered base,
      Map<FetchPlan.TemplateObjectRef, Map<String, byte[]>> templateObjects) {}

  /** A Secret's templated parts. */
  record Rendered(
      Map<String, byte[]> data,
      String type,
      Map<String, String> labels,
      Map<String, String> annotations) {
    public Rendered {
      data = Map.copyOf(data);
      labels = Map.copyOf(labels);
      annotations = Map.copyOf(annotations);
    }

    @Override
    public String toString() {
      return "Rendered[type=" + type + ", keys=" + data.keySet() + "]";
    }
  }

  /** A template could not be rendered; the message names the template part, never values. */
  final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
      super(message);
    }

    public TemplateException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The behaviour while jeso has no template engine. */
  String UNSUPPORTED_MESSAGE =
      "spec.target.template is not supported by this jeso build yet, so the Secret was not written";

  TemplateRenderer UNSUPPORTED =
      new TemplateRenderer() {
        @Override
        public Rendered render(Request request) throws TemplateException {
          throw new TemplateException(UNSUPPORTED_MESSAGE);
        }

        @Override
        public boolean available() {
          return false;
        }
      };
}
