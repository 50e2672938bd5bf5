package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.CAProvider;
import java.util.Map;
import java.util.Objects;

/** spec.provider.vault: HashiCorp Vault or OpenBao, KV v1 or v2. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultProvider {

  /** Vault address, e.g. https://vault:8200. */
  @Required private String server;

  /** KV mount path; for v2 the /data segment is added by jeso. */
  private String path;

  /** KV version; defaulted to v2 as in ESO. */
  @Default("v2")
  private VaultKvVersion version;

  /** Vault Enterprise namespace. */
  private String namespace;

  /**
   * Base64 PEM bundle to trust. Kept as the base64 text (not bytes) so a round trip never
   * re-encodes it.
   */
  private String caBundle;

  /** CA bundle from a Secret or ConfigMap. */
  private CAProvider caProvider;

  /** Client certificate for mutual TLS. */
  private VaultClientTls tls;

  /** Send X-Vault-Index headers for read-after-write consistency. */
  private Boolean readYourWrites;

  /** Ask standbys to forward inconsistent reads. */
  private Boolean forwardInconsistent;

  /** Extra HTTP headers. */
  private Map<String, String> headers;

  /** KV v2 check-and-set for writes. */
  private VaultCheckAndSet checkAndSet;

  /** Login method. */
  private VaultAuth auth;

  public String getServer() {
    return server;
  }

  public void setServer(String server) {
    this.server = server;
  }

  public VaultProvider withServer(String server) {
    this.server = server;
    return this;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public VaultProvider withPath(String path) {
    this.path = path;
    return this;
  }

  public VaultKvVersion getVersion() {
    return version;
  }

  public void setVersion(VaultKvVersion version) {
    this.version = version;
  }

  public VaultProvider withVersion(VaultKvVersion version) {
    this.version = version;
    return this;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public VaultProvider withNamespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  public String getCaBundle() {
    return caBundle;
  }

  public void setCaBundle(String caBundle) {
    this.caBundle = caBundle;
  }

  public VaultProvider withCaBundle(String caBundle) {
    this.caBundle = caBundle;
    return this;
  }

  public CAProvider getCaProvider() {
    return caProvider;
  }

  public void setCaProvider(CAProvider caProvider) {
    this.caProvider = caProvider;
  }

  public VaultProvider withCaProvider(CAProvider caProvider) {
    this.caProvider = caProvider;
    return this;
  }

  public VaultClientTls getTls() {
    return tls;
  }

  public void setTls(VaultClientTls tls) {
    this.tls = tls;
  }

  public VaultProvider withTls(VaultClientTls tls) {
    this.tls = tls;
    return this;
  }

  public Boolean getReadYourWrites() {
    return readYourWrites;
  }

  public void setReadYourWrites(Boolean readYourWrites) {
    this.readYourWrites = readYourWrites;
  }

  public VaultProvider withReadYourWrites(Boolean readYourWrites) {
    this.readYourWrites = readYourWrites;
    return this;
  }

  public Boolean getForwardInconsistent() {
    return forwardInconsistent;
  }

  public void setForwardInconsistent(Boolean forwardInconsistent) {
    this.forwardInconsistent = forwardInconsistent;
  }

  public VaultProvider withForwardInconsistent(Boolean forwardInconsistent) {
    this.forwardInconsistent = forwardInconsistent;
    return this;
  }

  public Map<String, String> getHeaders() {
    return headers;
  }

  public void setHeaders(Map<String, String> headers) {
    this.headers = headers;
  }

  public VaultProvider withHeaders(Map<String, String> headers) {
    this.headers = headers;
    return this;
  }

  public VaultCheckAndSet getCheckAndSet() {
    return checkAndSet;
  }

  public void setCheckAndSet(VaultCheckAndSet checkAndSet) {
    this.checkAndSet = checkAndSet;
  }

  public VaultProvider withCheckAndSet(VaultCheckAndSet checkAndSet) {
    this.checkAndSet = checkAndSet;
    return this;
  }

  public VaultAuth getAuth() {
    return auth;
  }

  public void setAuth(VaultAuth auth) {
    this.auth = auth;
  }

  public VaultProvider withAuth(VaultAuth auth) {
    this.auth = auth;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultProvider that)) {
      return false;
    }
    return Objects.equals(server, that.server)
        && Objects.equals(path, that.path)
        && Objects.equals(version, that.version)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(caBundle, that.caBundle)
        && Objects.equals(caProvider, that.caProvider)
        && Objects.equals(tls, that.tls)
        && Objects.equals(readYourWrites, that.readYourWrites)
        && Objects.equals(forwardInconsistent, that.forwardInconsistent)
        && Objects.equals(headers, that.headers)
        && Objects.equals(checkAndSet, that.checkAndSet)
        && Objects.equals(auth, that.auth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        server,
        path,
        version,
        namespace,
        caBundle,
        caProvider,
        tls,
        readYourWrites,
        forwardInconsistent,
        headers,
        checkAndSet,
        auth);
  }

  @Override
  public String toString() {
    return "VaultProvider{"
        + "server="
        + server
        + ", "
        + "path="
        + path
        + ", "
        + "version="
        + version
        + ", "
        + "namespace="
        + namespace
        + ", "
        + "caBundle="
        + caBundle
        + ", "
        + "caProvider="
        + caProvider
        + ", "
        + "tls="
        + tls
        + ", "
        + "readYourWrites="
        + readYourWrites
        + ", "
        + "forwardInconsistent="
        + forwardInconsistent
        + ", "
        + "headers="
        + (headers == null ? "null" : "<redacted>")
        + ", "
        + "checkAndSet="
        + checkAndSet
        + ", "
        + "auth="
        + auth
        + "}";
  }
}
