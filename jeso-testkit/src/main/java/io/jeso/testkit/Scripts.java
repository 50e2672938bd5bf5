package io.jeso.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the testenv shell scripts, failing loudly with their output when they fail. */
final class Scripts {
  private Scripts() {}

  static String run(Path dir, List<String> command, Duration timeout) {
    try {
      Process process =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      // The scripts print progress, so read while waiting; a full pipe would block them.
      var output = new StringBuilder();
      Thread reader =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try (var in = process.getInputStream()) {
                      output.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException ignored) {
                      // the process is gone; what was read is reported below
                    }
                  });
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " did not finish in " + timeout);
      }
      reader.join();
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + output);
      }
      return output.toString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
    }
  }
}
