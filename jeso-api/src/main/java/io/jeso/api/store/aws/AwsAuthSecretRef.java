package io.jeso.api.store.aws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** Static AWS credentials held in Secrets (also used by Vault's iam auth). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AwsAuthSecretRef {

  /** Access key id. */
  private SecretKeySelector accessKeyIDSecretRef;

  /** Secret access key. */
  private SecretKeySelector secretAccessKeySecretRef;

  /** Optional session token. */
  private SecretKeySelector sessionTokenSecretRef;

  public SecretKeySelector getAccessKeyIDSecretRef() {
    return accessKeyIDSecretRef;
  }

  public void setAccessKeyIDSecretRef(SecretKeySelector accessKeyIDSecretRef) {
    this.accessKeyIDSecretRef = accessKeyIDSecretRef;
  }

  public AwsAuthSecretRef withAccessKeyIDSecretRef(SecretKeySelector accessKeyIDSecretRef) {
    this.accessKeyIDSecretRef = accessKeyIDSecretRef;
    return this;
  }

  public SecretKeySelector getSecretAccessKeySecretRef() {
    return secretAccessKeySecretRef;
  }

  public void setSecretAccessKeySecretRef(SecretKeySelector secretAccessKeySecretRef) {
    this.secretAccessKeySecretRef = secretAccessKeySecretRef;
  }

  public AwsAuthSecretRef withSecretAccessKeySecretRef(SecretKeySelector secretAccessKeySecretRef) {
    this.secretAccessKeySecretRef = secretAccessKeySecretRef;
    return this;
  }

  public SecretKeySelector getSessionTokenSecretRef() {
    return sessionTokenSecretRef;
  }

  public void setSessionTokenSecretRef(SecretKeySelector sessionTokenSecretRef) {
    this.sessionTokenSecretRef = sessionTokenSecretRef;
  }

  public AwsAuthSecretRef withSessionTokenSecretRef(SecretKeySelector sessionTokenSecretRef) {
    this.sessionTokenSecretRef = sessionTokenSecretRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AwsAuthSecretRef that)) {
      return false;
    }
    return Objects.equals(accessKeyIDSecretRef, that.accessKeyIDSecretRef)
        && Objects.equals(secretAccessKeySecretRef, that.secretAccessKeySecretRef)
        && Objects.equals(sessionTokenSecretRef, that.sessionTokenSecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessKeyIDSecretRef, secretAccessKeySecretRef, sessionTokenSecretRef);
  }

  @Override
  public String toString() {
    return "AwsAuthSecretRef{"
        + "accessKeyIDSecretRef="
        + accessKeyIDSecretRef
        + ", "
        + "secretAccessKeySecretRef="
        + secretAccessKeySecretRef
        + ", "
        + "sessionTokenSecretRef="
        + sessionTokenSecretRef
        + "}";
  }
}
