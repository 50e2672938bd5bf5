package io.jeso.e2e.harness;

import io.jeso.testkit.TestEnv;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * The seeds' {@code aws secretsmanager create-secret} commands against testenv's moto.
 *
 * <p>moto keeps one set of secrets per account and region, and credentials obtained by assuming a
 * role act in the role's account. A store with {@code auth.jwt} reads as the role in its
 * ServiceAccount's {@code eks.amazonaws.com/role-arn}, so its secrets are created as that role,
 * just as the role's owner would create them in AWS.
 */
public final class Moto {
  private final URI endpoint;
  private final AwsCredentialsProvider testing;

  public Moto(TestEnv env) {
    this.endpoint = URI.create(env.get("JESO_AWS_ENDPOINT"));
    this.testing =
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(
                env.get("JESO_AWS_ACCESS_KEY_ID"), env.get("JESO_AWS_SECRET_ACCESS_KEY")));
  }

  /** Secrets Manager in {@code region} as the default identity (jeso's default chain). */
  public SecretsManagerClient secretsManager(String region) {
    return secretsManager(region, testing);
  }

  /** Secrets Manager in {@code region} as {@code roleArn} (the account a jwt store reads). */
  public SecretsManagerClient secretsManagerAs(String roleArn, String region) {
    try (StsClient sts =
        StsClient.builder()
            .region(Region.of(region))
            .endpointOverride(endpoint)
            .credentialsProvider(testing)
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      Credentials c =
          sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("jeso-e2e-setup")).credentials();
      return secretsManager(
          region,
          StaticCredentialsProvider.create(
              AwsSessionCredentials.create(
                  c.accessKeyId(), c.secretAccessKey(), c.sessionToken())));
    }
  }

  /**
   * {@code aws secretsmanager create-secret --name <name> --secret-string <value>}, or a new
   * current version when the secret exists (moto's state outlives test runs).
   */
  public static void put(SecretsManagerClient sm, String name, String value) {
    try {
      sm.createSecret(r -> r.name(name).secretString(value));
    } catch (ResourceExistsException e) {
      sm.putSecretValue(r -> r.secretId(name).secretString(value));
    }
  }

  private SecretsManagerClient secretsManager(String region, AwsCredentialsProvider credentials) {
    return SecretsManagerClient.builder()
        .region(Region.of(region))
        .endpointOverride(endpoint)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
