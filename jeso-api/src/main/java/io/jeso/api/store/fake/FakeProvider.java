package io.jeso.api.store.fake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** spec.provider.fake: static data for tests and demos. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class FakeProvider {

  /** The entries. */
  @Required private List<FakeProviderData> data;

  /** Forces the store's validation result: 0 Ready, 1 Unknown, 2 Error. */
  private Integer validationResult;

  public List<FakeProviderData> getData() {
    return data;
  }

  public void setData(List<FakeProviderData> data) {
    this.data = data;
  }

  public FakeProvider withData(List<FakeProviderData> data) {
    this.data = data;
    return this;
  }

  public Integer getValidationResult() {
    return validationResult;
  }

  public void setValidationResult(Integer validationResult) {
    this.validationResult = validationResult;
  }

  public FakeProvider withValidationResult(Integer validationResult) {
    this.validationResult = validationResult;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FakeProvider that)) {
      return false;
    }
    return Objects.equals(data, that.data)
        && Objects.equals(validationResult, that.validationResult);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, validationResult);
  }

  @Override
  public String toString() {
    return "FakeProvider{" + "data=" + data + ", " + "validationResult=" + validationResult + "}";
  }
}
