package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.Patterns;
import java.util.Objects;

/** One key of the target Secret and the provider value it comes from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalSecretData {

  /** Key in the target Secret. */
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.SECRET_KEY)
  private String secretKey;

  /** Where the value lives. */
  @Required private RemoteRef remoteRef;

  /** Store override for this entry. */
  @Size(min = 1, max = 1)
  private StoreSourceRef sourceRef;

  public String getSecretKey() {
    return secretKey;
  }

  public void setSecretKey(String secretKey) {
    this.secretKey = secretKey;
  }

  public ExternalSecretData withSecretKey(String secretKey) {
    this.secretKey = secretKey;
    return this;
  }

  public RemoteRef getRemoteRef() {
    return remoteRef;
  }

  public void setRemoteRef(RemoteRef remoteRef) {
    this.remoteRef = remoteRef;
  }

  public ExternalSecretData withRemoteRef(RemoteRef remoteRef) {
    this.remoteRef = remoteRef;
    return this;
  }

  public StoreSourceRef getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(StoreSourceRef sourceRef) {
    this.sourceRef = sourceRef;
  }

  public ExternalSecretData withSourceRef(StoreSourceRef sourceRef) {
    this.sourceRef = sourceRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ExternalSecretData that)) {
      return false;
    }
    return Objects.equals(secretKey, that.secretKey)
        && Objects.equals(remoteRef, that.remoteRef)
        && Objects.equals(sourceRef, that.sourceRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(secretKey, remoteRef, sourceRef);
  }

  @Override
  public String toString() {
    return "ExternalSecretData{"
        + "secretKey="
        + secretKey
        + ", "
        + "remoteRef="
        + remoteRef
        + ", "
        + "sourceRef="
        + sourceRef
        + "}";
  }
}
