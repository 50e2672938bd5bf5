package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A source of templates. {@code target} is a plain string: Data, Annotations or Labels for Secrets,
 * and a nested path for generic targets, so it cannot be a schema enum; unset means Data (a list
 * item: no schema default).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TemplateFrom {

  /** Templates from a ConfigMap. */
  private TemplateRef configMap;

  /** Templates from a Secret. */
  private TemplateRef secret;

  /** Where the rendered output goes (see TemplateTargets). */
  private String target;

  /** An inline template rendering keys and values. */
  private String literal;

  /** Decoding of rendered values; no schema default. */
  private DecodingStrategy valuesDecodingStrategy;

  public TemplateRef getConfigMap() {
    return configMap;
  }

  public void setConfigMap(TemplateRef configMap) {
    this.configMap = configMap;
  }

  public TemplateFrom withConfigMap(TemplateRef configMap) {
    this.configMap = configMap;
    return this;
  }

  public TemplateRef getSecret() {
    return secret;
  }

  public void setSecret(TemplateRef secret) {
    this.secret = secret;
  }

  public TemplateFrom withSecret(TemplateRef secret) {
    this.secret = secret;
    return this;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public TemplateFrom withTarget(String target) {
    this.target = target;
    return this;
  }

  public String getLiteral() {
    return literal;
  }

  public void setLiteral(String literal) {
    this.literal = literal;
  }

  public TemplateFrom withLiteral(String literal) {
    this.literal = literal;
    return this;
  }

  public DecodingStrategy getValuesDecodingStrategy() {
    return valuesDecodingStrategy;
  }

  public void setValuesDecodingStrategy(DecodingStrategy valuesDecodingStrategy) {
    this.valuesDecodingStrategy = valuesDecodingStrategy;
  }

  public TemplateFrom withValuesDecodingStrategy(DecodingStrategy valuesDecodingStrategy) {
    this.valuesDecodingStrategy = valuesDecodingStrategy;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TemplateFrom that)) {
      return false;
    }
    return Objects.equals(configMap, that.configMap)
        && Objects.equals(secret, that.secret)
        && Objects.equals(target, that.target)
        && Objects.equals(literal, that.literal)
        && Objects.equals(valuesDecodingStrategy, that.valuesDecodingStrategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(configMap, secret, target, literal, valuesDecodingStrategy);
  }

  @Override
  public String toString() {
    return "TemplateFrom{"
        + "configMap="
        + configMap
        + ", "
        + "secret="
        + secret
        + ", "
        + "target="
        + target
        + ", "
        + "literal="
        + literal
        + ", "
        + "valuesDecodingStrategy="
        + valuesDecodingStrategy
        + "}";
  }
}
