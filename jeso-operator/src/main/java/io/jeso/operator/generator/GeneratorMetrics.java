package io.jeso.operator.generator;

import io.jeso.operator.metrics.MetricFamily;
import io.jeso.operator.metrics.MetricRegistry;

/** Counters of what generators did; labels are kinds and reasons only, never names or ids. */
final class GeneratorMetrics {
  final MetricFamily issued;
  final MetricFamily renewed;
  final MetricFamily revoked;
  final MetricFamily errors;

  GeneratorMetrics(MetricRegistry registry) {
    issued =
        registry.counter(
            "jeso_generator_issued_total",
            "Leased credentials issued by generators, by why they were issued",
            "kind",
            "reason");
    renewed =
        registry.counter(
            "jeso_generator_renewed_total", "Lease renewals of generated credentials", "kind");
    revoked =
        registry.counter(
            "jeso_generator_revoked_total",
            "Leases of generated credentials revoked by jeso, by cause"
                + " (rotated, deleted, unused, removed, restarted)",
            "kind",
            "cause");
    errors =
        registry.counter(
            "jeso_generator_errors_total",
            "Failed generator calls (generate, renew, revoke, keepalive)",
            "kind",
            "operation");
  }
}
