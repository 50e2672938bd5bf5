package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * A non-Secret target (ConfigMap or custom resource) for ESO's generic targets; modelled so it is
 * not pruned, not yet acted on by jeso.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ManifestReference {

  /** API version of the target. */
  @Required
  @Size(min = 1)
  private String apiVersion;

  /** Kind of the target. */
  @Required
  @Size(min = 1)
  private String kind;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public ManifestReference withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public ManifestReference withKind(String kind) {
    this.kind = kind;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ManifestReference that)) {
      return false;
    }
    return Objects.equals(apiVersion, that.apiVersion) && Objects.equals(kind, that.kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind);
  }

  @Override
  public String toString() {
    return "ManifestReference{" + "apiVersion=" + apiVersion + ", " + "kind=" + kind + "}";
  }
}
