package io.jeso.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where things are: testenv's admin kubeconfig and state directory, the jeso distribution, and the
 * local OpenBao (address and root token, for the OpenBao leg's setup only).
 */
record BenchEnvironment(
    BenchOptions options,
    Path kubeconfig,
    Path testenvRun,
    Path jeso,
    String vaultAddr,
    String vaultToken) {

  static BenchEnvironment from(BenchOptions options, Map<String, String> env) {
    String kubeconfig = env.get("KUBECONFIG");
    if (kubeconfig == null || kubeconfig.isBlank()) {
      throw new IllegalArgumentException(
          "KUBECONFIG is not set: run through bench/run (it sources testenv's env file)");
    }
    Path run = Path.of(env.getOrDefault("JESO_TESTENV_RUN", "testenv/.run"));
    Path jeso = Path.of(env.getOrDefault("JESO", "jeso-cli/target/jeso/bin/jeso"));
    if (!Files.isExecutable(jeso)) {
      throw new IllegalArgumentException(jeso + " is missing: build the distribution first");
    }
    return new BenchEnvironment(
        options,
        Path.of(kubeconfig),
        run,
        jeso,
        env.getOrDefault("JESO_VAULT_ADDR", ""),
        env.getOrDefault("JESO_VAULT_TOKEN", ""));
  }
}
