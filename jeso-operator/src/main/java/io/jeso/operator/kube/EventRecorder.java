package io.jeso.operator.kube;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jeso.api.EventReasons;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes core/v1 Events about jeso's objects, as ESO's recorder does (source component {@code
 * external-secrets}).
 *
 * <p>Events are written in the background by {@value #WRITERS} writers, so a sync never waits for
 * one: on a new ExternalSecret the event would otherwise be one more API round trip before Ready.
 * At most {@value #BACKLOG} events wait; beyond that (an API server that stopped answering) new
 * ones are dropped and counted in the log, since an event is a courtesy and memory is not.
 *
 * <p>The same event for the same object is written at most once per {@code repeatAfter}: ESO writes
 * one on every reconcile, which at a short refresh interval floods the API server with identical
 * events. Messages must be value-free; they come from typed, sanitized errors.
 */
public final class EventRecorder implements AutoCloseable {
  private static final int WRITERS = 2;
  private static final int BACKLOG = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);

  public enum Type {
    Normal,
    Warning
  }

  private record Last(String reason, String message, Instant at) {}

  private final KubernetesClient client;
  private final Clock clock;
  private final Duration repeatAfter;
  private final Map<String, Last> last = new ConcurrentHashMap<>();
  private final BlockingQueue<Event> backlog = new LinkedBlockingQueue<>(BACKLOG);
  private final AtomicLong dropped = new AtomicLong();
  private final List<Thread> writers = new ArrayList<>();

  public EventRecorder(KubernetesClient client, Clock clock, Duration repeatAfter) {
    this.client = client;
    this.clock = clock;
    this.repeatAfter = repeatAfter;
    for (int i = 0; i < WRITERS; i++) {
      writers.add(Thread.ofVirtual().name("event-writer-" + i).start(this::writeLoop));
    }
  }

  /** Stops the writers; events still waiting are not written. */
  @Override
  public void close() {
    writers.forEach(Thread::interrupt);
  }

  public void normal(HasMetadata object, String reason, String message) {
    record(object, Type.Normal, reason, message);
  }

  public void warning(HasMetadata object, String reason, String message) {
    record(object, Type.Warning, reason, message);
  }

  /** Forgets what was recorded about a deleted object. */
  public void forget(HasMetadata object) {
    last.remove(object.getMetadata().getUid());
  }

  public void record(HasMetadata object, Type type, String reason, String message) {
    Instant now = clock.instant();
    String uid = object.getMetadata().getUid();
    Last previous = last.get(uid);
    if (previous != null
        && previous.reason().equals(reason)
        && previous.message().equals(message)
        && previous.at().plus(repeatAfter).isAfter(now)) {
      return;
    }
    last.put(uid, new Last(reason, message, now));
    String namespace =
        object.getMetadata().getNamespace() == null
            ? "default"
            : object.getMetadata().getNamespace();
    Event event =
        new EventBuilder()
            .withNewMetadata()
            .withGenerateName(object.getMetadata().getName() + ".")
            .withNamespace(namespace)
            .endMetadata()
            .withInvolvedObject(
                new ObjectReferenceBuilder()
                    .withApiVersion(object.getApiVersion())
                    .withKind(object.getKind())
                    .withName(object.getMetadata().getName())
                    .withNamespace(object.getMetadata().getNamespace())
                    .withUid(uid)
                    .withResourceVersion(object.getMetadata().getResourceVersion())
                    .build())
            .withType(type.name())
            .withReason(reason)
            .withMessage(message)
            .withNewSource()
            .withComponent(EventReasons.COMPONENT)
            .endSource()
            .withReportingComponent(EventReasons.COMPONENT)
            .withFirstTimestamp(now.toString())
            .withLastTimestamp(now.toString())
            .withCount(1)
            .build();
    if (!backlog.offer(event)) {
      long count = dropped.incrementAndGet();
      if (Long.bitCount(count) == 1) { // 1, 2, 4, 8, ...: visible without flooding the log
        LOG.warn("{} events dropped so far: the API server is not taking them fast enough", count);
      }
    }
  }

  private void writeLoop() {
    try {
      while (true) {
        write(backlog.take());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(Event event) {
    String namespace = event.getMetadata().getNamespace();
    try {
      client.v1().events().inNamespace(namespace).resource(event).create();
    } catch (KubernetesClientException e) {
      // An event is a courtesy: failing to write one must not fail anything else.
      LOG.warn(
          "could not record event {} on {}/{}: HTTP {}",
          event.getReason(),
          namespace,
          event.getInvolvedObject().getName(),
          e.getCode());
    }
  }
}
