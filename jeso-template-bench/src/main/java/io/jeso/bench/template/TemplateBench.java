package io.jeso.bench.template;

import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.core.sync.TemplateRenderer;
import io.jeso.core.sync.TemplateRenderer.Rendered;
import io.jeso.core.sync.TemplateRenderer.Request;
import io.jeso.core.template.GoTemplateRenderer;
import io.jeso.template.Options;
import io.jeso.template.Template;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Typical ExternalSecret templates, three ways:
 *
 * <ul>
 *   <li>{@code render}: what jeso does per sync, {@link GoTemplateRenderer#render} on the
 *       ExternalSecret's template (parsed templates are cached; KeysAndValues output is read as
 *       YAML). Compare with Go's {@code BenchmarkESO}, which does what ESO does per sync (parse,
 *       execute, and YAML for KeysAndValues).
 *   <li>{@code parseExecute}: the engine alone, parsing and executing every time. Go: {@code
 *       BenchmarkParseExecute}.
 *   <li>{@code execute}: the engine alone on a parsed template. Go: {@code BenchmarkExecute}.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms256m", "-Xmx256m"})
public class TemplateBench {

  @Param({"dockerconfigjson", "connection", "keysAndValues", "pem"})
  public String template;

  private final TemplateRenderer renderer = new GoTemplateRenderer();
  private final Map<String, byte[]> fetched = Templates.data();
  private final Rendered base = new Rendered(Map.of(), "Opaque", Map.of(), Map.of());
  private Request request;
  private String text;
  private Template parsed;
  private Object context;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    text =
        switch (template) {
          case "dockerconfigjson" -> Templates.DOCKER_CONFIG_JSON;
          case "connection" -> Templates.CONNECTION_STRING;
          case "keysAndValues" -> Templates.KEYS_AND_VALUES_LITERAL;
          case "pem" -> Templates.PEM;
          default -> throw new IllegalArgumentException(template);
        };
    ExternalSecretTemplate t =
        template.equals("keysAndValues")
            ? new ExternalSecretTemplate()
                .withTemplateFrom(List.of(new TemplateFrom().withLiteral(text)))
            : new ExternalSecretTemplate().withData(Map.of("value", text));
    request = new Request(t, fetched, base, Map.of());
    parsed = Template.parse("value", text, GoTemplateRenderer.esoOptions());
    context = Template.esoData(fetched);
    // Fail here, not in the middle of a measurement, if a template does not render.
    renderer.render(request);
    parsed.executeBytes(context);
  }

  @Benchmark
  public Rendered render() throws Exception {
    return renderer.render(request);
  }

  @Benchmark
  public byte[] parseExecute() throws Exception {
    Options o = GoTemplateRenderer.esoOptions();
    return Template.parse("value", text, o).executeBytes(Template.esoData(fetched));
  }

  @Benchmark
  public byte[] execute() throws Exception {
    return parsed.executeBytes(context);
  }
}
