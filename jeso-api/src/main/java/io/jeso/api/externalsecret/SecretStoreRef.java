package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.Patterns;
import java.util.Objects;

/**
 * Points at a SecretStore or ClusterSecretStore. {@code kind} has no schema default: the same type
 * appears inside data[] and dataFrom[] items, where an apiserver default would show up as a GitOps
 * diff; an empty kind means SecretStore (see effectiveKind).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SecretStoreRef {

  /** Name of the store. */
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  /** SecretStore (when empty) or ClusterSecretStore. */
  private StoreKind kind;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public SecretStoreRef withName(String name) {
    this.name = name;
    return this;
  }

  public StoreKind getKind() {
    return kind;
  }

  public void setKind(StoreKind kind) {
    this.kind = kind;
  }

  public SecretStoreRef withKind(StoreKind kind) {
    this.kind = kind;
    return this;
  }

  /** The kind this reference resolves to: SecretStore when none is given, as in ESO. */
  public StoreKind effectiveKind() {
    return kind == null ? StoreKind.SECRET_STORE : kind;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SecretStoreRef that)) {
      return false;
    }
    return Objects.equals(name, that.name) && Objects.equals(kind, that.kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind);
  }

  @Override
  public String toString() {
    return "SecretStoreRef{" + "name=" + name + ", " + "kind=" + kind + "}";
  }
}
