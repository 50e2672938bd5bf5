package io.jeso.api.store.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** How the value is taken from the response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class WebhookResult {

  /** JSONPath applied to a JSON response. */
  private String jsonPath;

  public String getJsonPath() {
    return jsonPath;
  }

  public void setJsonPath(String jsonPath) {
    this.jsonPath = jsonPath;
  }

  public WebhookResult withJsonPath(String jsonPath) {
    this.jsonPath = jsonPath;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookResult that)) {
      return false;
    }
    return Objects.equals(jsonPath, that.jsonPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jsonPath);
  }

  @Override
  public String toString() {
    return "WebhookResult{" + "jsonPath=" + jsonPath + "}";
  }
}
