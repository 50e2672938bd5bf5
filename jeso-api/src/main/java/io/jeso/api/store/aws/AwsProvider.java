package io.jeso.api.store.aws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** spec.provider.aws: AWS Secrets Manager, Parameter Store or Certificate Manager. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AwsProvider {

  /** Service to read. */
  @Required private AwsService service;

  /** AWS region. */
  @Required private String region;

  /** Authentication. */
  private AwsAuth auth;

  /** Role ARN to assume. */
  private String role;

  /** Role ARNs assumed in sequence before role. */
  private List<String> additionalRoles;

  /** External id for the assume-role call. */
  private String externalID;

  /** Session tags for the assume-role call. */
  private List<AwsSessionTag> sessionTags;

  /** Session tag keys passed on to chained roles. */
  private List<String> transitiveTagKeys;

  /** Which session tags are added; defaulted as in ESO. */
  @Default("None")
  private SessionTagsPolicy sessionTagsPolicy;

  /** Tags for the Custom policy; reserved eso* keys are rejected. */
  @ValidationRule(
      value = "!('esoNamespace' in self) && !('esoStoreName' in self) && !('esoStoreKind' in self)",
      message =
          "customSessionTags cannot contain the reserved keys esoNamespace, esoStoreName or esoStoreKind")
  private Map<String, String> customSessionTags;

  /** Secrets Manager options. */
  private AwsSecretsManagerOptions secretsManager;

  /** Prefix added to every key. */
  private String prefix;

  public AwsService getService() {
    return service;
  }

  public void setService(AwsService service) {
    this.service = service;
  }

  public AwsProvider withService(AwsService service) {
    this.service = service;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public AwsProvider withRegion(String region) {
    this.region = region;
    return this;
  }

  public AwsAuth getAuth() {
    return auth;
  }

  public void setAuth(AwsAuth auth) {
    this.auth = auth;
  }

  public AwsProvider withAuth(AwsAuth auth) {
    this.auth = auth;
    return this;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public AwsProvider withRole(String role) {
    this.role = role;
    return this;
  }

  public List<String> getAdditionalRoles() {
    return additionalRoles;
  }

  public void setAdditionalRoles(List<String> additionalRoles) {
    this.additionalRoles = additionalRoles;
  }

  public AwsProvider withAdditionalRoles(List<String> additionalRoles) {
    this.additionalRoles = additionalRoles;
    return this;
  }

  public String getExternalID() {
    return externalID;
  }

  public void setExternalID(String externalID) {
    this.externalID = externalID;
  }

  public AwsProvider withExternalID(String externalID) {
    this.externalID = externalID;
    return this;
  }

  public List<AwsSessionTag> getSessionTags() {
    return sessionTags;
  }

  public void setSessionTags(List<AwsSessionTag> sessionTags) {
    this.sessionTags = sessionTags;
  }

  public AwsProvider withSessionTags(List<AwsSessionTag> sessionTags) {
    this.sessionTags = sessionTags;
    return this;
  }

  public List<String> getTransitiveTagKeys() {
    return transitiveTagKeys;
  }

  public void setTransitiveTagKeys(List<String> transitiveTagKeys) {
    this.transitiveTagKeys = transitiveTagKeys;
  }

  public AwsProvider withTransitiveTagKeys(List<String> transitiveTagKeys) {
    this.transitiveTagKeys = transitiveTagKeys;
    return this;
  }

  public SessionTagsPolicy getSessionTagsPolicy() {
    return sessionTagsPolicy;
  }

  public void setSessionTagsPolicy(SessionTagsPolicy sessionTagsPolicy) {
    this.sessionTagsPolicy = sessionTagsPolicy;
  }

  public AwsProvider withSessionTagsPolicy(SessionTagsPolicy sessionTagsPolicy) {
    this.sessionTagsPolicy = sessionTagsPolicy;
    return this;
  }

  public Map<String, String> getCustomSessionTags() {
    return customSessionTags;
  }

  public void setCustomSessionTags(Map<String, String> customSessionTags) {
    this.customSessionTags = customSessionTags;
  }

  public AwsProvider withCustomSessionTags(Map<String, String> customSessionTags) {
    this.customSessionTags = customSessionTags;
    return this;
  }

  public AwsSecretsManagerOptions getSecretsManager() {
    return secretsManager;
  }

  public void setSecretsManager(AwsSecretsManagerOptions secretsManager) {
    this.secretsManager = secretsManager;
  }

  public AwsProvider withSecretsManager(AwsSecretsManagerOptions secretsManager) {
    this.secretsManager = secretsManager;
    return this;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public AwsProvider withPrefix(String prefix) {
    this.prefix = prefix;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AwsProvider that)) {
      return false;
    }
    return Objects.equals(service, that.service)
        && Objects.equals(region, that.region)
        && Objects.equals(auth, that.auth)
        && Objects.equals(role, that.role)
        && Objects.equals(additionalRoles, that.additionalRoles)
        && Objects.equals(externalID, that.externalID)
        && Objects.equals(sessionTags, that.sessionTags)
        && Objects.equals(transitiveTagKeys, that.transitiveTagKeys)
        && Objects.equals(sessionTagsPolicy, that.sessionTagsPolicy)
        && Objects.equals(customSessionTags, that.customSessionTags)
        && Objects.equals(secretsManager, that.secretsManager)
        && Objects.equals(prefix, that.prefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        service,
        region,
        auth,
        role,
        additionalRoles,
        externalID,
        sessionTags,
        transitiveTagKeys,
        sessionTagsPolicy,
        customSessionTags,
        secretsManager,
        prefix);
  }

  @Override
  public String toString() {
    return "AwsProvider{"
        + "service="
        + service
        + ", "
        + "region="
        + region
        + ", "
        + "auth="
        + auth
        + ", "
        + "role="
        + role
        + ", "
        + "additionalRoles="
        + additionalRoles
        + ", "
        + "externalID="
        + externalID
        + ", "
        + "sessionTags="
        + sessionTags
        + ", "
        + "transitiveTagKeys="
        + transitiveTagKeys
        + ", "
        + "sessionTagsPolicy="
        + sessionTagsPolicy
        + ", "
        + "customSessionTags="
        + customSessionTags
        + ", "
        + "secretsManager="
        + secretsManager
        + ", "
        + "prefix="
        + prefix
        + "}";
  }
}
