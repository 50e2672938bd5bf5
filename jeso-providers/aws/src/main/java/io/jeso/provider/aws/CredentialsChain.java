package io.jeso.provider.aws;

import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.aws.AwsAuth;
import io.jeso.api.store.aws.AwsAuthSecretRef;
import io.jeso.api.store.aws.AwsProvider;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.KeyRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.ServiceAccountRef;
import io.jeso.core.provider.StoreContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The credentials a store's client signs with, built in ESO's order: the base identity ({@code
 * auth.jwt}, else {@code auth.secretRef}, else the SDK default chain), then each role of {@code
 * additionalRoles} in turn, then {@code role} with the external id and session tags.
 */
final class CredentialsChain {
  static final String ROLE_ARN_ANNOTATION = "eks.amazonaws.com/role-arn";
  static final String AUDIENCE_ANNOTATION = "eks.amazonaws.com/audience";
  static final String DEFAULT_AUDIENCE = "sts.amazonaws.com";

  private final StoreContext<AwsProvider> context;
  private final AwsProvider spec;
  private final AwsSdk sdk;

  CredentialsChain(StoreContext<AwsProvider> context, AwsSdk sdk) {
    this.context = context;
    this.spec = context.providerSpec();
    this.sdk = sdk;
  }

  /** Reads what the store references and returns the final credentials provider. */
  AwsCredentialsProvider build() throws SecretProviderException {
    AwsCredentialsProvider current = base(spec.getAuth());
    AwsCalls stsCalls = sdk.calls(AwsApi.STS);
    List<String> chain = spec.getAdditionalRoles() == null ? List.of() : spec.getAdditionalRoles();
    for (String hop : chain) {
      current =
          new AssumedRoleCredentials(
              context.clock(), sdk.sts(current), stsCalls, hop, null, List.of(), List.of());
    }
    if (spec.getRole() != null && !spec.getRole().isEmpty()) {
      String acting = context.actingNamespace().orElse(null);
      current =
          new AssumedRoleCredentials(
              context.clock(),
              sdk.sts(current),
              stsCalls,
              spec.getRole(),
              spec.getExternalID(),
              SessionTags.of(spec, context.store(), acting),
              spec.getTransitiveTagKeys() == null ? List.of() : spec.getTransitiveTagKeys());
    }
    return current;
  }

  private AwsCredentialsProvider base(AwsAuth auth) throws SecretProviderException {
    if (auth != null && auth.getJwt() != null) {
      return webIdentity(auth.getJwt().getServiceAccountRef());
    }
    if (auth != null && auth.getSecretRef() != null) {
      return staticKeys(auth.getSecretRef());
    }
    // No auth block: whatever the operator's own environment provides (IRSA/Pod Identity
    // variables, instance profile, ...), as ESO does.
    return sdk.own(DefaultCredentialsProvider.builder().build());
  }

  private AwsCredentialsProvider staticKeys(AwsAuthSecretRef ref) throws SecretProviderException {
    String accessKeyId = read(ref.getAccessKeyIDSecretRef(), "accessKeyIDSecretRef");
    String secretAccessKey = read(ref.getSecretAccessKeySecretRef(), "secretAccessKeySecretRef");
    AwsCredentials credentials;
    if (ref.getSessionTokenSecretRef() != null) {
      String sessionToken = read(ref.getSessionTokenSecretRef(), "sessionTokenSecretRef");
      credentials = AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken);
    } else {
      credentials = AwsBasicCredentials.create(accessKeyId, secretAccessKey);
    }
    return StaticCredentialsProvider.create(credentials);
  }

  private String read(SecretKeySelector selector, String field) throws SecretProviderException {
    if (selector == null || selector.getName() == null || selector.getKey() == null) {
      throw new InvalidStoreException("auth.secretRef." + field + " needs a name and a key");
    }
    byte[] value =
        context
            .references()
            .secretValue(
                new KeyRef(selector.getName(), selector.getKey(), selector.getNamespace()));
    // Keys pasted into Secrets often end in a newline; AWS keys never contain whitespace.
    String text = new String(value, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      throw new InvalidStoreException(
          "auth.secretRef."
              + field
              + ": key "
              + selector.getKey()
              + " of Secret "
              + selector.getName()
              + " is empty");
    }
    return text;
  }

  private AwsCredentialsProvider webIdentity(ServiceAccountSelector selector)
      throws SecretProviderException {
    if (selector == null || selector.getName() == null || selector.getName().isEmpty()) {
      throw new InvalidStoreException("auth.jwt.serviceAccountRef.name is required");
    }
    ServiceAccountRef ref =
        new ServiceAccountRef(selector.getName(), selector.getNamespace(), selector.getAudiences());
    Map<String, String> annotations = context.references().serviceAccountAnnotations(ref);
    String roleArn = annotations.get(ROLE_ARN_ANNOTATION);
    if (roleArn == null || roleArn.isBlank()) {
      throw new InvalidStoreException(
          "ServiceAccount "
              + selector.getName()
              + " has no "
              + ROLE_ARN_ANNOTATION
              + " annotation: auth.jwt needs the IAM role to assume");
    }
    // ESO's rule: the audience annotation replaces the default; the reference's audiences are
    // added by the token minter.
    String audience = annotations.getOrDefault(AUDIENCE_ANNOTATION, "");
    List<String> audiences = List.of(audience.isBlank() ? DEFAULT_AUDIENCE : audience.strip());
    // AssumeRoleWithWebIdentity is not signed: the token is the credential.
    AwsCalls stsCalls = sdk.calls(AwsApi.STS);
    return new WebIdentityCredentials(
        context.clock(),
        context.tokens(),
        ref,
        audiences,
        roleArn.strip(),
        sdk.sts(AnonymousCredentialsProvider.create()),
        stsCalls);
  }
}
