package io.jeso.provider.aws;

import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ResourceTypeForTagging;
import software.amazon.awssdk.services.ssm.model.Tag;

/**
 * Reads AWS Systems Manager Parameter Store: {@code key} is a parameter name ({@code prefix}
 * added), {@code version} a version number or label, SecureStrings are decrypted, {@code property}
 * is a JSON path into the value, and {@code metadataPolicy: Fetch} returns the parameter's tags.
 * Read-only for now: PushSecret is not implemented.
 */
final class ParameterStoreReader implements SecretsClient {
  private final AwsSdk sdk;
  private final SsmClient ssm;
  private final AwsCalls calls;
  private final String prefix;
  private final StoreCredentials credentials;
  private final ParameterStoreFind find;

  ParameterStoreReader(AwsSdk sdk, SsmClient ssm, String prefix, StoreCredentials credentials) {
    this.sdk = sdk;
    this.ssm = ssm;
    this.calls = sdk.calls(AwsApi.PARAMETER_STORE);
    this.prefix = prefix == null ? "" : prefix;
    this.credentials = credentials;
    this.find = new ParameterStoreFind(ssm, calls);
  }

  @Override
  public byte[] getSecret(RemoteRef ref) throws SecretProviderException {
    return Values.select(fetch(ref), ref);
  }

  @Override
  public Map<String, byte[]> getSecretMap(RemoteRef ref) throws SecretProviderException {
    return Values.map(fetch(ref), ref);
  }

  @Override
  public Map<String, byte[]> getAllSecrets(FindRequest request) throws SecretProviderException {
    return find.find(request);
  }

  @Override
  public StoreValidation validate() {
    return credentials.validate();
  }

  @Override
  public void close() {
    sdk.close();
  }

  private byte[] fetch(RemoteRef ref) throws SecretProviderException {
    if (ref.metadataPolicy() == RemoteRef.MetadataPolicy.FETCH) {
      String name = prefix + ref.key();
      var answer =
          calls.run(
              "ListTagsForResource",
              "key=" + ref.key(),
              () ->
                  ssm.listTagsForResource(
                      r -> r.resourceType(ResourceTypeForTagging.PARAMETER).resourceId(name)));
      Map<String, String> tags = new LinkedHashMap<>();
      for (Tag tag : answer.tagList()) {
        tags.put(tag.key(), tag.value() == null ? "" : tag.value());
      }
      return Values.tagsJson(tags);
    }
    String name = ParameterNames.withVersion(prefix, ref.key(), ref.version());
    String subject =
        ref.version() == null
            ? "key=" + ref.key()
            : "key=" + ref.key() + ", version=" + ref.version();
    Parameter parameter =
        calls
            .run(
                "GetParameter",
                subject,
                () -> ssm.getParameter(r -> r.name(name).withDecryption(true)))
            .parameter();
    return value(parameter, ref.key());
  }

  static byte[] value(Parameter parameter, String key) throws ProviderException {
    if (parameter == null || parameter.value() == null) {
      throw new ProviderException("parameter " + key + " has no value");
    }
    return parameter.value().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ParameterStoreReader[region=" + sdk.region() + "]";
  }
}
