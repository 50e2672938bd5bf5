package io.jeso.api.store.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.jeso.api.common.CAProvider;
import java.util.Objects;

/** The apiserver to read from; the local cluster when empty. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KubernetesServer {

  /** Apiserver URL; defaulted as in ESO. */
  @Default("kubernetes.default")
  private String url;

  /** Base64 PEM bundle to trust (kept as text, see VaultProvider.caBundle). */
  private String caBundle;

  /** CA bundle from a Secret or ConfigMap. */
  private CAProvider caProvider;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public KubernetesServer withUrl(String url) {
    this.url = url;
    return this;
  }

  public String getCaBundle() {
    return caBundle;
  }

  public void setCaBundle(String caBundle) {
    this.caBundle = caBundle;
  }

  public KubernetesServer withCaBundle(String caBundle) {
    this.caBundle = caBundle;
    return this;
  }

  public CAProvider getCaProvider() {
    return caProvider;
  }

  public void setCaProvider(CAProvider caProvider) {
    this.caProvider = caProvider;
  }

  public KubernetesServer withCaProvider(CAProvider caProvider) {
    this.caProvider = caProvider;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof KubernetesServer that)) {
      return false;
    }
    return Objects.equals(url, that.url)
        && Objects.equals(caBundle, that.caBundle)
        && Objects.equals(caProvider, that.caProvider);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, caBundle, caProvider);
  }

  @Override
  public String toString() {
    return "KubernetesServer{"
        + "url="
        + url
        + ", "
        + "caBundle="
        + caBundle
        + ", "
        + "caProvider="
        + caProvider
        + "}";
  }
}
