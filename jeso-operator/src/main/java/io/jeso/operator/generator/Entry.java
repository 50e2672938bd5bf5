package io.jeso.operator.generator;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.jeso.core.generator.ReissueReason;
import java.time.Instant;

/**
 * One leased generator entry ({@code dataFrom[index]}) of one ExternalSecret: the credentials the
 * Secret holds ({@code current}) and those issued to replace them but not yet written ({@code
 * pending}). Callers synchronize on the entry.
 */
final class Entry {
  final ResourceID externalSecret;
  final String uid;
  final int index;
  Issue current;
  Issue pending;
  ReissueReason pendingReason;

  /**
   * The generator now answers without a lease: the held credentials go once the Secret is written.
   */
  boolean dropOnCommit;

  Instant syncRequestedAt;

  Entry(ResourceID externalSecret, String uid, int index) {
    this.externalSecret = externalSecret;
    this.uid = uid;
    this.index = index;
  }

  /** {@code dataFrom[0]}, for messages. */
  String path() {
    return "spec.dataFrom[" + index + "]";
  }

  @Override
  public String toString() {
    return "Entry[" + externalSecret + " " + path() + "]";
  }
}
