package io.jeso.provider.aws;

import io.jeso.core.provider.SecretProviderException;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * Credentials of a role assumed with STS AssumeRole, signed by the credentials of the previous hop
 * (static keys, web identity, the default chain, or an earlier role of {@code additionalRoles}).
 */
final class AssumedRoleCredentials extends RefreshingCredentials {
  /** The session name AWS shows in CloudTrail for jeso's sessions. */
  static final String SESSION_NAME = "jeso-provider-aws";

  private final StsClient sts;
  private final AwsCalls calls;
  private final AssumeRoleRequest request;

  AssumedRoleCredentials(
      Clock clock,
      StsClient sts,
      AwsCalls calls,
      String roleArn,
      String externalId,
      List<Tag> tags,
      List<String> transitiveTagKeys) {
    super(clock);
    this.sts = sts;
    this.calls = calls;
    AssumeRoleRequest.Builder b =
        AssumeRoleRequest.builder().roleArn(roleArn).roleSessionName(SESSION_NAME);
    if (externalId != null && !externalId.isEmpty()) {
      b.externalId(externalId);
    }
    if (!tags.isEmpty()) {
      b.tags(tags);
      if (!transitiveTagKeys.isEmpty()) {
        b.transitiveTagKeys(transitiveTagKeys);
      }
    }
    this.request = b.build();
  }

  @Override
  protected Credentials fetch() throws SecretProviderException {
    return calls
        .run("AssumeRole", "role " + request.roleArn(), () -> sts.assumeRole(request))
        .credentials();
  }
}
