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
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * Reads AWS Secrets Manager: {@code key} is a secret name or ARN ({@code prefix} is added to names,
 * not to ARNs), {@code version} a staging label or {@code uuid/<VersionId>}, {@code property} a
 * JSON path into the SecretString (or SecretBinary); {@code metadataPolicy: Fetch} returns the
 * secret's tags as a JSON object. Read-only for now: PushSecret is not implemented.
 */
final class SecretsManagerReader implements SecretsClient {
  private final SecretsManagerClient sm;
  private final AwsCalls calls;
  private final String prefix;
  private final StoreCredentials credentials;
  private final SecretsManagerFind find;
  private final AwsSdk sdk;

  SecretsManagerReader(
      AwsSdk sdk, SecretsManagerClient sm, String prefix, StoreCredentials credentials) {
    this.sdk = sdk;
    this.sm = sm;
    this.calls = sdk.calls(AwsApi.SECRETS_MANAGER);
    this.prefix = prefix == null ? "" : prefix;
    this.credentials = credentials;
    this.find = new SecretsManagerFind(sm, calls);
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

  /** The raw value (or the tags JSON) of the secret {@code ref} points at. */
  private byte[] fetch(RemoteRef ref) throws SecretProviderException {
    String id = secretId(ref.key());
    if (ref.metadataPolicy() == RemoteRef.MetadataPolicy.FETCH) {
      DescribeSecretResponse described =
          calls.run(
              "DescribeSecret", "key=" + ref.key(), () -> sm.describeSecret(r -> r.secretId(id)));
      Map<String, String> tags = new LinkedHashMap<>();
      for (Tag tag : described.tags()) {
        tags.put(tag.key(), tag.value() == null ? "" : tag.value());
      }
      return Values.tagsJson(tags);
    }
    SecretsManagerVersion version = SecretsManagerVersion.parse(ref.version());
    GetSecretValueRequest.Builder request = GetSecretValueRequest.builder().secretId(id);
    if (version.versionId() != null) {
      request.versionId(version.versionId());
    } else {
      request.versionStage(version.stage());
    }
    GetSecretValueRequest built = request.build();
    String subject = "key=" + ref.key() + ", " + version.describe();
    GetSecretValueResponse answer =
        calls.run("GetSecretValue", subject, () -> sm.getSecretValue(built));
    return payload(answer.secretString(), answer.secretBinary(), ref.key());
  }

  /** ARNs are complete already; only names get the store's prefix. */
  private String secretId(String key) {
    return key.startsWith("arn:") ? key : prefix + key;
  }

  /** SecretString as UTF-8, else SecretBinary as is. */
  static byte[] payload(String string, software.amazon.awssdk.core.SdkBytes binary, String key)
      throws ProviderException {
    if (string != null) {
      return string.getBytes(StandardCharsets.UTF_8);
    }
    if (binary != null) {
      return binary.asByteArray();
    }
    throw new ProviderException("key " + key + " has neither SecretString nor SecretBinary");
  }

  @Override
  public String toString() {
    return "SecretsManagerReader[region=" + sdk.region() + "]";
  }
}
