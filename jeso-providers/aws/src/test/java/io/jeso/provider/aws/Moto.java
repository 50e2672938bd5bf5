package io.jeso.provider.aws;

import io.jeso.testkit.TestEnv;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The moto server that {@code testenv/up aws} runs, seen from the tests: its address, admin SDK
 * clients to arrange data with (bypassing jeso), and the environment that points a provider at it
 * the way users point ESO at LocalStack.
 */
final class Moto implements AutoCloseable {
  final String endpoint;
  final String region;
  final String accessKeyId;
  final String secretAccessKey;
  final SecretsManagerClient sm;
  final SsmClient ssm;

  Moto(TestEnv env) {
    this.endpoint = env.get("JESO_AWS_ENDPOINT");
    this.region = env.get("JESO_AWS_REGION");
    this.accessKeyId = env.get("JESO_AWS_ACCESS_KEY_ID");
    this.secretAccessKey = env.get("JESO_AWS_SECRET_ACCESS_KEY");
    var credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    this.sm =
        SecretsManagerClient.builder()
            .region(Region.of(region))
            .endpointOverride(URI.create(endpoint))
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    this.ssm =
        SsmClient.builder()
            .region(Region.of(region))
            .endpointOverride(URI.create(endpoint))
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  /** ESO's per-service variables, all pointing at moto. */
  Map<String, String> environment() {
    return Map.of(
        "AWS_SECRETSMANAGER_ENDPOINT", endpoint,
        "AWS_SSM_ENDPOINT", endpoint,
        "AWS_STS_ENDPOINT", endpoint);
  }

  AwsSecretProvider provider() {
    return new AwsSecretProvider(environment()::get);
  }

  /** A name no other test uses (moto's state lives as long as the server). */
  static String unique(String hint) {
    return hint + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    sm.close();
    ssm.close();
  }
}
