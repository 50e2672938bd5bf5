package io.jeso.provider.aws;

import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.ServiceAccountRef;
import io.jeso.core.provider.TokenMinter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * IRSA-style web identity: a fresh ServiceAccount token from the TokenRequest API, exchanged with
 * STS AssumeRoleWithWebIdentity for temporary credentials of the role named on the ServiceAccount.
 * A new token is minted for every exchange, so no token outlives the few seconds it is needed.
 */
final class WebIdentityCredentials extends RefreshingCredentials {
  /** The shortest lifetime the TokenRequest API grants; the token is used once, right away. */
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

  private final TokenMinter tokens;
  private final ServiceAccountRef serviceAccount;
  private final List<String> audiences;
  private final String roleArn;
  private final StsClient sts;
  private final AwsCalls calls;

  WebIdentityCredentials(
      Clock clock,
      TokenMinter tokens,
      ServiceAccountRef serviceAccount,
      List<String> audiences,
      String roleArn,
      StsClient sts,
      AwsCalls calls) {
    super(clock);
    this.tokens = tokens;
    this.serviceAccount = serviceAccount;
    this.audiences = List.copyOf(audiences);
    this.roleArn = roleArn;
    this.sts = sts;
    this.calls = calls;
  }

  @Override
  protected Credentials fetch() throws SecretProviderException {
    TokenMinter.Token token = tokens.mint(serviceAccount, audiences, TOKEN_LIFETIME);
    return calls
        .run(
            "AssumeRoleWithWebIdentity",
            "role " + roleArn,
            () ->
                sts.assumeRoleWithWebIdentity(
                    r ->
                        r.roleArn(roleArn)
                            .roleSessionName(AssumedRoleCredentials.SESSION_NAME)
                            .webIdentityToken(token.value())))
        .credentials();
  }
}
