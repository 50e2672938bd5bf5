package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.Patterns;
import java.util.Objects;

/**
 * The object jeso writes. creationPolicy and deletionPolicy carry ESO's apiserver defaults (Owner,
 * Retain): they are object fields, which GitOps tools do not flag, and stored objects then look
 * like ESO's. When the whole target is absent, code uses Defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalSecretTarget {

  /** Name of the Secret; the ExternalSecret's name when empty. */
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  /** How the Secret is created and owned. */
  @Default("Owner")
  private CreationPolicy creationPolicy;

  /** What happens when provider data disappears. */
  @Default("Retain")
  private DeletionPolicy deletionPolicy;

  /** Template for the Secret. */
  private ExternalSecretTemplate template;

  /** Generic (non-Secret) target. */
  private ManifestReference manifest;

  /** Create the Secret as immutable. */
  private Boolean immutable;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ExternalSecretTarget withName(String name) {
    this.name = name;
    return this;
  }

  public CreationPolicy getCreationPolicy() {
    return creationPolicy;
  }

  public void setCreationPolicy(CreationPolicy creationPolicy) {
    this.creationPolicy = creationPolicy;
  }

  public ExternalSecretTarget withCreationPolicy(CreationPolicy creationPolicy) {
    this.creationPolicy = creationPolicy;
    return this;
  }

  public DeletionPolicy getDeletionPolicy() {
    return deletionPolicy;
  }

  public void setDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
  }

  public ExternalSecretTarget withDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
    return this;
  }

  public ExternalSecretTemplate getTemplate() {
    return template;
  }

  public void setTemplate(ExternalSecretTemplate template) {
    this.template = template;
  }

  public ExternalSecretTarget withTemplate(ExternalSecretTemplate template) {
    this.template = template;
    return this;
  }

  public ManifestReference getManifest() {
    return manifest;
  }

  public void setManifest(ManifestReference manifest) {
    this.manifest = manifest;
  }

  public ExternalSecretTarget withManifest(ManifestReference manifest) {
    this.manifest = manifest;
    return this;
  }

  public Boolean getImmutable() {
    return immutable;
  }

  public void setImmutable(Boolean immutable) {
    this.immutable = immutable;
  }

  public ExternalSecretTarget withImmutable(Boolean immutable) {
    this.immutable = immutable;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ExternalSecretTarget that)) {
      return false;
    }
    return Objects.equals(name, that.name)
        && Objects.equals(creationPolicy, that.creationPolicy)
        && Objects.equals(deletionPolicy, that.deletionPolicy)
        && Objects.equals(template, that.template)
        && Objects.equals(manifest, that.manifest)
        && Objects.equals(immutable, that.immutable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, creationPolicy, deletionPolicy, template, manifest, immutable);
  }

  @Override
  public String toString() {
    return "ExternalSecretTarget{"
        + "name="
        + name
        + ", "
        + "creationPolicy="
        + creationPolicy
        + ", "
        + "deletionPolicy="
        + deletionPolicy
        + ", "
        + "template="
        + template
        + ", "
        + "manifest="
        + manifest
        + ", "
        + "immutable="
        + immutable
        + "}";
  }
}
