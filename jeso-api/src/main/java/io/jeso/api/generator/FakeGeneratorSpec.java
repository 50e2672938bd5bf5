package io.jeso.api.generator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;

/** Spec of a Fake generator: returns its data as it is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class FakeGeneratorSpec {

  /** Controller class. */
  private String controller;

  /** The data to return. */
  private Map<String, String> data;

  public String getController() {
    return controller;
  }

  public void setController(String controller) {
    this.controller = controller;
  }

  public FakeGeneratorSpec withController(String controller) {
    this.controller = controller;
    return this;
  }

  public Map<String, String> getData() {
    return data;
  }

  public void setData(Map<String, String> data) {
    this.data = data;
  }

  public FakeGeneratorSpec withData(Map<String, String> data) {
    this.data = data;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FakeGeneratorSpec that)) {
      return false;
    }
    return Objects.equals(controller, that.controller) && Objects.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(controller, data);
  }

  @Override
  public String toString() {
    return "FakeGeneratorSpec{"
        + "controller="
        + controller
        + ", "
        + "data="
        + (data == null ? "null" : "<redacted>")
        + "}";
  }
}
