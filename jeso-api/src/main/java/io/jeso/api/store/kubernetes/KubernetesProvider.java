package io.jeso.api.store.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.Patterns;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** spec.provider.kubernetes: Secrets of another namespace of this or another cluster. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KubernetesProvider {

  /** Apiserver to read from. */
  private KubernetesServer server;

  /** Authentication. */
  @Size(min = 1, max = 1)
  private KubernetesAuth auth;

  /** A Secret holding a kubeconfig, instead of server and auth. */
  private SecretKeySelector authRef;

  /** Namespace to read Secrets from; defaulted as in ESO. */
  @Default("default")
  @Size(min = 1, max = 63)
  @Pattern(Patterns.DNS_LABEL)
  private String remoteNamespace;

  public KubernetesServer getServer() {
    return server;
  }

  public void setServer(KubernetesServer server) {
    this.server = server;
  }

  public KubernetesProvider withServer(KubernetesServer server) {
    this.server = server;
    return this;
  }

  public KubernetesAuth getAuth() {
    return auth;
  }

  public void setAuth(KubernetesAuth auth) {
    this.auth = auth;
  }

  public KubernetesProvider withAuth(KubernetesAuth auth) {
    this.auth = auth;
    return this;
  }

  public SecretKeySelector getAuthRef() {
    return authRef;
  }

  public void setAuthRef(SecretKeySelector authRef) {
    this.authRef = authRef;
  }

  public KubernetesProvider withAuthRef(SecretKeySelector authRef) {
    this.authRef = authRef;
    return this;
  }

  public String getRemoteNamespace() {
    return remoteNamespace;
  }

  public void setRemoteNamespace(String remoteNamespace) {
    this.remoteNamespace = remoteNamespace;
  }

  public KubernetesProvider withRemoteNamespace(String remoteNamespace) {
    this.remoteNamespace = remoteNamespace;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof KubernetesProvider that)) {
      return false;
    }
    return Objects.equals(server, that.server)
        && Objects.equals(auth, that.auth)
        && Objects.equals(authRef, that.authRef)
        && Objects.equals(remoteNamespace, that.remoteNamespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(server, auth, authRef, remoteNamespace);
  }

  @Override
  public String toString() {
    return "KubernetesProvider{"
        + "server="
        + server
        + ", "
        + "auth="
        + auth
        + ", "
        + "authRef="
        + authRef
        + ", "
        + "remoteNamespace="
        + remoteNamespace
        + "}";
  }
}
