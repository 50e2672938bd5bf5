package io.jeso.api.store.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** Client certificate authentication. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KubernetesCertAuth {

  /** Client certificate. */
  @Required private SecretKeySelector clientCert;

  /** Client key. */
  @Required private SecretKeySelector clientKey;

  public SecretKeySelector getClientCert() {
    return clientCert;
  }

  public void setClientCert(SecretKeySelector clientCert) {
    this.clientCert = clientCert;
  }

  public KubernetesCertAuth withClientCert(SecretKeySelector clientCert) {
    this.clientCert = clientCert;
    return this;
  }

  public SecretKeySelector getClientKey() {
    return clientKey;
  }

  public void setClientKey(SecretKeySelector clientKey) {
    this.clientKey = clientKey;
  }

  public KubernetesCertAuth withClientKey(SecretKeySelector clientKey) {
    this.clientKey = clientKey;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof KubernetesCertAuth that)) {
      return false;
    }
    return Objects.equals(clientCert, that.clientCert) && Objects.equals(clientKey, that.clientKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientCert, clientKey);
  }

  @Override
  public String toString() {
    return "KubernetesCertAuth{"
        + "clientCert="
        + clientCert
        + ", "
        + "clientKey="
        + clientKey
        + "}";
  }
}
