package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.Patterns;
import java.util.Objects;

/** One key of a ConfigMap or Secret used as template source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TemplateRefItem {

  /** Key in the ConfigMap/Secret. */
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.SECRET_KEY)
  private String key;

  /** Values when unset (a list item, so no schema default). */
  private TemplateScope templateAs;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public TemplateRefItem withKey(String key) {
    this.key = key;
    return this;
  }

  public TemplateScope getTemplateAs() {
    return templateAs;
  }

  public void setTemplateAs(TemplateScope templateAs) {
    this.templateAs = templateAs;
  }

  public TemplateRefItem withTemplateAs(TemplateScope templateAs) {
    this.templateAs = templateAs;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TemplateRefItem that)) {
      return false;
    }
    return Objects.equals(key, that.key) && Objects.equals(templateAs, that.templateAs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, templateAs);
  }

  @Override
  public String toString() {
    return "TemplateRefItem{" + "key=" + key + ", " + "templateAs=" + templateAs + "}";
  }
}
