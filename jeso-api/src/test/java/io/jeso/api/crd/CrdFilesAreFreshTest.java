package io.jeso.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/crds/ must be exactly what the build generates from the model. With {@code
 * -Dcrds.update=true} this test writes the files instead of comparing them; that is what {@code
 * make crds} runs.
 */
class CrdFilesAreFreshTest {

  static final Path GENERATED = Path.of("target", "classes", "META-INF", "fabric8");
  static final Path SHIPPED = Path.of("..", "deploy", "crds");

  @Test
  void deployCrdsMatchTheModel() throws IOException {
    Map<String, String> expected = new CrdFinisher(Resources.ALL).finishAll(GENERATED);
    assertThat(expected).hasSize(Resources.ALL.size() - 4);
    if (Boolean.getBoolean("crds.update")) {
      write(expected);
    }
    assertThat(shipped())
        .as(
            "deploy/crds/ is stale relative to the jeso-api model. Run `make crds` "
                + "(./mvnw -pl jeso-api test -Dtest=CrdFilesAreFreshTest -Dcrds.update=true) and commit deploy/crds/")
        .isEqualTo(expected);
  }

  private static void write(Map<String, String> crds) throws IOException {
    Files.createDirectories(SHIPPED);
    try (Stream<Path> old = Files.list(SHIPPED)) {
      for (Path f : old.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.delete(f);
      }
    }
    for (Map.Entry<String, String> e : crds.entrySet()) {
      Files.writeString(SHIPPED.resolve(e.getKey()), e.getValue());
    }
  }

  private static Map<String, String> shipped() throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(SHIPPED)) {
      return out;
    }
    try (Stream<Path> files = Files.list(SHIPPED)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        out.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return out;
  }
}
