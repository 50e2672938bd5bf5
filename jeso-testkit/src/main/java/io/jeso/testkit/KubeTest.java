package io.jeso.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the real local control plane (one per test run) and the provider peers
 * it names. Each test method gets a fresh namespace; parameters of type {@link TestEnv}, {@link
 * TestNamespace} and {@code KubernetesClient} are injected.
 *
 * <pre>{@code
 * @KubeTest(peers = "vault")
 * class VaultProviderIT {
 *   @Test
 *   void readsKv(KubernetesClient client, TestNamespace ns, TestEnv env) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KubeExtension.class)
public @interface KubeTest {
  /** Peers to start with {@code testenv/up}: {@code vault}, {@code aws}, {@code gcp}, ... */
  String[] peers() default {};
}
