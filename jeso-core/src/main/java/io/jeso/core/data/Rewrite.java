package io.jeso.core.data;

import java.util.List;
import java.util.Objects;

/**
 * One {@code dataFrom[].rewrite[]} operation. Operations run in order on the key → value map of one
 * dataFrom entry, before key conversion is skipped and key validation runs (see {@link Rewrites}).
 */
public sealed interface Rewrite permits Rewrite.Regexp, Rewrite.Merge, Rewrite.Transform {

  /**
   * {@code rewrite.regexp}: every key becomes {@code source.ReplaceAllString(key, target)}.
   *
   * @param source a Go regular expression
   * @param target a Go replacement template ({@code $1}, {@code ${name}})
   */
  record Regexp(String source, String target) implements Rewrite {
    public Regexp {
      Objects.requireNonNull(source, "source");
      target = target == null ? "" : target;
    }
  }

  /**
   * {@code rewrite.transform}: every key becomes the output of a Go template over {@code .value}
   * (the key).
   *
   * @param template the Go template text
   */
  record Transform(String template) implements Rewrite {
    public Transform {
      Objects.requireNonNull(template, "template");
    }
  }

  /**
   * {@code rewrite.merge}: parse every value as a JSON object and merge their entries.
   *
   * @param into the key that receives the merged JSON (strategy JSON only)
   * @param priority keys merged last, in this order, so their entries win
   * @param priorityPolicy what to do when a priority key is missing
   * @param conflictPolicy what to do when two values define the same entry
   * @param strategy Extract (entries become keys) or JSON (one key holds the merged object)
   */
  record Merge(
      String into,
      List<String> priority,
      PriorityPolicy priorityPolicy,
      ConflictPolicy conflictPolicy,
      MergeStrategy strategy)
      implements Rewrite {
    public Merge {
      into = into == null ? "" : into;
      priority = priority == null ? List.of() : List.copyOf(priority);
      priorityPolicy = priorityPolicy == null ? PriorityPolicy.STRICT : priorityPolicy;
      conflictPolicy = conflictPolicy == null ? ConflictPolicy.ERROR : conflictPolicy;
      strategy = strategy == null ? MergeStrategy.EXTRACT : strategy;
    }
  }

  /** {@code rewrite.merge.priorityPolicy}: Strict (default) fails on a missing priority key. */
  enum PriorityPolicy {
    STRICT,
    IGNORE_NOT_FOUND;

    public static PriorityPolicy parse(String value) {
      if (value == null || value.isEmpty() || value.equals("Strict")) {
        return STRICT;
      }
      if (value.equals("IgnoreNotFound")) {
        return IGNORE_NOT_FOUND;
      }
      throw new IllegalArgumentException(
          "unknown priorityPolicy " + value + ": must be Strict or IgnoreNotFound");
    }
  }

  /**
   * {@code rewrite.merge.conflictPolicy}: Error (default) fails when two values define the same
   * entry.
   */
  enum ConflictPolicy {
    ERROR,
    IGNORE;

    public static ConflictPolicy parse(String value) {
      if (value == null || value.isEmpty() || value.equals("Error")) {
        return ERROR;
      }
      if (value.equals("Ignore")) {
        return IGNORE;
      }
      throw new IllegalArgumentException(
          "unknown conflictPolicy " + value + ": must be Error or Ignore");
    }
  }

  /** {@code rewrite.merge.strategy}: Extract (default) or JSON. */
  enum MergeStrategy {
    EXTRACT,
    JSON;

    public static MergeStrategy parse(String value) {
      if (value == null || value.isEmpty() || value.equals("Extract")) {
        return EXTRACT;
      }
      if (value.equals("JSON")) {
        return JSON;
      }
      throw new IllegalArgumentException(
          "unknown merge strategy " + value + ": must be Extract or JSON");
    }
  }
}
