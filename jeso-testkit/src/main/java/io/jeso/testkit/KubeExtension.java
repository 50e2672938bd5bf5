package io.jeso.testkit;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** The JUnit extension behind {@link KubeTest}. */
public final class KubeExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace STORE =
      ExtensionContext.Namespace.create(KubeExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    TestEnv env = testEnv(context);
    KubeTest annotation = context.getRequiredTestClass().getAnnotation(KubeTest.class);
    if (annotation != null && annotation.peers().length > 0) {
      env.requirePeers(List.of(annotation.peers()));
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    String name = namespaceName(context.getRequiredTestClass().getSimpleName());
    testEnv(context)
        .client()
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels("jeso.io/test", "true")
                .endMetadata()
                .build())
        .create();
    context.getStore(STORE).put(TestNamespace.class, new TestNamespace(name));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TestNamespace ns = context.getStore(STORE).remove(TestNamespace.class, TestNamespace.class);
    if (ns != null) {
      // The namespace controller finishes the deletion in the background; nothing waits for it.
      testEnv(context).client().namespaces().withName(ns.name()).delete();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestEnv.class || type == TestNamespace.class || type == KubernetesClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == TestEnv.class) {
      return testEnv(context);
    }
    if (type == KubernetesClient.class) {
      return testEnv(context).client();
    }
    TestNamespace ns = context.getStore(STORE).get(TestNamespace.class, TestNamespace.class);
    if (ns == null) {
      throw new IllegalStateException("a TestNamespace exists only inside a test method");
    }
    return ns;
  }

  /**
   * The run-wide environment, kept in the root store so that JUnit closes it once, after the last
   * test.
   */
  static TestEnv testEnv(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(STORE)
        .computeIfAbsent(TestEnv.class, type -> TestEnv.start(), TestEnv.class);
  }

  static String namespaceName(String testClass) {
    String base = testClass.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    if (base.length() > 40) {
      base = base.substring(0, 40);
    }
    String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
    return (base + "-" + suffix).replaceAll("^-+|-+$", "");
  }
}
