package io.jeso.api.store.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.CAProvider;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** spec.provider.webhook: values served by an HTTP endpoint. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class WebhookProvider {

  /** URL template; .remoteRef.key, .version and .property are available. */
  @Required private String url;

  /** HTTP method; GET when empty. */
  private String method;

  /** Header templates. */
  private Map<String, String> headers;

  /** Body template. */
  private String body;

  /** Go duration for the request. */
  private String timeout;

  /** Value extraction. */
  private WebhookResult result;

  /** Secrets available to the templates. */
  private List<WebhookSecret> secrets;

  /** Authentication. */
  @Size(min = 1, max = 1)
  private WebhookAuth auth;

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

  public WebhookProvider withUrl(String url) {
    this.url = url;
    return this;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public WebhookProvider withMethod(String method) {
    this.method = method;
    return this;
  }

  public Map<String, String> getHeaders() {
    return headers;
  }

  public void setHeaders(Map<String, String> headers) {
    this.headers = headers;
  }

  public WebhookProvider withHeaders(Map<String, String> headers) {
    this.headers = headers;
    return this;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public WebhookProvider withBody(String body) {
    this.body = body;
    return this;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public WebhookProvider withTimeout(String timeout) {
    this.timeout = timeout;
    return this;
  }

  public WebhookResult getResult() {
    return result;
  }

  public void setResult(WebhookResult result) {
    this.result = result;
  }

  public WebhookProvider withResult(WebhookResult result) {
    this.result = result;
    return this;
  }

  public List<WebhookSecret> getSecrets() {
    return secrets;
  }

  public void setSecrets(List<WebhookSecret> secrets) {
    this.secrets = secrets;
  }

  public WebhookProvider withSecrets(List<WebhookSecret> secrets) {
    this.secrets = secrets;
    return this;
  }

  public WebhookAuth getAuth() {
    return auth;
  }

  public void setAuth(WebhookAuth auth) {
    this.auth = auth;
  }

  public WebhookProvider withAuth(WebhookAuth auth) {
    this.auth = auth;
    return this;
  }

  public String getCaBundle() {
    return caBundle;
  }

  public void setCaBundle(String caBundle) {
    this.caBundle = caBundle;
  }

  public WebhookProvider withCaBundle(String caBundle) {
    this.caBundle = caBundle;
    return this;
  }

  public CAProvider getCaProvider() {
    return caProvider;
  }

  public void setCaProvider(CAProvider caProvider) {
    this.caProvider = caProvider;
  }

  public WebhookProvider withCaProvider(CAProvider caProvider) {
    this.caProvider = caProvider;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookProvider that)) {
      return false;
    }
    return Objects.equals(url, that.url)
        && Objects.equals(method, that.method)
        && Objects.equals(headers, that.headers)
        && Objects.equals(body, that.body)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(result, that.result)
        && Objects.equals(secrets, that.secrets)
        && Objects.equals(auth, that.auth)
        && Objects.equals(caBundle, that.caBundle)
        && Objects.equals(caProvider, that.caProvider);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url, method, headers, body, timeout, result, secrets, auth, caBundle, caProvider);
  }

  @Override
  public String toString() {
    return "WebhookProvider{"
        + "url="
        + url
        + ", "
        + "method="
        + method
        + ", "
        + "headers="
        + (headers == null ? "null" : "<redacted>")
        + ", "
        + "body="
        + (body == null ? "null" : "<redacted>")
        + ", "
        + "timeout="
        + timeout
        + ", "
        + "result="
        + result
        + ", "
        + "secrets="
        + secrets
        + ", "
        + "auth="
        + auth
        + ", "
        + "caBundle="
        + caBundle
        + ", "
        + "caProvider="
        + caProvider
        + "}";
  }
}
