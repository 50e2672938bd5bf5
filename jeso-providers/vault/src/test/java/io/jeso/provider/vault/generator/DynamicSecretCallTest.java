package io.jeso.provider.vault.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jeso.api.generator.VaultDynamicSecretResultType;
import io.jeso.api.generator.VaultDynamicSecretSpec;
import io.jeso.core.generator.Generated;
import io.jeso.core.generator.GeneratorRegistry;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderException;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DynamicSecretCallTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LEASE = "database/creds/app/AbCdEf123";
  private static final String PASSWORD = "canary-Zq9-password";

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  private static VaultResponse answer(int status, String body) throws Exception {
    return new VaultResponse(status, json(body));
  }

  private static final String DB_ANSWER =
      """
      {"request_id":"r1","lease_id":"%s","lease_duration":3600,"renewable":true,
       "data":{"username":"v-app-1","password":"%s","ttl":3600,"roles":["a","b"]},
       "warnings":null,"auth":null}
      """
          .formatted(LEASE, PASSWORD);

  @Test
  void aGetWithQueryParametersIsTheDefault() throws Exception {
    DynamicSecretCall call =
        DynamicSecretCall.of(
            new VaultDynamicSecretSpec()
                .withPath("/v1/database/creds/app")
                .withGetParameters(Map.of("ttl", List.of("1h"))));
    VaultRequest r = call.request();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("database/creds/app");
    assertThat(r.query()).containsEntry("ttl", "1h");
    assertThat(r.call()).isEqualTo("ReadSecretData");
  }

  @Test
  void otherMethodsSendTheParametersAsTheBody() throws Exception {
    DynamicSecretCall call =
        DynamicSecretCall.of(
            new VaultDynamicSecretSpec()
                .withPath("pki/issue/web")
                .withMethod("post")
                .withParameters(json("{\"common_name\":\"a.example.com\"}")));
    VaultRequest r = call.request();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.body().toString()).contains("common_name");
    assertThat(r.call()).isEqualTo("WriteSecretData");
  }

  @Test
  void refusesSpecsThatCannotWork() {
    assertThatThrownBy(() -> DynamicSecretCall.of(new VaultDynamicSecretSpec()))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageContaining("spec.path is required");
    assertThatThrownBy(
            () ->
                DynamicSecretCall.of(
                    new VaultDynamicSecretSpec().withPath("x").withMethod("DELETE")))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageContaining("DELETE");
  }

  @Test
  void dataBecomesValuesStringsAsTextOthersAsJsonAndTheLeaseIsKept() throws Exception {
    Generated out =
        DynamicSecretCall.of(new VaultDynamicSecretSpec().withPath("database/creds/app"))
            .result(answer(200, DB_ANSWER));
    assertThat(text(out, "username")).isEqualTo("v-app-1");
    assertThat(text(out, "password")).isEqualTo(PASSWORD);
    assertThat(text(out, "ttl")).isEqualTo("3600");
    assertThat(text(out, "roles")).isEqualTo("[\"a\",\"b\"]");
    assertThat(out.lease()).isPresent();
    assertThat(out.lease().get().id()).isEqualTo(LEASE);
    assertThat(out.lease().get().ttl()).isEqualTo(Duration.ofHours(1));
    assertThat(out.lease().get().renewable()).isTrue();
    assertThat(out.toString()).doesNotContain(LEASE).doesNotContain(PASSWORD);
  }

  @Test
  void rawReturnsTheWholeAnswerAndAuthReturnsTheLoginWithoutALease() throws Exception {
    Generated raw =
        DynamicSecretCall.of(
                new VaultDynamicSecretSpec()
                    .withPath("database/creds/app")
                    .withResultType(VaultDynamicSecretResultType.RAW))
            .result(answer(200, DB_ANSWER));
    assertThat(text(raw, "lease_id")).isEqualTo(LEASE);
    assertThat(text(raw, "data")).contains(PASSWORD);
    Generated auth =
        DynamicSecretCall.of(
                new VaultDynamicSecretSpec()
                    .withPath("auth/approle/login")
                    .withMethod("POST")
                    .withResultType(VaultDynamicSecretResultType.AUTH))
            .result(
                answer(
                    200,
                    "{\"auth\":{\"client_token\":\"t\",\"lease_duration\":60,\"renewable\":true}}"));
    assertThat(text(auth, "client_token")).isEqualTo("t");
    assertThat(auth.lease()).isEmpty();
  }

  @Test
  void anEmptyAnswerIsAnErrorUnlessAllowed() throws Exception {
    VaultDynamicSecretSpec spec = new VaultDynamicSecretSpec().withPath("sys/rotate");
    assertThatThrownBy(() -> DynamicSecretCall.of(spec).result(answer(204, "")))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("allowEmptyResponse");
    Generated empty =
        DynamicSecretCall.of(spec.withAllowEmptyResponse(true)).result(answer(204, ""));
    assertThat(empty.values()).isEmpty();
  }

  @Test
  void errorsNameThePathOnly() throws Exception {
    DynamicSecretCall call =
        DynamicSecretCall.of(new VaultDynamicSecretSpec().withPath("database/creds/app"));
    assertThatThrownBy(() -> call.result(answer(404, "{\"errors\":[]}")))
        .isInstanceOf(ProviderException.class)
        .hasMessage(
            "Vault has nothing at database/creds/app (HTTP 404): check the generator's path,"
                + " role and mount");
    assertThatThrownBy(
            () -> call.result(answer(403, "{\"errors\":[\"permission denied " + LEASE + "\"]}")))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("database/creds/app")
        .hasMessageNotContaining(LEASE);
  }

  @Test
  void isFoundByTheServiceLoader() {
    GeneratorRegistry registry = GeneratorRegistry.load();
    assertThat(registry.kinds()).contains("VaultDynamicSecret");
    assertThat(registry.find("VaultDynamicSecret").orElseThrow())
        .isInstanceOf(VaultDynamicSecretGenerator.class);
  }

  private static String text(Generated g, String key) {
    return new String(g.values().get(key), StandardCharsets.UTF_8);
  }
}
