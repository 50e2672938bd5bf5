package io.jeso.operator.generator;

import io.jeso.core.generator.GeneratorId;
import io.jeso.core.generator.GeneratorSession;
import io.jeso.core.provider.SecretProviderException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issuing sessions, one per generator version and namespace, shared by the ExternalSecrets that use
 * that generator. Separate from the store clients on purpose: those are replaced after a maximum
 * age and their tokens revoked, which would end every lease they had issued. A session here lives
 * as long as something it issued is held, and is closed (its login revoked) only when nothing is.
 */
final class SessionPool {
  private static final Logger LOG = LoggerFactory.getLogger(SessionPool.class);

  /** Which sessions may be shared: the same generator object and version, for one namespace. */
  record Key(String generatorVersion, String namespace) {}

  /** A session and its state; {@code ending} once its login cannot be extended. */
  static final class Pooled {
    final Key key;
    final GeneratorId generator;
    final GeneratorSession session;
    volatile boolean ending;
    volatile Instant lastUsed;

    Pooled(Key key, GeneratorId generator, GeneratorSession session, Instant now) {
      this.key = key;
      this.generator = generator;
      this.session = session;
      this.lastUsed = now;
    }

    @Override
    public String toString() {
      return "Pooled[" + generator + ", ending=" + ending + "]";
    }
  }

  /** Opens a session (logs in). */
  interface Opener {
    GeneratorSession open() throws SecretProviderException;
  }

  private final Clock clock;
  private final Map<Key, Pooled> current = new HashMap<>();
  private final List<Pooled> all = new ArrayList<>();

  SessionPool(Clock clock) {
    this.clock = clock;
  }

  /**
   * The session to issue with for {@code key}: the current one unless it is ending, else a new one.
   */
  synchronized Pooled issuer(Key key, GeneratorId generator, Opener opener)
      throws SecretProviderException {
    Pooled p = current.get(key);
    if (p == null || p.ending) {
      p = new Pooled(key, generator, opener.open(), clock.instant());
      current.put(key, p);
      all.add(p);
      LOG.debug("opened an issuing session for {}", generator);
    }
    p.lastUsed = clock.instant();
    return p;
  }

  synchronized List<Pooled> sessions() {
    return List.copyOf(all);
  }

  synchronized int size() {
    return all.size();
  }

  /** Closes {@code p}: revokes its login and with it anything it issued that is still alive. */
  void close(Pooled p) {
    synchronized (this) {
      all.remove(p);
      current.remove(p.key, p);
    }
    LOG.debug("closing the issuing session of {}", p.generator);
    p.session.close();
  }

  /** jeso stops: free the sessions but leave their logins (and credentials) to the next jeso. */
  synchronized void abandonAll() {
    all.forEach(p -> p.session.abandon());
    all.clear();
    current.clear();
  }
}
