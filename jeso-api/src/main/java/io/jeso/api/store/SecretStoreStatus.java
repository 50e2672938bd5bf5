package io.jeso.api.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.common.Condition;
import java.util.List;
import java.util.Objects;

/** Observed state of a store, written only by jeso. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SecretStoreStatus {

  /** Ready. */
  private List<Condition> conditions;

  /** What the provider supports. */
  private StoreCapabilities capabilities;

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public SecretStoreStatus withConditions(List<Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public StoreCapabilities getCapabilities() {
    return capabilities;
  }

  public void setCapabilities(StoreCapabilities capabilities) {
    this.capabilities = capabilities;
  }

  public SecretStoreStatus withCapabilities(StoreCapabilities capabilities) {
    this.capabilities = capabilities;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SecretStoreStatus that)) {
      return false;
    }
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(capabilities, that.capabilities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, capabilities);
  }

  @Override
  public String toString() {
    return "SecretStoreStatus{"
        + "conditions="
        + conditions
        + ", "
        + "capabilities="
        + capabilities
        + "}";
  }
}
