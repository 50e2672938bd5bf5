package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One rewrite step of a dataFrom entry; exactly one operation (enforced by the schema on the list
 * items).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Rewrite {

  /** Regular-expression rewrite. */
  private RewriteRegexp regexp;

  /** Template rewrite. */
  private RewriteTransform transform;

  /** Merge rewrite. */
  private RewriteMerge merge;

  public RewriteRegexp getRegexp() {
    return regexp;
  }

  public void setRegexp(RewriteRegexp regexp) {
    this.regexp = regexp;
  }

  public Rewrite withRegexp(RewriteRegexp regexp) {
    this.regexp = regexp;
    return this;
  }

  public RewriteTransform getTransform() {
    return transform;
  }

  public void setTransform(RewriteTransform transform) {
    this.transform = transform;
  }

  public Rewrite withTransform(RewriteTransform transform) {
    this.transform = transform;
    return this;
  }

  public RewriteMerge getMerge() {
    return merge;
  }

  public void setMerge(RewriteMerge merge) {
    this.merge = merge;
  }

  public Rewrite withMerge(RewriteMerge merge) {
    this.merge = merge;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Rewrite that)) {
      return false;
    }
    return Objects.equals(regexp, that.regexp)
        && Objects.equals(transform, that.transform)
        && Objects.equals(merge, that.merge);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regexp, transform, merge);
  }

  @Override
  public String toString() {
    return "Rewrite{"
        + "regexp="
        + regexp
        + ", "
        + "transform="
        + transform
        + ", "
        + "merge="
        + merge
        + "}";
  }
}
