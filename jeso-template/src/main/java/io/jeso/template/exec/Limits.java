package io.jeso.template.exec;

/**
 * Execution bounds: evaluation steps, output bytes, nested template calls, and the size of any
 * single value a function produces (bytes of a string, elements of a list or map). The value bounds
 * keep a template from exhausting memory with intermediate values that never reach the output.
 */
public record Limits(
    long maxSteps, long maxOutputBytes, int maxDepth, long maxValueBytes, long maxCollectionSize) {
  /** Default bound on one string or byte value: 4 MiB. */
  public static final long DEFAULT_MAX_VALUE_BYTES = 4L << 20;

  /** Default bound on the elements of one list or map: 100,000. */
  public static final long DEFAULT_MAX_COLLECTION_SIZE = 100_000;

  /** Generous defaults for secrets: 1,000,000 steps, 16 MiB, depth 1,000, 4 MiB, 100,000. */
  public static final Limits DEFAULT = new Limits(1_000_000, 16L << 20, 1000);

  /** Steps, output and depth as given; value bounds at their defaults. */
  public Limits(long maxSteps, long maxOutputBytes, int maxDepth) {
    this(maxSteps, maxOutputBytes, maxDepth, DEFAULT_MAX_VALUE_BYTES, DEFAULT_MAX_COLLECTION_SIZE);
  }

  /** These limits with other value bounds. */
  public Limits withValueLimits(long valueBytes, long collectionSize) {
    return new Limits(maxSteps, maxOutputBytes, maxDepth, valueBytes, collectionSize);
  }
}
