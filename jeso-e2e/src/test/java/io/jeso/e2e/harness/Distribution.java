package io.jeso.e2e.harness;

import io.jeso.testkit.TestEnv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The jeso distribution the tests run: {@code -Djeso.distribution=<dir>} if given, else the
 * checkout's {@code jeso-cli/target/jeso}.
 *
 * <p>It is copied once per test JVM to {@code target/jeso-dist}: the checkout is shared, and a
 * rebuild by someone else must not swap jars under a running jeso. The copy is checked for the
 * failure such a rebuild leaves behind (a provider jar whose classes are half written).
 */
final class Distribution {
  private static Path copied;

  private Distribution() {}

  static synchronized Path launcher(TestEnv env) {
    if (copied == null) {
      String configured = System.getProperty("jeso.distribution", "");
      Path source =
          configured.isBlank()
              ? env.root().resolve("jeso-cli/target/jeso")
              : Path.of(configured).toAbsolutePath();
      if (!Files.isExecutable(source.resolve("bin/jeso"))) {
        throw new IllegalStateException(
            source.resolve("bin/jeso")
                + " is missing: build it with ./mvnw -q -DskipTests -pl jeso-cli -am install"
                + " before running jeso-e2e");
      }
      Path target = Path.of("target", "jeso-dist").toAbsolutePath();
      copy(source, target);
      checkProviderJars(target.resolve("lib"));
      copied = target.resolve("bin/jeso");
    }
    return copied;
  }

  private static void copy(Path source, Path target) {
    try {
      if (Files.exists(target)) {
        try (Stream<Path> old = Files.walk(target)) {
          for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      try (Stream<Path> files = Files.walk(source)) {
        for (Path from : files.toList()) {
          Path to = target.resolve(source.relativize(from).toString());
          if (Files.isDirectory(from)) {
            Files.createDirectories(to);
          } else {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the jeso distribution " + source, e);
    }
  }

  /** Every class a jar registers in META-INF/services is in that jar. */
  private static void checkProviderJars(Path lib) {
    try (Stream<Path> jars = Files.list(lib)) {
      for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith("jeso-")).toList()) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
          for (ZipEntry entry : zip.stream().toList()) {
            if (entry.getName().startsWith("META-INF/services/") && !entry.isDirectory()) {
              for (String type : services(zip, entry)) {
                if (zip.getEntry(type.replace('.', '/') + ".class") == null) {
                  throw new IllegalStateException(
                      jar
                          + " registers "
                          + type
                          + " but does not contain it: the distribution was built from a"
                          + " half-compiled tree; rebuild it (./mvnw -q -DskipTests -pl jeso-cli"
                          + " -am install)");
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the jeso distribution in " + lib, e);
    }
  }

  private static List<String> services(ZipFile zip, ZipEntry entry) throws IOException {
    try (var in = zip.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(l -> l.replaceAll("#.*", "").strip())
          .filter(l -> !l.isEmpty())
          .toList();
    }
  }
}
