package io.jeso.api.store.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** Bearer token authentication. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KubernetesTokenAuth {

  /** The token. */
  @Required private SecretKeySelector bearerToken;

  public SecretKeySelector getBearerToken() {
    return bearerToken;
  }

  public void setBearerToken(SecretKeySelector bearerToken) {
    this.bearerToken = bearerToken;
  }

  public KubernetesTokenAuth withBearerToken(SecretKeySelector bearerToken) {
    this.bearerToken = bearerToken;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof KubernetesTokenAuth that)) {
      return false;
    }
    return Objects.equals(bearerToken, that.bearerToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bearerToken);
  }

  @Override
  public String toString() {
    return "KubernetesTokenAuth{" + "bearerToken=" + bearerToken + "}";
  }
}
