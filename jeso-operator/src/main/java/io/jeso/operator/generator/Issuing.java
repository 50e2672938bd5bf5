package io.jeso.operator.generator;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.jeso.api.externalsecret.GeneratorRef;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.generator.BoundGenerator;
import io.jeso.core.generator.Generated;
import io.jeso.core.generator.GeneratorContext;
import io.jeso.core.generator.Grant;
import io.jeso.core.generator.Lease;
import io.jeso.core.generator.ReissueReason;
import io.jeso.core.generator.SyncChoice;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.store.ClusterObjects;
import java.time.Clock;
import java.util.Map;

/**
 * The sync side: values for one generator entry of an ExternalSecret, by {@link SyncChoice}: the
 * held credentials while they are good, the pending ones on a retry, new ones otherwise. New leased
 * credentials become the entry's pending issue until the Secret holding them is written ({@link
 * Handover}).
 */
final class Issuing {
  private final GeneratorResolver resolver;
  private final SessionPool pool;
  private final LeaseBook book;
  private final ClusterObjects objects;
  private final Clock clock;
  private final ProviderApiCalls apiCalls;
  private final GeneratorMetrics metrics;
  private Revocations revocations;

  Issuing(
      GeneratorResolver resolver,
      SessionPool pool,
      LeaseBook book,
      ClusterObjects objects,
      Clock clock,
      ProviderApiCalls apiCalls,
      GeneratorMetrics metrics) {
    this.resolver = resolver;
    this.pool = pool;
    this.book = book;
    this.objects = objects;
    this.clock = clock;
    this.apiCalls = apiCalls;
    this.metrics = metrics;
  }

  void revocations(Revocations r) {
    this.revocations = r;
  }

  /**
   * The values of {@code dataFrom[index]}.
   *
   * @param rotate the user asked for fresh data: issue new credentials
   */
  Map<String, byte[]> values(ExternalSecret es, int index, GeneratorRef ref, boolean rotate)
      throws SecretProviderException {
    String ns = es.getMetadata().getNamespace();
    String uid = es.getMetadata().getUid();
    ResolvedGenerator g = resolver.resolve(ref, ns);
    Entry entry = book.entry(ResourceID.fromResource(es), uid, index);
    synchronized (entry) {
      SyncChoice.Choice choice =
          SyncChoice.choose(
              entry.current == null ? null : entry.current.held(g),
              entry.pending == null ? null : entry.pending.held(g),
              rotate,
              book.recorded(uid, index),
              clock.instant());
      return switch (choice) {
        case SyncChoice.UseCurrent u -> entry.current.values;
        case SyncChoice.UsePending p -> entry.pending.values;
        case SyncChoice.Issue i -> issue(es, entry, g, i.reason());
      };
    }
  }

  ResolvedGenerator resolve(String kind, String name, String namespace)
      throws SecretProviderException {
    return resolver.resolve(kind, name, namespace);
  }

  /** The session to issue (or revoke) with for {@code g} in {@code namespace}; may log in. */
  SessionPool.Pooled session(ResolvedGenerator g, String namespace) throws SecretProviderException {
    return pool.issuer(
        new SessionPool.Key(g.version(), namespace),
        g.id(),
        () -> g.bound().open(contexts(g, namespace)));
  }

  private Map<String, byte[]> issue(
      ExternalSecret es, Entry entry, ResolvedGenerator g, ReissueReason reason)
      throws SecretProviderException {
    if (entry.pending != null) {
      revocations.revoke(es, entry, entry.pending, "unused");
      entry.pending = null;
    }
    String kind = g.bound().kind();
    SessionPool.Pooled session;
    Generated out;
    try {
      session = session(g, es.getMetadata().getNamespace());
    } catch (SecretProviderException e) {
      metrics.errors.inc(kind, "generate");
      throw e;
    }
    try {
      out = session.session.generate();
    } catch (AuthenticationException e) {
      // The login may have been revoked behind jeso's back: the next attempt logs in anew.
      session.ending = true;
      metrics.errors.inc(kind, "generate");
      throw e;
    } catch (SecretProviderException e) {
      metrics.errors.inc(kind, "generate");
      throw e;
    }
    if (out.lease().isEmpty()) {
      // Values without a lease are generated on every sync, as ESO does; nothing to keep.
      entry.dropOnCommit = entry.current != null;
      return out.values();
    }
    Lease lease = out.lease().get();
    entry.pending =
        new Issue(
            out.values(),
            lease.id(),
            g,
            session,
            Grant.of(lease.ttl(), lease.renewable(), clock.instant()));
    entry.pendingReason = reason;
    metrics.issued.inc(kind, reason.label());
    return out.values();
  }

  private BoundGenerator.ContextFactory contexts(ResolvedGenerator g, String namespace) {
    return new BoundGenerator.ContextFactory() {
      @Override
      public <T> GeneratorContext<T> create(T spec) {
        return new OperatorGeneratorContext<>(g.id(), spec, namespace, objects, clock, apiCalls);
      }
    };
  }
}
