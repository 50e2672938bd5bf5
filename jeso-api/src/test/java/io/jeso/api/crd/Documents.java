package io.jeso.api.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The YAML documents under src/test/resources/seeds (the users') and examples (ours), and their
 * model classes.
 */
public final class Documents {

  public static final Path SEEDS = Path.of("src", "test", "resources", "seeds");
  public static final Path EXAMPLES = Path.of("src", "test", "resources", "examples");

  public static final YAMLMapper YAML = new YAMLMapper();
  public static final ObjectMapper JSON = JsonMapper.builder().build();

  /** One document of a file. */
  public record Document(String file, int index, JsonNode tree) {
    public String kind() {
      return tree.path("kind").asText();
    }

    public String apiVersion() {
      return tree.path("apiVersion").asText();
    }

    @Override
    public String toString() {
      return file + (index == 0 ? "" : "#" + index) + " (" + apiVersion() + " " + kind() + ")";
    }
  }

  public static List<Document> all() {
    List<Document> docs = new ArrayList<>(in(SEEDS));
    docs.addAll(in(EXAMPLES));
    return docs;
  }

  public static List<Document> in(Path dir) {
    List<Document> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        List<JsonNode> trees =
            YAML.readValues(YAML.createParser(f.toFile()), JsonNode.class).readAll();
        for (int i = 0; i < trees.size(); i++) {
          out.add(new Document(dir.getFileName() + "/" + f.getFileName(), i, trees.get(i)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The class that models a document's apiVersion and kind. */
  public static Class<? extends HasMetadata> modelOf(Document doc) {
    return Resources.ALL.stream()
        .map(Documents::asResource)
        .filter(c -> HasMetadata.getApiVersion(c).equals(doc.apiVersion()))
        .filter(c -> HasMetadata.getKind(c).equals(doc.kind()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no model class for " + doc));
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends HasMetadata> asResource(Class<?> c) {
    return (Class<? extends HasMetadata>) c;
  }

  private Documents() {}
}
