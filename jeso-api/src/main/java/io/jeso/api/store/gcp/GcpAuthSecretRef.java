package io.jeso.api.store.gcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** A GCP service-account JSON key held in a Secret. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpAuthSecretRef {

  /** The JSON key. */
  private SecretKeySelector secretAccessKeySecretRef;

  public SecretKeySelector getSecretAccessKeySecretRef() {
    return secretAccessKeySecretRef;
  }

  public void setSecretAccessKeySecretRef(SecretKeySelector secretAccessKeySecretRef) {
    this.secretAccessKeySecretRef = secretAccessKeySecretRef;
  }

  public GcpAuthSecretRef withSecretAccessKeySecretRef(SecretKeySelector secretAccessKeySecretRef) {
    this.secretAccessKeySecretRef = secretAccessKeySecretRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GcpAuthSecretRef that)) {
      return false;
    }
    return Objects.equals(secretAccessKeySecretRef, that.secretAccessKeySecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(secretAccessKeySecretRef);
  }

  @Override
  public String toString() {
    return "GcpAuthSecretRef{" + "secretAccessKeySecretRef=" + secretAccessKeySecretRef + "}";
  }
}
