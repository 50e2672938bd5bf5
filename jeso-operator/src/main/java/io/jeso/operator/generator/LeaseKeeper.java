package io.jeso.operator.generator;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.jeso.core.generator.GrantPolicy;
import io.jeso.core.generator.Lease;
import io.jeso.core.generator.LeaseEndedException;
import io.jeso.core.generator.SyncChoice;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.SecretProviderException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background side, one pass per tick: keeps issuing logins alive, renews leases that are two
 * thirds through (a renewal changes no value, so no sync is needed), asks for a sync of an
 * ExternalSecret whose credentials must be replaced (the sync issues, writes the Secret, then
 * revokes), and closes sessions nothing depends on any more.
 */
final class LeaseKeeper {
  private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

  /** A renewal that failed for a passing reason (Vault unreachable) is retried after this. */
  private static final Duration RETRY = Duration.ofSeconds(5);

  /** A sync asked for and not yet done is asked for again after this. */
  private static final Duration ASK_AGAIN = Duration.ofSeconds(15);

  /** A session just handed out may be about to issue: never closed younger than this. */
  private static final Duration IN_USE = Duration.ofMinutes(1);

  private final LeaseBook book;
  private final SessionPool pool;
  private final GeneratorMetrics metrics;
  private final Clock clock;
  private final Duration idle;
  private final Consumer<ResourceID> requestSync;

  LeaseKeeper(
      LeaseBook book,
      SessionPool pool,
      GeneratorMetrics metrics,
      Clock clock,
      Duration idle,
      Consumer<ResourceID> requestSync) {
    this.book = book;
    this.pool = pool;
    this.metrics = metrics;
    this.clock = clock;
    this.idle = idle;
    this.requestSync = requestSync;
  }

  void tick() {
    pool.sessions().forEach(this::keepAlive);
    Set<SessionPool.Pooled> referenced = new HashSet<>();
    for (Entry e : book.all()) {
      synchronized (e) {
        if (e.current != null) {
          referenced.add(e.current.session);
          renewIfDue(e, e.current);
          if (SyncChoice.needsSync(e.current.held(null), false, clock.instant())) {
            askForSync(e);
          }
        }
        if (e.pending != null) {
          referenced.add(e.pending.session);
          renewIfDue(e, e.pending);
        }
      }
    }
    Instant now = clock.instant();
    for (SessionPool.Pooled p : pool.sessions()) {
      boolean unused = !referenced.contains(p) && p.lastUsed.plus(IN_USE).isBefore(now);
      if (unused && (p.ending || p.lastUsed.plus(idle).isBefore(now))) {
        pool.close(p);
      }
    }
  }

  private void keepAlive(SessionPool.Pooled p) {
    if (p.ending) {
      return;
    }
    try {
      if (!p.session.keepAlive()) {
        p.ending = true;
        LOG.info(
            "the issuing login of {} cannot be extended any more; what it issued is issued again",
            p.generator);
      }
    } catch (SecretProviderException e) {
      metrics.errors.inc(p.generator.kind(), "keepalive");
      LOG.debug("keeping the issuing login of {} alive failed: {}", p.generator, e.getMessage());
    }
  }

  private void renewIfDue(Entry e, Issue issue) {
    Instant now = clock.instant();
    if (issue.renewalFailed
        || issue.session.ending
        || (issue.retryAt != null && now.isBefore(issue.retryAt))) {
      return;
    }
    if (!(GrantPolicy.next(issue.grant, now) instanceof GrantPolicy.Renew renew)) {
      return;
    }
    String kind = issue.generator.bound().kind();
    try {
      Lease granted = issue.session.session.renew(issue.leaseId, renew.increment());
      issue.grant =
          issue.grant.renewed(
              renew.increment(), granted.ttl(), granted.renewable(), clock.instant());
      issue.retryAt = null;
      metrics.renewed.inc(kind);
      LOG.debug(
          "{} {}: renewed a lease of {}: {} granted{}",
          e.externalSecret,
          e.path(),
          issue.generator.id(),
          granted.ttl(),
          issue.grant.capped() ? " (max TTL near: re-issuing)" : "");
    } catch (LeaseEndedException | AuthenticationException ex) {
      issue.renewalFailed = true;
      metrics.errors.inc(kind, "renew");
      LOG.info("{} {}: {}; re-issuing", e.externalSecret, e.path(), ex.getMessage());
    } catch (SecretProviderException ex) {
      issue.retryAt = now.plus(RETRY);
      metrics.errors.inc(kind, "renew");
      LOG.debug("{} {}: renewing failed: {}", e.externalSecret, e.path(), ex.getMessage());
    }
  }

  private void askForSync(Entry e) {
    Instant now = clock.instant();
    if (e.syncRequestedAt == null || e.syncRequestedAt.plus(ASK_AGAIN).isBefore(now)) {
      e.syncRequestedAt = now;
      requestSync.accept(e.externalSecret);
    }
  }
}
