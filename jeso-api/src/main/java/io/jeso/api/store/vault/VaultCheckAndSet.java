package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** KV v2 check-and-set for writes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultCheckAndSet {

  /** Require check-and-set on writes. */
  private Boolean required;

  public Boolean getRequired() {
    return required;
  }

  public void setRequired(Boolean required) {
    this.required = required;
  }

  public VaultCheckAndSet withRequired(Boolean required) {
    this.required = required;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultCheckAndSet that)) {
      return false;
    }
    return Objects.equals(required, that.required);
  }

  @Override
  public int hashCode() {
    return Objects.hash(required);
  }

  @Override
  public String toString() {
    return "VaultCheckAndSet{" + "required=" + required + "}";
  }
}
