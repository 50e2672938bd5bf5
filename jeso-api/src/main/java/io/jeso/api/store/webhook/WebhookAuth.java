package io.jeso.api.store.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** Authentication for the webhook; exactly one method (enforced by the schema). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class WebhookAuth {

  /** NTLM. */
  private WebhookNtlmAuth ntlm;

  public WebhookNtlmAuth getNtlm() {
    return ntlm;
  }

  public void setNtlm(WebhookNtlmAuth ntlm) {
    this.ntlm = ntlm;
  }

  public WebhookAuth withNtlm(WebhookNtlmAuth ntlm) {
    this.ntlm = ntlm;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookAuth that)) {
      return false;
    }
    return Objects.equals(ntlm, that.ntlm);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ntlm);
  }

  @Override
  public String toString() {
    return "WebhookAuth{" + "ntlm=" + ntlm + "}";
  }
}
