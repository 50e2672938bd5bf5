package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jeso.api.store.aws.AwsProvider;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.store.StoreRef;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's HTTP error paths through the real SDK and HTTP client, against a scripted local
 * server speaking the Secrets Manager JSON protocol. moto answers every request correctly and
 * cannot throttle, deny or echo credentials, which is why these answers are scripted here; every
 * success path is tested against moto in the ITs.
 */
class AwsHttpErrorPathsTest {
  private static final String CANARY = "CANARY-AKIAIOSFODNN7EXAMPLE-wJalrXUtnFEMI";

  private HttpServer server;
  private final Deque<String[]> answers = new ArrayDeque<>();
  private final List<String> targets = Collections.synchronizedList(new ArrayList<>());
  private final List<String> recorded = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    targets.add(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
    String[] next = answers.isEmpty() ? new String[] {"500", "{}"} : answers.poll();
    byte[] body = next[1].getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
    exchange.getResponseHeaders().add("x-amzn-RequestId", "1f2e3d4c-aaaa-bbbb-cccc-0123456789ab");
    exchange.sendResponseHeaders(Integer.parseInt(next[0]), body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private void script(String status, String body) {
    answers.add(new String[] {status, body});
  }

  private SecretsClient client(String endpoint) throws Exception {
    AwsProvider spec = AwsStoreValidationTest.sm().withRegion("us-east-1");
    var context =
        new RecordingContext<>(
            StoreRef.secretStore("ns", "aws"), spec, "ns", (p, c, s) -> recorded.add(c + " " + s));
    return new AwsSecretProvider(Map.of("AWS_SECRETSMANAGER_ENDPOINT", endpoint)::get)
        .newClient(context);
  }

  private String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void throttlingIsRetriedAndEveryAttemptCounted() throws Exception {
    script("400", "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}");
    script("429", "{\"__type\":\"TooManyRequestsException\",\"message\":\"slow down\"}");
    script(
        "200",
        "{\"Name\":\"db\",\"SecretString\":\"{\\\"password\\\":\\\"pw\\\"}\",\"VersionId\":\"v1\"}");
    try (SecretsClient client = client(endpoint())) {
      byte[] value = client.getSecret(RemoteRef.of("db").withProperty("password"));
      assertEquals("pw", new String(value, StandardCharsets.UTF_8));
    }
    assertEquals(
        List.of("GetSecretValue error", "GetSecretValue error", "GetSecretValue success"),
        recorded);
    assertEquals(3, targets.size());
    assertTrue(
        targets.stream().allMatch("secretsmanager.GetSecretValue"::equals), targets.toString());
  }

  @Test
  void persistentThrottlingEndsAsAProviderError() throws Exception {
    for (int i = 0; i < 4; i++) {
      script("400", "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}");
    }
    try (SecretsClient client = client(endpoint())) {
      ProviderException e =
          assertThrows(ProviderException.class, () -> client.getSecret(RemoteRef.of("db")));
      assertTrue(e.getMessage().contains("ThrottlingException"), e.getMessage());
    }
    assertEquals(4, targets.size());
  }

  @Test
  void accessDeniedIsAnAuthenticationErrorWithoutAwsText() throws Exception {
    script(
        "400",
        "{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:sts::1:assumed-role/"
            + CANARY
            + " is not authorized\"}");
    try (SecretsClient client = client(endpoint())) {
      AuthenticationException e =
          assertThrows(AuthenticationException.class, () -> client.getSecret(RemoteRef.of("db")));
      assertTrue(e.getMessage().contains("AccessDeniedException"), e.getMessage());
      AwsErrorsTest.assertValueFree(e);
      assertFalse(e.toString().contains("assumed-role"), e.toString());
    }
    assertEquals(1, targets.size(), "not retried");
  }

  @Test
  void anEchoedSignatureIsNeverRepeated() throws Exception {
    // ESO #2401: IncompleteSignature messages quoted the credentials of the request.
    script(
        "400",
        "{\"__type\":\"IncompleteSignatureException\",\"message\":\"'Credential="
            + CANARY
            + "/20261122/us-east-1/secretsmanager/aws4_request' not a valid key=value pair\"}");
    try (SecretsClient client = client(endpoint())) {
      var e = assertThrows(Exception.class, () -> client.getSecret(RemoteRef.of("db")));
      AwsErrorsTest.assertValueFree(e);
    }
  }

  @Test
  void anUnreachableEndpointSaysWhere() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    try (SecretsClient client = client("http://127.0.0.1:" + closedPort)) {
      ProviderException e =
          assertThrows(ProviderException.class, () -> client.getSecret(RemoteRef.of("db")));
      assertEquals(
          "AWS Secrets Manager GetSecretValue for key=db, version=AWSCURRENT: cannot connect at"
              + " http://127.0.0.1:"
              + closedPort,
          e.getMessage());
    }
    assertEquals(List.of("GetSecretValue error"), recorded);
  }
}
