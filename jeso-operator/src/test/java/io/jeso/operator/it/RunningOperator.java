package io.jeso.operator.it;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.core.provider.ProviderRegistry;
import io.jeso.operator.JesoOperator;
import io.jeso.operator.OperatorSettings;
import io.jeso.testkit.Crds;
import io.jeso.testkit.TestEnv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * jeso running in the test JVM against the real control plane, with the CRDs from deploy/crds
 * installed and every log line captured (so tests can prove that no secret value is ever logged).
 */
final class RunningOperator implements AutoCloseable {
  private final JesoOperator operator;

  private RunningOperator(JesoOperator operator) {
    this.operator = operator;
  }

  static RunningOperator start(TestEnv env, KubernetesClient client, OperatorSettings settings) {
    Crds.applyDirectory(client, env.root().resolve("deploy/crds"));
    RunningOperator running;
    try {
      ListAppender<ILoggingEvent> appender = new ListAppender<>();
      appender.start();
      ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
      running = new RunningOperator(JesoOperator.start(settings, client, ProviderRegistry.load()));
      running.appender = appender;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return running;
  }

  static OperatorSettings testSettings() {
    return OperatorSettings.defaults().withAddresses("127.0.0.1:0", "127.0.0.1:0");
  }

  private ListAppender<ILoggingEvent> appender;

  /** Every log line so far, formatted (arguments included). */
  List<String> logLines() {
    synchronized (appender.list) {
      return appender.list.stream()
          .map(e -> e.getFormattedMessage() + " " + throwableText(e))
          .toList();
    }
  }

  JesoOperator operator() {
    return operator;
  }

  @Override
  public void close() {
    operator.close();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
  }

  private static String throwableText(ILoggingEvent e) {
    return e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage() + "";
  }
}
