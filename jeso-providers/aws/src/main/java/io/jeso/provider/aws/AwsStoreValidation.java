package io.jeso.provider.aws;

import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.aws.AwsAuth;
import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.aws.AwsService;
import io.jeso.api.store.aws.SessionTagsPolicy;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.store.ReferentNamespaces;
import io.jeso.core.store.StoreRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The I/O-free check of {@code spec.provider.aws} (admission and before every client build). Errors
 * name the field; warnings point out settings that have no effect.
 */
final class AwsStoreValidation {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+-\\d+");
  private static final Set<String> RESERVED_TAGS =
      Set.of(SessionTags.NAMESPACE, SessionTags.STORE_NAME, SessionTags.STORE_KIND);

  private AwsStoreValidation() {}

  static List<String> validate(StoreRef store, AwsProvider spec) throws InvalidStoreException {
    List<String> warnings = new ArrayList<>();
    service(spec.getService());
    region(spec.getRegion());
    auth(store, spec.getAuth(), warnings);
    roles(spec);
    sessionTags(spec, warnings);
    if (spec.getSecretsManager() != null) {
      warnings.add(
          "secretsManager only affects PushSecret deletions, which jeso's aws provider does not"
              + " support yet");
    }
    return warnings;
  }

  private static void service(AwsService service) throws InvalidStoreException {
    if (service == null) {
      throw new InvalidStoreException("service is required: SecretsManager or ParameterStore");
    }
    if (service == AwsService.CERTIFICATE_MANAGER) {
      throw new InvalidStoreException(
          "service CertificateManager is not supported by jeso; use SecretsManager or ParameterStore");
    }
  }

  private static void region(String region) throws InvalidStoreException {
    if (region == null || region.isBlank()) {
      throw new InvalidStoreException("region is required");
    }
    if (!REGION.matcher(region).matches()) {
      throw new InvalidStoreException(
          "region " + region + " is not an AWS region name such as eu-west-1");
    }
  }

  private static void auth(StoreRef store, AwsAuth auth, List<String> warnings)
      throws InvalidStoreException {
    if (auth == null) {
      return;
    }
    if (auth.getJwt() != null && auth.getSecretRef() != null) {
      warnings.add("auth sets both jwt and secretRef; jwt is used, as in ESO");
    }
    if (auth.getJwt() != null) {
      ServiceAccountSelector sa = auth.getJwt().getServiceAccountRef();
      if (sa == null || sa.getName() == null || sa.getName().isEmpty()) {
        throw new InvalidStoreException("auth.jwt.serviceAccountRef.name is required");
      }
      ReferentNamespaces.validate(store, sa.getNamespace(), true);
    } else if (auth.getSecretRef() != null) {
      var ref = auth.getSecretRef();
      selector(store, ref.getAccessKeyIDSecretRef(), "accessKeyIDSecretRef", true);
      selector(store, ref.getSecretAccessKeySecretRef(), "secretAccessKeySecretRef", true);
      selector(store, ref.getSessionTokenSecretRef(), "sessionTokenSecretRef", false);
    }
  }

  private static void selector(
      StoreRef store, SecretKeySelector selector, String field, boolean required)
      throws InvalidStoreException {
    if (selector == null) {
      if (required) {
        throw new InvalidStoreException("auth.secretRef." + field + " is required");
      }
      return;
    }
    if (isEmpty(selector.getName()) || isEmpty(selector.getKey())) {
      throw new InvalidStoreException("auth.secretRef." + field + " needs a name and a key");
    }
    ReferentNamespaces.validate(store, selector.getNamespace(), true);
  }

  private static void roles(AwsProvider spec) throws InvalidStoreException {
    if (!isEmpty(spec.getRole()) && !spec.getRole().startsWith("arn:")) {
      throw new InvalidStoreException(
          "role must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)");
    }
    List<String> chain = spec.getAdditionalRoles() == null ? List.of() : spec.getAdditionalRoles();
    for (int i = 0; i < chain.size(); i++) {
      if (isEmpty(chain.get(i)) || !chain.get(i).startsWith("arn:")) {
        throw new InvalidStoreException("additionalRoles[" + i + "] must be an IAM role ARN");
      }
    }
  }

  private static void sessionTags(AwsProvider spec, List<String> warnings)
      throws InvalidStoreException {
    Map<String, String> custom = spec.getCustomSessionTags();
    if (custom != null) {
      for (String key : custom.keySet()) {
        if (RESERVED_TAGS.contains(key)) {
          throw new InvalidStoreException(
              "customSessionTags cannot contain the reserved key " + key);
        }
      }
      if (!custom.isEmpty() && spec.getSessionTagsPolicy() != SessionTagsPolicy.CUSTOM) {
        warnings.add("customSessionTags are only used with sessionTagsPolicy: Custom");
      }
    }
    boolean tagging =
        (spec.getSessionTags() != null && !spec.getSessionTags().isEmpty())
            || (spec.getSessionTagsPolicy() != null
                && spec.getSessionTagsPolicy() != SessionTagsPolicy.NONE);
    if (tagging && isEmpty(spec.getRole())) {
      warnings.add("session tags are sent with AssumeRole of role, which is not set");
    }
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
