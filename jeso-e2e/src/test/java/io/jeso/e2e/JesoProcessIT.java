package io.jeso.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.e2e.harness.JesoProcess;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import org.junit.jupiter.api.Test;

/** The harness fails a test class loudly, with jeso's own words, when jeso cannot start. */
@KubeTest
class JesoProcessIT {
  @Test
  void aJesoThatExitsAtStartUpFailsWithItsOutput(TestEnv env, KubernetesClient client) {
    assertThatThrownBy(
            () -> JesoProcess.start(env, client, JesoProcessIT.class, "--loglevel", "chatty"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jeso exited with status")
        .hasMessageContaining("--loglevel must be debug, info, warn or error");
  }
}
