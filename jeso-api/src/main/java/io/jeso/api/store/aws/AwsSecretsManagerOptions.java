package io.jeso.api.store.aws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** Secrets Manager behaviour of PushSecret deletions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AwsSecretsManagerOptions {

  /** Delete without a recovery window. */
  private Boolean forceDeleteWithoutRecovery;

  /** Recovery window for deletions. */
  private Long recoveryWindowInDays;

  public Boolean getForceDeleteWithoutRecovery() {
    return forceDeleteWithoutRecovery;
  }

  public void setForceDeleteWithoutRecovery(Boolean forceDeleteWithoutRecovery) {
    this.forceDeleteWithoutRecovery = forceDeleteWithoutRecovery;
  }

  public AwsSecretsManagerOptions withForceDeleteWithoutRecovery(
      Boolean forceDeleteWithoutRecovery) {
    this.forceDeleteWithoutRecovery = forceDeleteWithoutRecovery;
    return this;
  }

  public Long getRecoveryWindowInDays() {
    return recoveryWindowInDays;
  }

  public void setRecoveryWindowInDays(Long recoveryWindowInDays) {
    this.recoveryWindowInDays = recoveryWindowInDays;
  }

  public AwsSecretsManagerOptions withRecoveryWindowInDays(Long recoveryWindowInDays) {
    this.recoveryWindowInDays = recoveryWindowInDays;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AwsSecretsManagerOptions that)) {
      return false;
    }
    return Objects.equals(forceDeleteWithoutRecovery, that.forceDeleteWithoutRecovery)
        && Objects.equals(recoveryWindowInDays, that.recoveryWindowInDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(forceDeleteWithoutRecovery, recoveryWindowInDays);
  }

  @Override
  public String toString() {
    return "AwsSecretsManagerOptions{"
        + "forceDeleteWithoutRecovery="
        + forceDeleteWithoutRecovery
        + ", "
        + "recoveryWindowInDays="
        + recoveryWindowInDays
        + "}";
  }
}
