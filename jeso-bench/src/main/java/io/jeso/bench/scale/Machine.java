package io.jeso.bench.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on, for the JSON. */
final class Machine {
  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memTotalGiB", Report.round(memTotalKib() / 1024.0 / 1024.0, 1));
    m.put("kernel", read("/proc/sys/kernel/osrelease"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    return m;
  }

  /**
   * What else runs on the machine, by kind (other engineers' Maven builds, test JVMs, control
   * planes): the figures of a shared 2-core machine mean little without it.
   */
  static Map<String, Object> otherWork() {
    long self = ProcessHandle.current().pid();
    Map<String, Object> counts = new LinkedHashMap<>();
    String[][] kinds = {
      {"mavenBuilds", "plexus-classworlds"},
      {"testJvms", "surefirebooter"},
      {"kubeApiservers", "kube-apiserver"},
      {"goBuilds", "/go/pkg/tool/"},
    };
    for (String[] kind : kinds) {
      counts.put(
          kind[0],
          ProcessHandle.allProcesses()
              .filter(p -> p.pid() != self)
              .filter(p -> p.info().commandLine().map(c -> c.contains(kind[1])).orElse(false))
              .count());
    }
    counts.put("loadAverage", ProcStats.loadAverage());
    return counts;
  }

  static String gitCommit() {
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
              .redirectErrorStream(true)
              .start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return git.waitFor() == 0 ? out : "?";
    } catch (IOException e) {
      return "?";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }

  private static long memTotalKib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("\\D+", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // unknown
    }
    return 0;
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path)).trim();
    } catch (IOException e) {
      return "?";
    }
  }
}
