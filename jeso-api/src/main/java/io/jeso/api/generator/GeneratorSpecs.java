package io.jeso.api.generator;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The wrapped generator of a ClusterGenerator, keyed {@code <kind>Spec}. The kinds jeso implements
 * are typed; the others are preserved as written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GeneratorSpecs {

  /** Password. */
  private PasswordSpec passwordSpec;

  /** Fake. */
  private FakeGeneratorSpec fakeSpec;

  /** VaultDynamicSecret. */
  private VaultDynamicSecretSpec vaultDynamicSecretSpec;

  /** Specs of generator kinds jeso does not type, by key. */
  @JsonIgnore private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

  public PasswordSpec getPasswordSpec() {
    return passwordSpec;
  }

  public void setPasswordSpec(PasswordSpec passwordSpec) {
    this.passwordSpec = passwordSpec;
  }

  public GeneratorSpecs withPasswordSpec(PasswordSpec passwordSpec) {
    this.passwordSpec = passwordSpec;
    return this;
  }

  public FakeGeneratorSpec getFakeSpec() {
    return fakeSpec;
  }

  public void setFakeSpec(FakeGeneratorSpec fakeSpec) {
    this.fakeSpec = fakeSpec;
  }

  public GeneratorSpecs withFakeSpec(FakeGeneratorSpec fakeSpec) {
    this.fakeSpec = fakeSpec;
    return this;
  }

  public VaultDynamicSecretSpec getVaultDynamicSecretSpec() {
    return vaultDynamicSecretSpec;
  }

  public void setVaultDynamicSecretSpec(VaultDynamicSecretSpec vaultDynamicSecretSpec) {
    this.vaultDynamicSecretSpec = vaultDynamicSecretSpec;
  }

  public GeneratorSpecs withVaultDynamicSecretSpec(VaultDynamicSecretSpec vaultDynamicSecretSpec) {
    this.vaultDynamicSecretSpec = vaultDynamicSecretSpec;
    return this;
  }

  /** Keys this model does not type, kept so that reading and writing an object loses nothing. */
  @JsonIgnore
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  @JsonAnySetter
  public void setAdditionalProperty(String key, Object value) {
    additionalProperties.put(key, value);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GeneratorSpecs that)) {
      return false;
    }
    return Objects.equals(passwordSpec, that.passwordSpec)
        && Objects.equals(fakeSpec, that.fakeSpec)
        && Objects.equals(vaultDynamicSecretSpec, that.vaultDynamicSecretSpec)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(passwordSpec, fakeSpec, vaultDynamicSecretSpec, additionalProperties);
  }

  @Override
  public String toString() {
    return "GeneratorSpecs{"
        + "passwordSpec="
        + passwordSpec
        + ", "
        + "fakeSpec="
        + fakeSpec
        + ", "
        + "vaultDynamicSecretSpec="
        + vaultDynamicSecretSpec
        + ", "
        + "additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }
}
