package io.jeso.api.store.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which AWS service a store reads. */
public enum AwsService {
  @JsonProperty("SecretsManager")
  SECRETS_MANAGER("SecretsManager"),
  @JsonProperty("ParameterStore")
  PARAMETER_STORE("ParameterStore"),
  @JsonProperty("CertificateManager")
  CERTIFICATE_MANAGER("CertificateManager");

  private final String value;

  AwsService(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
