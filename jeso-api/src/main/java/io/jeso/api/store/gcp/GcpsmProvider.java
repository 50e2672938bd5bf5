package io.jeso.api.store.gcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import java.util.Objects;

/** spec.provider.gcpsm: Google Cloud Secret Manager. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpsmProvider {

  /** Project that holds the secrets. */
  private String projectID;

  /** Region, for regional secrets. */
  private String location;

  /**
   * LatestOrFail or LatestOrFetch: what to do when the latest version is disabled; defaulted as in
   * ESO.
   */
  @Default("LatestOrFail")
  private String secretVersionSelectionPolicy;

  /** Authentication. */
  private GcpAuth auth;

  public String getProjectID() {
    return projectID;
  }

  public void setProjectID(String projectID) {
    this.projectID = projectID;
  }

  public GcpsmProvider withProjectID(String projectID) {
    this.projectID = projectID;
    return this;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public GcpsmProvider withLocation(String location) {
    this.location = location;
    return this;
  }

  public String getSecretVersionSelectionPolicy() {
    return secretVersionSelectionPolicy;
  }

  public void setSecretVersionSelectionPolicy(String secretVersionSelectionPolicy) {
    this.secretVersionSelectionPolicy = secretVersionSelectionPolicy;
  }

  public GcpsmProvider withSecretVersionSelectionPolicy(String secretVersionSelectionPolicy) {
    this.secretVersionSelectionPolicy = secretVersionSelectionPolicy;
    return this;
  }

  public GcpAuth getAuth() {
    return auth;
  }

  public void setAuth(GcpAuth auth) {
    this.auth = auth;
  }

  public GcpsmProvider withAuth(GcpAuth auth) {
    this.auth = auth;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GcpsmProvider that)) {
      return false;
    }
    return Objects.equals(projectID, that.projectID)
        && Objects.equals(location, that.location)
        && Objects.equals(secretVersionSelectionPolicy, that.secretVersionSelectionPolicy)
        && Objects.equals(auth, that.auth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectID, location, secretVersionSelectionPolicy, auth);
  }

  @Override
  public String toString() {
    return "GcpsmProvider{"
        + "projectID="
        + projectID
        + ", "
        + "location="
        + location
        + ", "
        + "secretVersionSelectionPolicy="
        + secretVersionSelectionPolicy
        + ", "
        + "auth="
        + auth
        + "}";
  }
}
