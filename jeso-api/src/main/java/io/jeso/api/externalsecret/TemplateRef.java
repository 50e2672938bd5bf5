package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.Patterns;
import java.util.List;
import java.util.Objects;

/** A ConfigMap or Secret holding templates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TemplateRef {

  /** Name of the object. */
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  /** Keys used as templates. */
  @Required private List<TemplateRefItem> items;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public TemplateRef withName(String name) {
    this.name = name;
    return this;
  }

  public List<TemplateRefItem> getItems() {
    return items;
  }

  public void setItems(List<TemplateRefItem> items) {
    this.items = items;
  }

  public TemplateRef withItems(List<TemplateRefItem> items) {
    this.items = items;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TemplateRef that)) {
      return false;
    }
    return Objects.equals(name, that.name) && Objects.equals(items, that.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, items);
  }

  @Override
  public String toString() {
    return "TemplateRef{" + "name=" + name + ", " + "items=" + items + "}";
  }
}
