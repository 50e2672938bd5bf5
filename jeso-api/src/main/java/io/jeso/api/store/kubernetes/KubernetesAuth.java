package io.jeso.api.store.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.common.ServiceAccountSelector;
import java.util.Objects;

/** How jeso authenticates to the apiserver; exactly one method (enforced by the schema). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KubernetesAuth {

  /** Client certificate. */
  private KubernetesCertAuth cert;

  /** Bearer token. */
  private KubernetesTokenAuth token;

  /** A token requested for this ServiceAccount. */
  private ServiceAccountSelector serviceAccount;

  public KubernetesCertAuth getCert() {
    return cert;
  }

  public void setCert(KubernetesCertAuth cert) {
    this.cert = cert;
  }

  public KubernetesAuth withCert(KubernetesCertAuth cert) {
    this.cert = cert;
    return this;
  }

  public KubernetesTokenAuth getToken() {
    return token;
  }

  public void setToken(KubernetesTokenAuth token) {
    this.token = token;
  }

  public KubernetesAuth withToken(KubernetesTokenAuth token) {
    this.token = token;
    return this;
  }

  public ServiceAccountSelector getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(ServiceAccountSelector serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public KubernetesAuth withServiceAccount(ServiceAccountSelector serviceAccount) {
    this.serviceAccount = serviceAccount;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof KubernetesAuth that)) {
      return false;
    }
    return Objects.equals(cert, that.cert)
        && Objects.equals(token, that.token)
        && Objects.equals(serviceAccount, that.serviceAccount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cert, token, serviceAccount);
  }

  @Override
  public String toString() {
    return "KubernetesAuth{"
        + "cert="
        + cert
        + ", "
        + "token="
        + token
        + ", "
        + "serviceAccount="
        + serviceAccount
        + "}";
  }
}
