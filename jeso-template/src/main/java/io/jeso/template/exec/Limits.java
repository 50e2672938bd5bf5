package io.jeso.template.exec;

/** Execution bounds: evaluation steps, output bytes and nested template calls. */
public record Limits(long maxSteps, long maxOutputBytes, int maxDepth) {
  /** Generous defaults for secrets: 1,000,000 steps, 16 MiB, depth 1,000. */
  public static final Limits DEFAULT = new Limits(1_000_000, 16L << 20, 1000);
}
