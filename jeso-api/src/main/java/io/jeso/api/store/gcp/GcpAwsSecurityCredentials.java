package io.jeso.api.store.gcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** AWS credentials used as the external identity of workload identity federation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpAwsSecurityCredentials {

  /** Secret with the AWS credentials. */
  @Required private GcpSecretRef awsCredentialsSecretRef;

  /** AWS region. */
  @Required
  @Size(min = 1, max = 50)
  @Pattern("^[a-z0-9-]+$")
  private String region;

  public GcpSecretRef getAwsCredentialsSecretRef() {
    return awsCredentialsSecretRef;
  }

  public void setAwsCredentialsSecretRef(GcpSecretRef awsCredentialsSecretRef) {
    this.awsCredentialsSecretRef = awsCredentialsSecretRef;
  }

  public GcpAwsSecurityCredentials withAwsCredentialsSecretRef(
      GcpSecretRef awsCredentialsSecretRef) {
    this.awsCredentialsSecretRef = awsCredentialsSecretRef;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public GcpAwsSecurityCredentials withRegion(String region) {
    this.region = region;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GcpAwsSecurityCredentials that)) {
      return false;
    }
    return Objects.equals(awsCredentialsSecretRef, that.awsCredentialsSecretRef)
        && Objects.equals(region, that.region);
  }

  @Override
  public int hashCode() {
    return Objects.hash(awsCredentialsSecretRef, region);
  }

  @Override
  public String toString() {
    return "GcpAwsSecurityCredentials{"
        + "awsCredentialsSecretRef="
        + awsCredentialsSecretRef
        + ", "
        + "region="
        + region
        + "}";
  }
}
