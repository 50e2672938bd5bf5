package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

/**
 * One dataFrom[] entry: extract, find or a generator, optionally rewritten. "Exactly one of" is
 * validated by jeso (the schema cannot say it without rejecting ESO-valid combinations such as
 * extract plus sourceRef).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalSecretDataFrom {

  /** Extract a map of values from one provider secret. */
  private RemoteRef extract;

  /** Find many provider secrets. */
  private FindRef find;

  /** Key rewrites, applied in order; each has exactly one operation. */
  private List<@Size(min = 1, max = 1) Rewrite> rewrite;

  /** Store or generator source. */
  @Size(min = 1, max = 1)
  private StoreGeneratorSourceRef sourceRef;

  public RemoteRef getExtract() {
    return extract;
  }

  public void setExtract(RemoteRef extract) {
    this.extract = extract;
  }

  public ExternalSecretDataFrom withExtract(RemoteRef extract) {
    this.extract = extract;
    return this;
  }

  public FindRef getFind() {
    return find;
  }

  public void setFind(FindRef find) {
    this.find = find;
  }

  public ExternalSecretDataFrom withFind(FindRef find) {
    this.find = find;
    return this;
  }

  public List<@Size(min = 1, max = 1) Rewrite> getRewrite() {
    return rewrite;
  }

  public void setRewrite(List<@Size(min = 1, max = 1) Rewrite> rewrite) {
    this.rewrite = rewrite;
  }

  public ExternalSecretDataFrom withRewrite(List<@Size(min = 1, max = 1) Rewrite> rewrite) {
    this.rewrite = rewrite;
    return this;
  }

  public StoreGeneratorSourceRef getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(StoreGeneratorSourceRef sourceRef) {
    this.sourceRef = sourceRef;
  }

  public ExternalSecretDataFrom withSourceRef(StoreGeneratorSourceRef sourceRef) {
    this.sourceRef = sourceRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ExternalSecretDataFrom that)) {
      return false;
    }
    return Objects.equals(extract, that.extract)
        && Objects.equals(find, that.find)
        && Objects.equals(rewrite, that.rewrite)
        && Objects.equals(sourceRef, that.sourceRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(extract, find, rewrite, sourceRef);
  }

  @Override
  public String toString() {
    return "ExternalSecretDataFrom{"
        + "extract="
        + extract
        + ", "
        + "find="
        + find
        + ", "
        + "rewrite="
        + rewrite
        + ", "
        + "sourceRef="
        + sourceRef
        + "}";
  }
}
