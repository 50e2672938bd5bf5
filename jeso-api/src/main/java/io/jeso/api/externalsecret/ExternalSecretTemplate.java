package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Blueprint for the target Secret. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalSecretTemplate {

  /** Secret type, e.g. kubernetes.io/dockerconfigjson. */
  private String type;

  /** Always v2; defaulted as in ESO (an object field, no drift). */
  @Default("v2")
  private TemplateEngineVersion engineVersion;

  /** Metadata templates. */
  private TemplateMetadata metadata;

  /** Replace unless Merge; defaulted as in ESO. */
  @Default("Replace")
  private TemplateMergePolicy mergePolicy;

  /** Data templates, by key. */
  private Map<String, String> data;

  /** Further template sources. */
  private List<TemplateFrom> templateFrom;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public ExternalSecretTemplate withType(String type) {
    this.type = type;
    return this;
  }

  public TemplateEngineVersion getEngineVersion() {
    return engineVersion;
  }

  public void setEngineVersion(TemplateEngineVersion engineVersion) {
    this.engineVersion = engineVersion;
  }

  public ExternalSecretTemplate withEngineVersion(TemplateEngineVersion engineVersion) {
    this.engineVersion = engineVersion;
    return this;
  }

  public TemplateMetadata getMetadata() {
    return metadata;
  }

  public void setMetadata(TemplateMetadata metadata) {
    this.metadata = metadata;
  }

  public ExternalSecretTemplate withMetadata(TemplateMetadata metadata) {
    this.metadata = metadata;
    return this;
  }

  public TemplateMergePolicy getMergePolicy() {
    return mergePolicy;
  }

  public void setMergePolicy(TemplateMergePolicy mergePolicy) {
    this.mergePolicy = mergePolicy;
  }

  public ExternalSecretTemplate withMergePolicy(TemplateMergePolicy mergePolicy) {
    this.mergePolicy = mergePolicy;
    return this;
  }

  public Map<String, String> getData() {
    return data;
  }

  public void setData(Map<String, String> data) {
    this.data = data;
  }

  public ExternalSecretTemplate withData(Map<String, String> data) {
    this.data = data;
    return this;
  }

  public List<TemplateFrom> getTemplateFrom() {
    return templateFrom;
  }

  public void setTemplateFrom(List<TemplateFrom> templateFrom) {
    this.templateFrom = templateFrom;
  }

  public ExternalSecretTemplate withTemplateFrom(List<TemplateFrom> templateFrom) {
    this.templateFrom = templateFrom;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ExternalSecretTemplate that)) {
      return false;
    }
    return Objects.equals(type, that.type)
        && Objects.equals(engineVersion, that.engineVersion)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(mergePolicy, that.mergePolicy)
        && Objects.equals(data, that.data)
        && Objects.equals(templateFrom, that.templateFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, engineVersion, metadata, mergePolicy, data, templateFrom);
  }

  @Override
  public String toString() {
    return "ExternalSecretTemplate{"
        + "type="
        + type
        + ", "
        + "engineVersion="
        + engineVersion
        + ", "
        + "metadata="
        + metadata
        + ", "
        + "mergePolicy="
        + mergePolicy
        + ", "
        + "data="
        + data
        + ", "
        + "templateFrom="
        + templateFrom
        + "}";
  }
}
