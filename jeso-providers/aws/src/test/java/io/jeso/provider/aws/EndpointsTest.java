package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jeso.core.provider.InvalidStoreException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointsTest {
  private static Endpoints with(Map<String, String> env) {
    return new Endpoints(env::get);
  }

  @Test
  void noVariableMeansThePublicEndpoint() throws Exception {
    Endpoints endpoints = with(Map.of());
    assertEquals(Optional.empty(), endpoints.override(AwsApi.SECRETS_MANAGER));
    assertEquals(
        "https://secretsmanager.eu-west-1.amazonaws.com",
        endpoints.describe(AwsApi.SECRETS_MANAGER, "eu-west-1"));
    assertEquals(
        "https://ssm.cn-north-1.amazonaws.com.cn",
        endpoints.describe(AwsApi.PARAMETER_STORE, "cn-north-1"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // api, variables set (name=value;...), expected endpoint
    "SECRETS_MANAGER, AWS_SECRETSMANAGER_ENDPOINT=http://eso:1;AWS_ENDPOINT_URL_SECRETS_MANAGER=http://sdk:2;AWS_ENDPOINT_URL=http://all:3, http://eso:1",
    "SECRETS_MANAGER, AWS_ENDPOINT_URL_SECRETS_MANAGER=http://sdk:2;AWS_ENDPOINT_URL=http://all:3, http://sdk:2",
    "SECRETS_MANAGER, AWS_ENDPOINT_URL=http://all:3, http://all:3",
    "SECRETS_MANAGER, AWS_SSM_ENDPOINT=http://ssm:4;AWS_ENDPOINT_URL=http://all:3, http://all:3",
    "PARAMETER_STORE, AWS_SSM_ENDPOINT=http://ssm:4;AWS_ENDPOINT_URL=http://all:3, http://ssm:4",
    "PARAMETER_STORE, AWS_ENDPOINT_URL_SSM=https://ssm.local, https://ssm.local",
    "STS, AWS_STS_ENDPOINT=http://sts:5;AWS_SECRETSMANAGER_ENDPOINT=http://eso:1, http://sts:5",
    "STS, AWS_ENDPOINT_URL_STS=http://sts:6, http://sts:6",
  })
  void mostSpecificVariableWins(AwsApi api, String variables, String expected) throws Exception {
    Map<String, String> env = new java.util.HashMap<>();
    for (String pair : variables.split(";")) {
      String[] kv = pair.split("=", 2);
      env.put(kv[0], kv[1]);
    }
    assertEquals(Optional.of(URI.create(expected)), with(env).override(api));
  }

  @Test
  void blankVariablesAreIgnored() throws Exception {
    Endpoints endpoints =
        with(Map.of("AWS_SECRETSMANAGER_ENDPOINT", "  ", "AWS_ENDPOINT_URL", "http://all:3"));
    assertEquals(
        Optional.of(URI.create("http://all:3")), endpoints.override(AwsApi.SECRETS_MANAGER));
  }

  @Test
  void aMalformedUrlNamesTheVariableButNotItsValue() {
    String value = "ftp://user:CANARY-pass@host";
    InvalidStoreException e =
        assertThrows(
            InvalidStoreException.class,
            () -> with(Map.of("AWS_SSM_ENDPOINT", value)).override(AwsApi.PARAMETER_STORE));
    assertTrue(e.getMessage().contains("AWS_SSM_ENDPOINT"), e.getMessage());
    assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
  }

  @Test
  void describeDropsUserInfo() {
    Endpoints endpoints = with(Map.of("AWS_ENDPOINT_URL", "http://user:CANARY@localhost:4566/x"));
    assertEquals("http://localhost:4566", endpoints.describe(AwsApi.STS, "us-east-1"));
  }
}
