package io.jeso.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.v1.ExternalSecret;
import org.junit.jupiter.api.Test;

class ApplyFailuresTest {
  @Test
  void apiServerRefusalsBecomeRetryableSecretSyncedErrors() {
    ExternalSecret es = Fixtures.synced(Fixtures.es(), Fixtures.NOW.minusSeconds(60));

    SyncPlan write = ApplyFailures.writeFailed(es, "HTTP 422", Fixtures.NOW);
    assertThat(write.ready().getMessage()).isEqualTo("could not update secret");
    assertThat(write.events())
        .containsExactly(PlannedEvent.warning("UpdateFailed", "could not update secret: HTTP 422"));
    assertThat(write.requeue()).isInstanceOf(Requeue.Backoff.class);
    assertThat(write.write()).isInstanceOf(SecretWrite.None.class);
    assertThat(write.status().getRefreshTime()).isEqualTo(es.getStatus().getRefreshTime());

    assertThat(ApplyFailures.deleteFailed(es, "HTTP 403", Fixtures.NOW).ready().getMessage())
        .isEqualTo("could not delete secret");
    assertThat(ApplyFailures.orphanCleanupFailed(es, "HTTP 403", Fixtures.NOW).ready().getMessage())
        .isEqualTo("could not delete orphaned secrets");
  }
}
