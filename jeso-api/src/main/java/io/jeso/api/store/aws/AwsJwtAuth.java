package io.jeso.api.store.aws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.common.ServiceAccountSelector;
import java.util.Objects;

/**
 * Web identity: a token of this ServiceAccount is exchanged with AssumeRoleWithWebIdentity (IRSA
 * style).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AwsJwtAuth {

  /** ServiceAccount whose token is used. */
  private ServiceAccountSelector serviceAccountRef;

  public ServiceAccountSelector getServiceAccountRef() {
    return serviceAccountRef;
  }

  public void setServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
  }

  public AwsJwtAuth withServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AwsJwtAuth that)) {
      return false;
    }
    return Objects.equals(serviceAccountRef, that.serviceAccountRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceAccountRef);
  }

  @Override
  public String toString() {
    return "AwsJwtAuth{" + "serviceAccountRef=" + serviceAccountRef + "}";
  }
}
