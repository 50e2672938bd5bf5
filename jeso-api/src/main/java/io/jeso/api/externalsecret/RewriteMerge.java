package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Merges the fetched values into one key or map. ESO's schema defaults (into "", priorityPolicy
 * Strict, conflictPolicy Error, strategy Extract) sit inside a list item, so jeso applies them in
 * code instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RewriteMerge {

  /** Target key; required for the JSON strategy. */
  private String into;

  /** Keys that win conflicts, in order. */
  private List<String> priority;

  /** Strict when unset. */
  private MergePriorityPolicy priorityPolicy;

  /** Error when unset. */
  private MergeConflictPolicy conflictPolicy;

  /** Extract when unset. */
  private MergeStrategy strategy;

  public String getInto() {
    return into;
  }

  public void setInto(String into) {
    this.into = into;
  }

  public RewriteMerge withInto(String into) {
    this.into = into;
    return this;
  }

  public List<String> getPriority() {
    return priority;
  }

  public void setPriority(List<String> priority) {
    this.priority = priority;
  }

  public RewriteMerge withPriority(List<String> priority) {
    this.priority = priority;
    return this;
  }

  public MergePriorityPolicy getPriorityPolicy() {
    return priorityPolicy;
  }

  public void setPriorityPolicy(MergePriorityPolicy priorityPolicy) {
    this.priorityPolicy = priorityPolicy;
  }

  public RewriteMerge withPriorityPolicy(MergePriorityPolicy priorityPolicy) {
    this.priorityPolicy = priorityPolicy;
    return this;
  }

  public MergeConflictPolicy getConflictPolicy() {
    return conflictPolicy;
  }

  public void setConflictPolicy(MergeConflictPolicy conflictPolicy) {
    this.conflictPolicy = conflictPolicy;
  }

  public RewriteMerge withConflictPolicy(MergeConflictPolicy conflictPolicy) {
    this.conflictPolicy = conflictPolicy;
    return this;
  }

  public MergeStrategy getStrategy() {
    return strategy;
  }

  public void setStrategy(MergeStrategy strategy) {
    this.strategy = strategy;
  }

  public RewriteMerge withStrategy(MergeStrategy strategy) {
    this.strategy = strategy;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RewriteMerge that)) {
      return false;
    }
    return Objects.equals(into, that.into)
        && Objects.equals(priority, that.priority)
        && Objects.equals(priorityPolicy, that.priorityPolicy)
        && Objects.equals(conflictPolicy, that.conflictPolicy)
        && Objects.equals(strategy, that.strategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(into, priority, priorityPolicy, conflictPolicy, strategy);
  }

  @Override
  public String toString() {
    return "RewriteMerge{"
        + "into="
        + into
        + ", "
        + "priority="
        + priority
        + ", "
        + "priorityPolicy="
        + priorityPolicy
        + ", "
        + "conflictPolicy="
        + conflictPolicy
        + ", "
        + "strategy="
        + strategy
        + "}";
  }
}
