package io.jeso.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.jeso.core.provider.InvalidStoreException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubeconfigAuthTest {
  private static final String TEMPLATE =
      """
      apiVersion: v1
      kind: Config
      clusters:
      - name: c
        cluster:
          server: https://remote.example:6443
      users:
      - name: u
        user:
          %s
      contexts:
      - name: ctx
        context: {cluster: c, user: u}
      current-context: ctx
      """;

  @Test
  void takesServerAndInlineToken() throws Exception {
    Config config = parse("token: abc").build();
    assertThat(config.getMasterUrl()).startsWith("https://remote.example:6443");
    assertThat(config.getOauthToken()).isEqualTo("abc");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token | tokenFile",
        "client-certificate: /etc/cert.pem | client-certificate",
        "exec: {command: /bin/sh, apiVersion: client.authentication.k8s.io/v1} | exec",
        "as: system:admin | impersonation",
      })
  void refusesWhatWouldUseTheOperatorsFilesOrRunCommands(String user, String named) {
    assertThatThrownBy(() -> parse(user))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageContaining(named)
        .hasMessageContaining("authRef Secret kc");
  }

  @Test
  void aBrokenKubeconfigDoesNotQuoteItsContent() {
    byte[] broken = "users: [ {token: SECRET-TOKEN".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> KubeconfigAuth.parse(broken, "authRef Secret kc", builder()))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageNotContaining("SECRET-TOKEN");
  }

  private static ConfigBuilder parse(String user) throws InvalidStoreException {
    byte[] yaml = TEMPLATE.formatted(user).getBytes(StandardCharsets.UTF_8);
    return KubeconfigAuth.parse(yaml, "authRef Secret kc", builder());
  }

  private static ConfigBuilder builder() {
    return new ConfigBuilder(Config.empty());
  }
}
