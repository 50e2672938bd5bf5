package io.jeso.api.store.fake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** One static entry; key plus version identifies it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class FakeProviderData {

  /** Remote key. */
  @Required private String key;

  /** Value; may be JSON for property or extract. */
  @Required private String value;

  /** Version; a read must name it exactly. */
  private String version;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public FakeProviderData withKey(String key) {
    this.key = key;
    return this;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public FakeProviderData withValue(String value) {
    this.value = value;
    return this;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public FakeProviderData withVersion(String version) {
    this.version = version;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FakeProviderData that)) {
      return false;
    }
    return Objects.equals(key, that.key)
        && Objects.equals(value, that.value)
        && Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value, version);
  }

  @Override
  public String toString() {
    return "FakeProviderData{"
        + "key="
        + key
        + ", "
        + "value="
        + (value == null ? "null" : "<redacted>")
        + ", "
        + "version="
        + version
        + "}";
  }
}
