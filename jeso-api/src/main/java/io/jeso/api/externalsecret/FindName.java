package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** Matches provider secrets by name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class FindName {

  /** Regular expression the secret name must match. */
  private String regexp;

  public String getRegexp() {
    return regexp;
  }

  public void setRegexp(String regexp) {
    this.regexp = regexp;
  }

  public FindName withRegexp(String regexp) {
    this.regexp = regexp;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FindName that)) {
      return false;
    }
    return Objects.equals(regexp, that.regexp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regexp);
  }

  @Override
  public String toString() {
    return "FindName{" + "regexp=" + regexp + "}";
  }
}
