package io.jeso.provider.vault.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vault's error answers, as Vault writes them, turned into typed errors. The bodies here carry a
 * canary where a careless mapping could copy a value.
 */
class VaultErrorsTest {
  private static VaultResponse answer(int status, String body) {
    return new VaultResponse(status, VaultJson.parse(body.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "403|{\"errors\":[\"permission denied CANARY\"]}|AuthenticationException|permission denied",
        "503|{\"errors\":[\"Vault is sealed\"]}|ProviderException|Vault is sealed (HTTP 503)",
        "503|{\"errors\":[]}|ProviderException|Vault is unavailable (HTTP 503)",
        "500|{\"errors\":[\"CANARY\"]}|ProviderException|Vault failed",
        "429|{}|ProviderException|rate-limited",
        "412|{}|ProviderException|has not caught up",
        "400|{\"errors\":[\"check-and-set parameter did not match the current version\"]}|ProviderException|check-and-set failed",
        "400|{\"errors\":[\"invalid value CANARY\"]}|ProviderException|Vault rejected the request",
      })
  void mapsStatuses(int status, String body, String type, String words) {
    SecretProviderException e = VaultErrors.of(answer(status, body), "reading secret/data/app");
    assertEquals(type, e.getClass().getSimpleName());
    assertTrue(e.getMessage().contains(words), e.getMessage());
    assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
    assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
  }

  @Test
  void aRejectedLoginKeepsVaultsReasonSanitized() {
    SecretProviderException e =
        VaultErrors.loginFailed(
            answer(400, "{\"errors\":[\"invalid role or secret ID\"]}"), "AppRole (auth/approle)");
    assertInstanceOf(AuthenticationException.class, e);
    assertEquals(
        "login with AppRole (auth/approle) failed (HTTP 400): invalid role or secret ID",
        e.getMessage());
    SecretProviderException quoted =
        VaultErrors.loginFailed(
            answer(400, "{\"errors\":[\"bad jwt \\\"CANARY-0123456789abcdef0123\\\"\"]}"), "JWT");
    assertFalse(quoted.getMessage().contains("CANARY"), quoted.getMessage());
    assertInstanceOf(
        ProviderException.class, VaultErrors.loginFailed(answer(503, "{}"), "AppRole"));
  }
}
