package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Source of one dataFrom[] entry: a store (with extract or find) or a generator. Exactly one
 * property.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class StoreGeneratorSourceRef {

  /** Store to read from. */
  private SecretStoreRef storeRef;

  /** Generator whose output is used as-is. */
  private GeneratorRef generatorRef;

  public SecretStoreRef getStoreRef() {
    return storeRef;
  }

  public void setStoreRef(SecretStoreRef storeRef) {
    this.storeRef = storeRef;
  }

  public StoreGeneratorSourceRef withStoreRef(SecretStoreRef storeRef) {
    this.storeRef = storeRef;
    return this;
  }

  public GeneratorRef getGeneratorRef() {
    return generatorRef;
  }

  public void setGeneratorRef(GeneratorRef generatorRef) {
    this.generatorRef = generatorRef;
  }

  public StoreGeneratorSourceRef withGeneratorRef(GeneratorRef generatorRef) {
    this.generatorRef = generatorRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StoreGeneratorSourceRef that)) {
      return false;
    }
    return Objects.equals(storeRef, that.storeRef)
        && Objects.equals(generatorRef, that.generatorRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(storeRef, generatorRef);
  }

  @Override
  public String toString() {
    return "StoreGeneratorSourceRef{"
        + "storeRef="
        + storeRef
        + ", "
        + "generatorRef="
        + generatorRef
        + "}";
  }
}
