package io.jeso.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the root of the jeso checkout: {@code -Djeso.root}, else the nearest parent holding
 * testenv/up.
 */
final class RepoRoot {
  private RepoRoot() {}

  static Path find() {
    String configured = System.getProperty("jeso.root");
    if (configured != null && Files.isExecutable(Path.of(configured, "testenv", "up"))) {
      return Path.of(configured).toAbsolutePath();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isExecutable(dir.resolve("testenv/up"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "cannot find the jeso checkout (a directory with testenv/up) above "
            + Path.of("").toAbsolutePath());
  }
}
