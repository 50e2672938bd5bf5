package io.jeso.api.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** Retry settings for provider calls, as ESO's store retrySettings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RetrySettings {

  /** Maximum number of retries. */
  private Integer maxRetries;

  /** Go duration between retries. */
  private String retryInterval;

  public Integer getMaxRetries() {
    return maxRetries;
  }

  public void setMaxRetries(Integer maxRetries) {
    this.maxRetries = maxRetries;
  }

  public RetrySettings withMaxRetries(Integer maxRetries) {
    this.maxRetries = maxRetries;
    return this;
  }

  public String getRetryInterval() {
    return retryInterval;
  }

  public void setRetryInterval(String retryInterval) {
    this.retryInterval = retryInterval;
  }

  public RetrySettings withRetryInterval(String retryInterval) {
    this.retryInterval = retryInterval;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RetrySettings that)) {
      return false;
    }
    return Objects.equals(maxRetries, that.maxRetries)
        && Objects.equals(retryInterval, that.retryInterval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, retryInterval);
  }

  @Override
  public String toString() {
    return "RetrySettings{"
        + "maxRetries="
        + maxRetries
        + ", "
        + "retryInterval="
        + retryInterval
        + "}";
  }
}
