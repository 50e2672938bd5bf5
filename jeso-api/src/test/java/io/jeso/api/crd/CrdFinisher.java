package io.jeso.api.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import io.jeso.api.common.Patterns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns the fabric8 generator's output into the CRDs jeso ships. The generator gets almost
 * everything right from the annotations; this adds the few things no annotation can express:
 *
 * <ul>
 *   <li>printer columns in the order they are declared (the generator sorts them by JSON path, and
 *       ESO users know the column order of {@code kubectl get es});
 *   <li>exactly one operation per {@code rewrite[]} item (min/maxProperties on list items, which
 *       {@code @Size} cannot reach);
 *   <li>{@code key} and {@code operator} required in label selector expressions, and namespace-name
 *       items in {@code namespaces[]}, as in ESO's schema;
 *   <li>a header saying where the file comes from.
 * </ul>
 *
 * It lives with the tests because it is build tooling: {@link CrdFilesAreFreshTest} runs it and
 * compares (or, with {@code -Dcrds.update=true}, writes) {@code deploy/crds/}.
 */
final class CrdFinisher {

  static final String HEADER =
      """
      # jeso CRD, generated from the jeso-api model by the fabric8 CRD generator. Do not edit:
      # change the model, then run `make crds` (./mvnw -pl jeso-api test -Dtest=CrdFilesAreFreshTest -Dcrds.update=true).
      """;

  private static final YAMLMapper YAML =
      YAMLMapper.builder(new YAMLFactory())
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .build();

  private final List<Class<?>> resources;

  CrdFinisher(List<Class<?>> resources) {
    this.resources = resources;
  }

  /**
   * Finished CRDs of every generated file in {@code dir}, by shipped file name ({@code <crd
   * name>.yaml}).
   */
  Map<String, String> finishAll(Path dir) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        ObjectNode crd = (ObjectNode) YAML.readTree(file.toFile());
        finish(crd);
        out.put(crd.at("/metadata/name").asText() + ".yaml", HEADER + YAML.writeValueAsString(crd));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  void finish(ObjectNode crd) {
    String group = crd.at("/spec/group").asText();
    String plural = crd.at("/spec/names/plural").asText();
    for (JsonNode version : crd.at("/spec/versions")) {
      orderColumns(
          (ObjectNode) version, declaredColumns(group, plural, version.get("name").asText()));
      tightenSchema(version.at("/schema/openAPIV3Schema"));
    }
  }

  private List<String> declaredColumns(String group, String plural, String version) {
    return resources.stream()
        .filter(c -> c.getAnnotation(Group.class).value().equals(group))
        .filter(c -> c.getAnnotation(Plural.class).value().equals(plural))
        .filter(c -> c.getAnnotation(Version.class).value().equals(version))
        .findFirst()
        .map(c -> Arrays.stream(c.getAnnotationsByType(AdditionalPrinterColumn.class)))
        .orElseThrow(
            () -> new IllegalStateException("no class for " + plural + "." + group + "/" + version))
        .map(AdditionalPrinterColumn::name)
        .toList();
  }

  private static void orderColumns(ObjectNode version, List<String> order) {
    JsonNode columns = version.get("additionalPrinterColumns");
    if (columns == null) {
      return;
    }
    List<JsonNode> sorted = new ArrayList<>();
    columns.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(c -> order.indexOf(c.get("name").asText())));
    ((ArrayNode) columns).removeAll().addAll(sorted);
  }

  /**
   * Walks every schema node once; the rules key on property names that mean the same thing wherever
   * they occur.
   */
  private static void tightenSchema(JsonNode schema) {
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      properties
          .properties()
          .forEach(
              p -> {
                tightenProperty(p.getKey(), p.getValue());
                tightenSchema(p.getValue());
              });
    }
    if (schema.has("items")) {
      tightenSchema(schema.get("items"));
    }
    if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
      tightenSchema(schema.get("additionalProperties"));
    }
  }

  private static void tightenProperty(String name, JsonNode property) {
    JsonNode items = property.get("items");
    if (items == null) {
      return;
    }
    ObjectNode item = (ObjectNode) items;
    switch (name) {
      case "rewrite" -> item.put("minProperties", 1).put("maxProperties", 1);
      case "matchExpressions" ->
          item.set("required", YAML.createArrayNode().add("key").add("operator"));
      case "namespaces" -> {
        if ("string".equals(item.path("type").asText())) {
          item.put("minLength", 1).put("maxLength", 63).put("pattern", Patterns.DNS_LABEL);
        }
      }
      default -> {}
    }
  }
}
