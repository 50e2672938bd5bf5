package io.jeso.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.jeso.core.sync.FetchPlan.TemplateObjectRef;
import io.jeso.core.sync.TemplateRenderer.TemplateException;
import io.jeso.core.template.GoTemplateRenderer;
import io.jeso.core.template.TemplatePreview;
import io.jeso.core.template.TemplatePreview.Preview;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jeso template}: renders a template offline, through the renderer the operator uses, like
 * ESO's {@code esoctl template}. No cluster is needed.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Renders ExternalSecret templates offline with jeso's engine (Go text/template,",
      "sprig and ESO's functions), exactly as the operator would. No cluster needed.%n",
      "  jeso template --template dsn.tpl --data data.json",
      "      prints what one template.data value renders to (the exact bytes)",
      "  jeso template --external-secret es.yaml --data data.json \\",
      "      [--configmap cm.yaml] [--secret s.yaml]",
      "      prints the Secret that the ExternalSecret's target template renders%n",
      "The data file holds what the provider would return, by key (the secretKeys",
      "of spec.data, the keys of dataFrom), as JSON or YAML, e.g.",
      "{\"user\": \"app\", \"password\": \"s3cr3t\"}; non-string values are passed on",
      "as their JSON text.%n",
      "Exit status: 0 rendered, 1 a template or an input failed, 2 usage error.%n"
    })
final class TemplateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** What to render: one template, or an ExternalSecret's whole target. */
  static final class Source {
    @Option(
        names = "--template",
        paramLabel = "FILE",
        description = "A file holding one template (as one template.data value).")
    Path template;

    @Option(
        names = "--external-secret",
        paramLabel = "FILE",
        description = "An ExternalSecret manifest (the first one in the file is rendered).")
    Path externalSecret;
  }

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "Provider data by key, JSON or YAML (default: no data).")
  Path data;

  @Option(
      names = "--data-base64",
      description = "The data file's values are base64-encoded, as in a Secret's data.")
  boolean dataBase64;

  @Option(
      names = "--configmap",
      paramLabel = "FILE",
      description = "A ConfigMap manifest that templateFrom reads (repeatable).")
  List<Path> configMaps = new ArrayList<>();

  @Option(
      names = "--secret",
      paramLabel = "FILE",
      description = "A Secret manifest that templateFrom reads (repeatable).")
  List<Path> secrets = new ArrayList<>();

  @Option(
      names = "--keys-and-values",
      description =
          "With --template: render it in KeysAndValues scope (a YAML map, as a templateFrom literal)"
              + " and print the Secret data it yields.")
  boolean keysAndValues;

  @Option(
      names = "--plain",
      description = "Print UTF-8 values as stringData instead of base64 data.")
  boolean plain;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the result to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--template-left-delimiter",
      paramLabel = "DELIM",
      defaultValue = "{{",
      description = "As the operator's flag. Default: ${DEFAULT-VALUE}.")
  String leftDelimiter;

  @Option(
      names = "--template-right-delimiter",
      paramLabel = "DELIM",
      defaultValue = "}}",
      description = "As the operator's flag. Default: ${DEFAULT-VALUE}.")
  String rightDelimiter;

  private final OutputStream stdout;

  TemplateCommand() {
    this(System.out);
  }

  /** With the stream that receives the result (tests). */
  TemplateCommand(OutputStream stdout) {
    this.stdout = stdout;
  }

  @Override
  public Integer call() {
    silenceLibraryLogs();
    try {
      write(render());
      return 0;
    } catch (TemplateInputs.InputException | TemplateException e) {
      spec.commandLine().getErr().println("jeso template: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("jeso template: cannot write the result (" + e.getClass().getSimpleName() + ")");
      return 1;
    }
  }

  /**
   * The result goes to standard output, so nothing else may: logback's default configuration would
   * print the model library's debug lines there.
   */
  private static void silenceLibraryLogs() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.reset();
      context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
    }
  }

  private byte[] render() throws TemplateInputs.InputException, TemplateException {
    Map<String, byte[]> fetched = data == null ? Map.of() : TemplateInputs.data(data, dataBase64);
    TemplatePreview preview =
        new TemplatePreview(new GoTemplateRenderer(leftDelimiter, rightDelimiter));
    if (source.template != null) {
      String text = TemplateInputs.text(source.template);
      String name = source.template.getFileName().toString();
      if (!keysAndValues) {
        return preview.value(name, text, fetched);
      }
      Map<String, byte[]> pairs = preview.keysAndValues(name, text, fetched);
      return yaml(new Preview(name, "Opaque", pairs, Map.of(), Map.of(), List.of()));
    }
    Map<TemplateObjectRef, Map<String, byte[]>> objects = new HashMap<>();
    for (Path p : configMaps) {
      Map.Entry<TemplateObjectRef, Map<String, byte[]>> e = TemplateInputs.configMap(p);
      objects.put(e.getKey(), e.getValue());
    }
    for (Path p : secrets) {
      Map.Entry<TemplateObjectRef, Map<String, byte[]>> e = TemplateInputs.secret(p);
      objects.put(e.getKey(), e.getValue());
    }
    return yaml(
        preview.externalSecret(
            TemplateInputs.externalSecret(source.externalSecret), fetched, objects));
  }

  private byte[] yaml(Preview p) {
    return SecretYaml.of(p, plain).getBytes(StandardCharsets.UTF_8);
  }

  private void write(byte[] result) throws IOException {
    if (output != null) {
      Files.write(output, result);
      return;
    }
    stdout.write(result);
    stdout.flush();
    if (stdout instanceof PrintStream ps && ps.checkError()) {
      throw new IOException("standard output failed");
    }
  }
}
