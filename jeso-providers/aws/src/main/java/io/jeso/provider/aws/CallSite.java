package io.jeso.provider.aws;

/**
 * What a call was about, for error messages: names only, never values.
 *
 * @param api the AWS API
 * @param call the operation, e.g. {@code GetSecretValue}
 * @param subject what was asked for, e.g. {@code key=db/password, version=AWSCURRENT}; may be empty
 * @param endpoint where the request went (override or public endpoint)
 * @param region the store's region
 */
record CallSite(AwsApi api, String call, String subject, String endpoint, String region) {
  String serviceName() {
    return api.displayName();
  }

  /** "AWS Secrets Manager GetSecretValue for key=a" */
  String prefix() {
    String base = api.displayName() + " " + call;
    return subject.isEmpty() ? base : base + " for " + subject;
  }
}
