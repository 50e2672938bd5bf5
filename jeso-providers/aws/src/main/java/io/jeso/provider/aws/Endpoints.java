package io.jeso.provider.aws;

import io.jeso.core.provider.InvalidStoreException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where each AWS API is reached. ESO lets users point it at LocalStack or moto with one environment
 * variable per service ({@code AWS_SECRETSMANAGER_ENDPOINT}, {@code AWS_SSM_ENDPOINT}, {@code
 * AWS_STS_ENDPOINT}); the AWS SDKs read {@code AWS_ENDPOINT_URL_<SERVICE>} and {@code
 * AWS_ENDPOINT_URL}. jeso honours all of them, most specific first, so manifests and Helm values
 * written for ESO keep working and so does the SDK convention.
 *
 * <p>The environment is passed in (not read from {@link System#getenv()} here) so tests can point a
 * provider at a local peer without touching the process environment.
 */
final class Endpoints {
  private final Function<String, String> environment;

  Endpoints(Function<String, String> environment) {
    this.environment = environment;
  }

  /**
   * The endpoint override for {@code api}, or empty for the SDK's public endpoint.
   *
   * @throws InvalidStoreException when the variable that applies does not hold an http(s) URL
   */
  Optional<URI> override(AwsApi api) throws InvalidStoreException {
    for (String variable : variables(api)) {
      String value = environment.apply(variable);
      if (value != null && !value.isBlank()) {
        return Optional.of(parse(variable, value.strip()));
      }
    }
    return Optional.empty();
  }

  /** The endpoint as messages show it: the override, or the public one for {@code region}. */
  String describe(AwsApi api, String region) {
    try {
      return override(api).map(Endpoints::withoutUserInfo).orElse(api.publicEndpoint(region));
    } catch (InvalidStoreException e) {
      return api.publicEndpoint(region);
    }
  }

  /** The variables consulted for {@code api}, in order. */
  static List<String> variables(AwsApi api) {
    return List.of(
        api.esoEndpointVariable(), api.sdkEndpointVariable(), AwsApi.SDK_GLOBAL_ENDPOINT_VARIABLE);
  }

  private static URI parse(String variable, String value) throws InvalidStoreException {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below, without the value: a URL can carry credentials in its user-info
    }
    throw new InvalidStoreException(
        "environment variable "
            + variable
            + " must be an http(s) URL such as http://localhost:4566");
  }

  private static String withoutUserInfo(URI uri) {
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return uri.getScheme() + "://" + uri.getHost() + port;
  }
}
