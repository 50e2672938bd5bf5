package io.jeso.api.generator;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The generator kinds a ClusterGenerator can wrap. */
public enum ClusterGeneratorKind {
  @JsonProperty("ACRAccessToken")
  ACR_ACCESS_TOKEN("ACRAccessToken"),
  @JsonProperty("BeyondtrustWorkloadCredentialsDynamicSecret")
  BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET("BeyondtrustWorkloadCredentialsDynamicSecret"),
  @JsonProperty("CloudsmithAccessToken")
  CLOUDSMITH_ACCESS_TOKEN("CloudsmithAccessToken"),
  @JsonProperty("ECRAuthorizationToken")
  ECR_AUTHORIZATION_TOKEN("ECRAuthorizationToken"),
  @JsonProperty("Fake")
  FAKE("Fake"),
  @JsonProperty("GCRAccessToken")
  GCR_ACCESS_TOKEN("GCRAccessToken"),
  @JsonProperty("GithubAccessToken")
  GITHUB_ACCESS_TOKEN("GithubAccessToken"),
  @JsonProperty("GitlabDeployToken")
  GITLAB_DEPLOY_TOKEN("GitlabDeployToken"),
  @JsonProperty("QuayAccessToken")
  QUAY_ACCESS_TOKEN("QuayAccessToken"),
  @JsonProperty("Password")
  PASSWORD("Password"),
  @JsonProperty("SSHKey")
  SSH_KEY("SSHKey"),
  @JsonProperty("STSSessionToken")
  STS_SESSION_TOKEN("STSSessionToken"),
  @JsonProperty("UUID")
  UUID("UUID"),
  @JsonProperty("VaultDynamicSecret")
  VAULT_DYNAMIC_SECRET("VaultDynamicSecret"),
  @JsonProperty("Webhook")
  WEBHOOK("Webhook"),
  @JsonProperty("Grafana")
  GRAFANA("Grafana"),
  @JsonProperty("MFA")
  MFA("MFA");

  private final String value;

  ClusterGeneratorKind(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
