package io.jeso.api.store.aws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** How jeso authenticates to AWS; neither set means the SDK's default chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AwsAuth {

  /** Static credentials. */
  private AwsAuthSecretRef secretRef;

  /** Web identity through a ServiceAccount token. */
  private AwsJwtAuth jwt;

  public AwsAuthSecretRef getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(AwsAuthSecretRef secretRef) {
    this.secretRef = secretRef;
  }

  public AwsAuth withSecretRef(AwsAuthSecretRef secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  public AwsJwtAuth getJwt() {
    return jwt;
  }

  public void setJwt(AwsJwtAuth jwt) {
    this.jwt = jwt;
  }

  public AwsAuth withJwt(AwsJwtAuth jwt) {
    this.jwt = jwt;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AwsAuth that)) {
      return false;
    }
    return Objects.equals(secretRef, that.secretRef) && Objects.equals(jwt, that.jwt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(secretRef, jwt);
  }

  @Override
  public String toString() {
    return "AwsAuth{" + "secretRef=" + secretRef + ", " + "jwt=" + jwt + "}";
  }
}
