package io.jeso.api.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * One status condition, shaped like ESO's store and ExternalSecret conditions (type, status,
 * reason, message, lastTransitionTime). One class serves every kind: ESO's per-kind condition types
 * differ only in the enum of {@code type}, which jeso itself writes, so the schema does not need to
 * police it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Condition {

  /** Condition type, e.g. Ready (see Conditions). */
  @Required private String type;

  /** True, False or Unknown. */
  @Required private String status;

  /** Machine-readable reason (see Reasons). */
  private String reason;

  /** Human-readable message; never contains a secret value. */
  private String message;

  /**
   * RFC 3339 time of the last status change. A string, as in the fabric8 model, so that a round
   * trip never reformats the apiserver's value.
   */
  private String lastTransitionTime;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Condition withType(String type) {
    this.type = type;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Condition withStatus(String status) {
    this.status = status;
    return this;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Condition withReason(String reason) {
    this.reason = reason;
    return this;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public Condition withMessage(String message) {
    this.message = message;
    return this;
  }

  public String getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(String lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public Condition withLastTransitionTime(String lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Condition that)) {
      return false;
    }
    return Objects.equals(type, that.type)
        && Objects.equals(status, that.status)
        && Objects.equals(reason, that.reason)
        && Objects.equals(message, that.message)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, status, reason, message, lastTransitionTime);
  }

  @Override
  public String toString() {
    return "Condition{"
        + "type="
        + type
        + ", "
        + "status="
        + status
        + ", "
        + "reason="
        + reason
        + ", "
        + "message="
        + message
        + ", "
        + "lastTransitionTime="
        + lastTransitionTime
        + "}";
  }
}
