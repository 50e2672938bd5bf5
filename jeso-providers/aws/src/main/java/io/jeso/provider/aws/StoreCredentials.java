package io.jeso.provider.aws;

import io.jeso.core.provider.StoreValidation;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The credentials of one client and the store check built on them. Like ESO, validation obtains
 * credentials (which exercises every STS hop) but reads no secret: a least-privilege policy may
 * allow GetSecretValue on a few ARNs and nothing that could be called without a key.
 */
final class StoreCredentials {
  private final AwsCredentialsProvider provider;
  private final CallSite site;

  StoreCredentials(AwsCredentialsProvider provider, CallSite site) {
    this.provider = provider;
    this.site = site;
  }

  AwsCredentialsProvider provider() {
    return provider;
  }

  StoreValidation validate() {
    try {
      provider.resolveCredentials();
      return StoreValidation.ready();
    } catch (CredentialsUnavailable e) {
      return StoreValidation.error(e.error().getMessage());
    } catch (SdkException e) {
      return StoreValidation.error(AwsErrors.translate(e, site).getMessage());
    }
  }
}
