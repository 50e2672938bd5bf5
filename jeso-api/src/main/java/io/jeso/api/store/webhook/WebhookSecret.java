package io.jeso.api.store.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/**
 * A Secret made available to the templates as {@code .<name>.<key>}. It must carry the label
 * external- secrets.io/type=webhook.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class WebhookSecret {

  /** Template variable name. */
  @Required private String name;

  /** The Secret. */
  @Required private SecretKeySelector secretRef;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public WebhookSecret withName(String name) {
    this.name = name;
    return this;
  }

  public SecretKeySelector getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
  }

  public WebhookSecret withSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookSecret that)) {
      return false;
    }
    return Objects.equals(name, that.name) && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, secretRef);
  }

  @Override
  public String toString() {
    return "WebhookSecret{" + "name=" + name + ", " + "secretRef=" + secretRef + "}";
  }
}
