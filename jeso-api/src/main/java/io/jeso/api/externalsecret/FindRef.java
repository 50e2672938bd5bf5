package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;

/**
 * Finds many provider secrets by name, tags or path (dataFrom[].find). No schema defaults, as in
 * RemoteRef.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class FindRef {

  /** Root path to search under. */
  private String path;

  /** Name filter. */
  private FindName name;

  /** Tags (labels) every match must carry. */
  private Map<String, String> tags;

  /** Key conversion for found names. */
  private ConversionStrategy conversionStrategy;

  /** Decoding applied to found values. */
  private DecodingStrategy decodingStrategy;

  /** Whether NUL bytes in values fail the sync. */
  private NullBytePolicy nullBytePolicy;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public FindRef withPath(String path) {
    this.path = path;
    return this;
  }

  public FindName getName() {
    return name;
  }

  public void setName(FindName name) {
    this.name = name;
  }

  public FindRef withName(FindName name) {
    this.name = name;
    return this;
  }

  public Map<String, String> getTags() {
    return tags;
  }

  public void setTags(Map<String, String> tags) {
    this.tags = tags;
  }

  public FindRef withTags(Map<String, String> tags) {
    this.tags = tags;
    return this;
  }

  public ConversionStrategy getConversionStrategy() {
    return conversionStrategy;
  }

  public void setConversionStrategy(ConversionStrategy conversionStrategy) {
    this.conversionStrategy = conversionStrategy;
  }

  public FindRef withConversionStrategy(ConversionStrategy conversionStrategy) {
    this.conversionStrategy = conversionStrategy;
    return this;
  }

  public DecodingStrategy getDecodingStrategy() {
    return decodingStrategy;
  }

  public void setDecodingStrategy(DecodingStrategy decodingStrategy) {
    this.decodingStrategy = decodingStrategy;
  }

  public FindRef withDecodingStrategy(DecodingStrategy decodingStrategy) {
    this.decodingStrategy = decodingStrategy;
    return this;
  }

  public NullBytePolicy getNullBytePolicy() {
    return nullBytePolicy;
  }

  public void setNullBytePolicy(NullBytePolicy nullBytePolicy) {
    this.nullBytePolicy = nullBytePolicy;
  }

  public FindRef withNullBytePolicy(NullBytePolicy nullBytePolicy) {
    this.nullBytePolicy = nullBytePolicy;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FindRef that)) {
      return false;
    }
    return Objects.equals(path, that.path)
        && Objects.equals(name, that.name)
        && Objects.equals(tags, that.tags)
        && Objects.equals(conversionStrategy, that.conversionStrategy)
        && Objects.equals(decodingStrategy, that.decodingStrategy)
        && Objects.equals(nullBytePolicy, that.nullBytePolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, name, tags, conversionStrategy, decodingStrategy, nullBytePolicy);
  }

  @Override
  public String toString() {
    return "FindRef{"
        + "path="
        + path
        + ", "
        + "name="
        + name
        + ", "
        + "tags="
        + tags
        + ", "
        + "conversionStrategy="
        + conversionStrategy
        + ", "
        + "decodingStrategy="
        + decodingStrategy
        + ", "
        + "nullBytePolicy="
        + nullBytePolicy
        + "}";
  }
}
