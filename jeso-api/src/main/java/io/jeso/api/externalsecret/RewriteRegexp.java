package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** Rewrites keys with a regular expression replace-all. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RewriteRegexp {

  /** Regular expression matched against each key. */
  @Required private String source;

  /** Replacement, may use capture groups. */
  @Required private String target;

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public RewriteRegexp withSource(String source) {
    this.source = source;
    return this;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public RewriteRegexp withTarget(String target) {
    this.target = target;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RewriteRegexp that)) {
      return false;
    }
    return Objects.equals(source, that.source) && Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, target);
  }

  @Override
  public String toString() {
    return "RewriteRegexp{" + "source=" + source + ", " + "target=" + target + "}";
  }
}
