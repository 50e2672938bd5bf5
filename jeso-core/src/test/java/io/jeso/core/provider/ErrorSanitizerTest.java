package io.jeso.core.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorSanitizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # raw provider text                                                     | sanitized
          connection refused                                                       | connection refused
          status code: 404, request id: 3f2a9c1e-1b2c-4d5e-8f90-123456789abc        | status code: 404, request id: 3f2a9c1e-1b2c-4d5e-8f90-123456789abc
          Unrecognized token 'hunter2': was expecting (JSON String)                 | Unrecognized token <redacted> was expecting (JSON String)
          invalid character "s3cr3t" looking for beginning of value                | invalid character <redacted> looking for beginning of value
          body was {"password":"p4ss","user":"me"}                                  | body was <redacted>
          nested {"a":{"b":[1,2,{"c":"d"}]}} here                                   | nested <redacted> here
          Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc            | Authorization: Bearer <redacted>
          GET https://user:pa55@vault.local:8200/v1/secret?token=abc failed        | GET https://<redacted>@vault.local:8200/v1/secret?<redacted> failed
          env PASSWORD=hunter2 and KEY=abc                                          | env PASSWORD=<redacted> and KEY=<redacted>
          password: hunter2, user alice                                             | password: <redacted>, user alice
          client_secret: Xyz, status: 401                                           | client_secret: <redacted>, status: 401
          token AKIAIOSFODNN7EXAMPLEKEY123 rejected                                 | token <redacted> rejected
          value 1234567 is not a string                                            | value <redacted> is not a string
          port 8200 closed                                                          | port 8200 closed
          secret my-application-database-password not found                         | secret my-application-database-password not found
          """)
  void scrubsValuesAndKeepsExplanations(String raw, String expected) {
    assertThat(ErrorSanitizer.sanitize(raw)).isEqualTo(expected);
  }

  @Test
  void cutsJacksonSourceLocationAndPemBlocks() {
    String jackson =
        "Unexpected character ('x' (code 120)): was expecting comma\n at [Source: (byte[])\"{\"a\":\"secret\"x\"; line: 1, column: 14]";
    assertThat(ErrorSanitizer.sanitize(jackson))
        .isEqualTo("Unexpected character (<redacted> (code 120)): was expecting comma");
    String pem =
        "bad key -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\n-----END PRIVATE KEY----- end";
    assertThat(ErrorSanitizer.sanitize(pem)).isEqualTo("bad key <redacted> end");
  }

  @Test
  void nullAndBlankBecomeEmptyAndLongTextIsCut() {
    assertThat(ErrorSanitizer.sanitize(null)).isEmpty();
    assertThat(ErrorSanitizer.sanitize("  \n ")).isEmpty();
    assertThat(ErrorSanitizer.sanitize("word ".repeat(200))).hasSize(ErrorSanitizer.MAX_LENGTH);
  }

  @Test
  void providerExceptionsNeverCarryTheRawCause() {
    IllegalStateException raw = new IllegalStateException("could not parse \"hunter2\"");
    ProviderException e = new ProviderException("reading key db/creds failed", raw);

    assertThat(e.getMessage()).isEqualTo("reading key db/creds failed: could not parse <redacted>");
    assertThat(e.getCause()).isInstanceOf(SanitizedThrowable.class);
    assertThat(e.getCause().getMessage())
        .doesNotContain("hunter2")
        .startsWith(IllegalStateException.class.getName());
    assertThat(e.getCause().getStackTrace()).isEqualTo(raw.getStackTrace());
    assertThat(((SanitizedThrowable) e.getCause()).originalType())
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(e.reason()).isEqualTo("ProviderError");
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void causeChainsAreSanitizedRecursively() {
    Exception root = new RuntimeException("PASSWORD=hunter2");
    Exception mid = new RuntimeException("wrapped", root);
    AuthenticationException e = new AuthenticationException("login failed", mid);

    assertThat(ErrorSanitizer.describe(e)).doesNotContain("hunter2").contains("login failed");
    assertThat(e.getCause().getCause().getMessage()).contains("PASSWORD=<redacted>");
  }

  @Test
  void typedErrorsSayWhetherToRetry() {
    assertThat(new NoSecretException("gone").retryable()).isFalse();
    assertThat(new NoSecretException("gone").reason()).isEqualTo("NotFound");
    assertThat(new InvalidStoreException("bad").retryable()).isFalse();
    assertThat(new AuthenticationException("denied").retryable()).isTrue();
    assertThat(new ProviderException("down").retryable()).isTrue();
  }
}
