package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Per-entry override of the store used by one data[] entry. Exactly one property (enforced by the
 * schema on the field). generatorRef here is accepted for compatibility but ESO does not implement
 * it; jeso rejects it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class StoreSourceRef {

  /** Store to read this entry from. */
  private SecretStoreRef storeRef;

  /** Not supported in data[]; present so that such manifests are not pruned. */
  private GeneratorRef generatorRef;

  public SecretStoreRef getStoreRef() {
    return storeRef;
  }

  public void setStoreRef(SecretStoreRef storeRef) {
    this.storeRef = storeRef;
  }

  public StoreSourceRef withStoreRef(SecretStoreRef storeRef) {
    this.storeRef = storeRef;
    return this;
  }

  public GeneratorRef getGeneratorRef() {
    return generatorRef;
  }

  public void setGeneratorRef(GeneratorRef generatorRef) {
    this.generatorRef = generatorRef;
  }

  public StoreSourceRef withGeneratorRef(GeneratorRef generatorRef) {
    this.generatorRef = generatorRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StoreSourceRef that)) {
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
    return "StoreSourceRef{" + "storeRef=" + storeRef + ", " + "generatorRef=" + generatorRef + "}";
  }
}
