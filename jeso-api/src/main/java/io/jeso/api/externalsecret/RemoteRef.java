package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * Where one value lives at the provider (data[].remoteRef and dataFrom[].extract). The strategy and
 * policy fields have no schema defaults on purpose: unset means ESO's defaults, and an
 * apiserver-injected value inside a list item makes GitOps tools report drift forever (ESO #6797).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RemoteRef {

  /** Key of the secret at the provider. */
  @Required private String key;

  /** Property inside a structured value (a JSON path for most providers). */
  private String property;

  /** Provider-specific version selector. */
  private String version;

  /** Fetch returns metadata instead of the value. */
  private MetadataPolicy metadataPolicy;

  /** Key conversion for extracted maps. */
  private ConversionStrategy conversionStrategy;

  /** Decoding applied to fetched values. */
  private DecodingStrategy decodingStrategy;

  /** Whether NUL bytes in values fail the sync. */
  private NullBytePolicy nullBytePolicy;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public RemoteRef withKey(String key) {
    this.key = key;
    return this;
  }

  public String getProperty() {
    return property;
  }

  public void setProperty(String property) {
    this.property = property;
  }

  public RemoteRef withProperty(String property) {
    this.property = property;
    return this;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public RemoteRef withVersion(String version) {
    this.version = version;
    return this;
  }

  public MetadataPolicy getMetadataPolicy() {
    return metadataPolicy;
  }

  public void setMetadataPolicy(MetadataPolicy metadataPolicy) {
    this.metadataPolicy = metadataPolicy;
  }

  public RemoteRef withMetadataPolicy(MetadataPolicy metadataPolicy) {
    this.metadataPolicy = metadataPolicy;
    return this;
  }

  public ConversionStrategy getConversionStrategy() {
    return conversionStrategy;
  }

  public void setConversionStrategy(ConversionStrategy conversionStrategy) {
    this.conversionStrategy = conversionStrategy;
  }

  public RemoteRef withConversionStrategy(ConversionStrategy conversionStrategy) {
    this.conversionStrategy = conversionStrategy;
    return this;
  }

  public DecodingStrategy getDecodingStrategy() {
    return decodingStrategy;
  }

  public void setDecodingStrategy(DecodingStrategy decodingStrategy) {
    this.decodingStrategy = decodingStrategy;
  }

  public RemoteRef withDecodingStrategy(DecodingStrategy decodingStrategy) {
    this.decodingStrategy = decodingStrategy;
    return this;
  }

  public NullBytePolicy getNullBytePolicy() {
    return nullBytePolicy;
  }

  public void setNullBytePolicy(NullBytePolicy nullBytePolicy) {
    this.nullBytePolicy = nullBytePolicy;
  }

  public RemoteRef withNullBytePolicy(NullBytePolicy nullBytePolicy) {
    this.nullBytePolicy = nullBytePolicy;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RemoteRef that)) {
      return false;
    }
    return Objects.equals(key, that.key)
        && Objects.equals(property, that.property)
        && Objects.equals(version, that.version)
        && Objects.equals(metadataPolicy, that.metadataPolicy)
        && Objects.equals(conversionStrategy, that.conversionStrategy)
        && Objects.equals(decodingStrategy, that.decodingStrategy)
        && Objects.equals(nullBytePolicy, that.nullBytePolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        key,
        property,
        version,
        metadataPolicy,
        conversionStrategy,
        decodingStrategy,
        nullBytePolicy);
  }

  @Override
  public String toString() {
    return "RemoteRef{"
        + "key="
        + key
        + ", "
        + "property="
        + property
        + ", "
        + "version="
        + version
        + ", "
        + "metadataPolicy="
        + metadataPolicy
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
