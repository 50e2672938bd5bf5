package io.jeso.api.store.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** NTLM credentials. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class WebhookNtlmAuth {

  /** User name. */
  @Required private SecretKeySelector usernameSecret;

  /** Password. */
  @Required private SecretKeySelector passwordSecret;

  public SecretKeySelector getUsernameSecret() {
    return usernameSecret;
  }

  public void setUsernameSecret(SecretKeySelector usernameSecret) {
    this.usernameSecret = usernameSecret;
  }

  public WebhookNtlmAuth withUsernameSecret(SecretKeySelector usernameSecret) {
    this.usernameSecret = usernameSecret;
    return this;
  }

  public SecretKeySelector getPasswordSecret() {
    return passwordSecret;
  }

  public void setPasswordSecret(SecretKeySelector passwordSecret) {
    this.passwordSecret = passwordSecret;
  }

  public WebhookNtlmAuth withPasswordSecret(SecretKeySelector passwordSecret) {
    this.passwordSecret = passwordSecret;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookNtlmAuth that)) {
      return false;
    }
    return Objects.equals(usernameSecret, that.usernameSecret)
        && Objects.equals(passwordSecret, that.passwordSecret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(usernameSecret, passwordSecret);
  }

  @Override
  public String toString() {
    return "WebhookNtlmAuth{"
        + "usernameSecret="
        + usernameSecret
        + ", "
        + "passwordSecret="
        + passwordSecret
        + "}";
  }
}
