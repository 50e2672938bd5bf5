package io.jeso.provider.aws;

import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderApiCalls;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the SDK clients of one jeso client and closes them together. All of them share one HTTP
 * client: the JDK's {@code HttpURLConnection} through {@code url-connection-client}, which needs no
 * extra jars and no threads of its own (the operator calls providers on virtual threads).
 *
 * <p>Timeouts are short because the operator retries a failed sync with its own backoff, and a
 * hanging call would hold up every ExternalSecret that shares the store.
 */
final class AwsSdk implements AutoCloseable {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
  static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);

  private final Region region;
  private final Endpoints endpoints;
  private final ProviderApiCalls metrics;
  private final SdkHttpClient http;
  private final Deque<AutoCloseable> owned = new ArrayDeque<>();

  AwsSdk(String region, Endpoints endpoints, ProviderApiCalls metrics) {
    this.region = Region.of(region);
    this.endpoints = endpoints;
    this.metrics = metrics;
    this.http =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(READ_TIMEOUT)
            .build();
    owned.push(http);
  }

  String region() {
    return region.id();
  }

  /** Runs, counts and translates the calls of {@code api}. */
  AwsCalls calls(AwsApi api) {
    return new AwsCalls(api, region.id(), endpoints.describe(api, region.id()), metrics);
  }

  SecretsManagerClient secretsManager(AwsCredentialsProvider credentials)
      throws InvalidStoreException {
    return own(configure(SecretsManagerClient.builder(), AwsApi.SECRETS_MANAGER, credentials));
  }

  SsmClient parameterStore(AwsCredentialsProvider credentials) throws InvalidStoreException {
    return own(configure(SsmClient.builder(), AwsApi.PARAMETER_STORE, credentials));
  }

  StsClient sts(AwsCredentialsProvider credentials) throws InvalidStoreException {
    return own(configure(StsClient.builder(), AwsApi.STS, credentials));
  }

  /** Closes {@code resource} with this object (credential providers, their STS clients). */
  <T extends AutoCloseable> T own(T resource) {
    synchronized (owned) {
      owned.push(resource);
    }
    return resource;
  }

  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends AutoCloseable>
      C configure(B builder, AwsApi api, AwsCredentialsProvider credentials)
          throws InvalidStoreException {
    builder
        .region(region)
        .credentialsProvider(credentials)
        .httpClient(http)
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                // AwsCalls retries and counts each attempt; SDK retries would hide attempts.
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .apiCallTimeout(ATTEMPT_TIMEOUT)
                .build());
    Optional<URI> override = endpoints.override(api);
    override.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Override
  public void close() {
    synchronized (owned) {
      while (!owned.isEmpty()) {
        try {
          owned.pop().close();
        } catch (Exception e) {
          // Closing releases connections; a failure here changes nothing for the caller.
        }
      }
    }
  }
}
