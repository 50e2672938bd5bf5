package io.jeso.provider.aws;

/**
 * The three AWS APIs this provider talks to, with the names each one goes by: the metric label
 * (ESO's spelling, so dashboards keep working), the endpoint variables users set to point jeso at
 * LocalStack or moto, and the host prefix of the public endpoint (for error messages).
 */
enum AwsApi {
  SECRETS_MANAGER(
      "AWS/SecretsManager",
      "AWS Secrets Manager",
      "AWS_SECRETSMANAGER_ENDPOINT",
      "AWS_ENDPOINT_URL_SECRETS_MANAGER",
      "secretsmanager"),
  PARAMETER_STORE(
      "AWS/ParameterStore",
      "AWS Parameter Store",
      "AWS_SSM_ENDPOINT",
      "AWS_ENDPOINT_URL_SSM",
      "ssm"),
  // ESO does not count STS calls; jeso does, under its own label, because each one is a request.
  STS("AWS/STS", "AWS STS", "AWS_STS_ENDPOINT", "AWS_ENDPOINT_URL_STS", "sts");

  /** The variable the AWS SDKs read for every service at once. */
  static final String SDK_GLOBAL_ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";

  private final String metricLabel;
  private final String displayName;
  private final String esoEndpointVariable;
  private final String sdkEndpointVariable;
  private final String hostPrefix;

  AwsApi(
      String metricLabel,
      String displayName,
      String esoEndpointVariable,
      String sdkEndpointVariable,
      String hostPrefix) {
    this.metricLabel = metricLabel;
    this.displayName = displayName;
    this.esoEndpointVariable = esoEndpointVariable;
    this.sdkEndpointVariable = sdkEndpointVariable;
    this.hostPrefix = hostPrefix;
  }

  /** The {@code provider} label of {@code externalsecret_provider_api_calls_count}. */
  String metricLabel() {
    return metricLabel;
  }

  /** How messages name the service. */
  String displayName() {
    return displayName;
  }

  /** ESO's per-service endpoint variable, e.g. {@code AWS_SECRETSMANAGER_ENDPOINT}. */
  String esoEndpointVariable() {
    return esoEndpointVariable;
  }

  /** The AWS SDKs' per-service endpoint variable, e.g. {@code AWS_ENDPOINT_URL_SSM}. */
  String sdkEndpointVariable() {
    return sdkEndpointVariable;
  }

  /** The public endpoint in {@code region}, as the SDK would pick it (standard partition). */
  String publicEndpoint(String region) {
    String suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    return "https://" + hostPrefix + "." + region + "." + suffix;
  }
}
