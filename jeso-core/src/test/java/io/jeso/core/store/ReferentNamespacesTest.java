package io.jeso.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ReferencedSecret;
import io.jeso.core.provider.ServiceAccountRef;
import io.jeso.core.provider.TokenMinter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferentNamespacesTest {
  private static final StoreRef SS = StoreRef.secretStore("team-a", "ss");
  private static final StoreRef CSS = StoreRef.clusterSecretStore("css");

  @ParameterizedTest(name = "{0} acting for {1}, ref ns {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # store | acting ns | written ns | resolved ns, or the error
          SS      | team-a    | -          | team-a
          SS      | team-a    | team-a     | team-a
          SS      | team-a    | team-b     | ERR namespace should either be empty or match the namespace of the SecretStore for a namespaced SecretStore
          SS      | -         | -          | team-a
          CSS     | team-b    | vault-auth | vault-auth
          CSS     | team-b    | -          | team-b
          CSS     | -         | vault-auth | vault-auth
          CSS     | -         | -          | ERR referent authentication
          """)
  void resolve(String store, String acting, String written, String expected) {
    StoreRef ref = store.equals("SS") ? SS : CSS;
    if (expected.startsWith("ERR ")) {
      assertThatThrownBy(() -> ReferentNamespaces.resolve(ref, acting, written))
          .isInstanceOf(InvalidStoreException.class)
          .hasMessageContaining(expected.substring(4));
    } else {
      assertThat(resolveQuietly(ref, acting, written)).isEqualTo(expected);
    }
  }

  @Test
  void admissionValidation() throws Exception {
    ReferentNamespaces.validate(SS, null, false);
    ReferentNamespaces.validate(SS, "team-a", false);
    ReferentNamespaces.validate(CSS, "x", false);
    ReferentNamespaces.validate(CSS, null, true);
    assertThatThrownBy(() -> ReferentNamespaces.validate(CSS, null, false))
        .hasMessage("cluster scope requires namespace");
    assertThatThrownBy(() -> ReferentNamespaces.validate(SS, "other", true))
        .hasMessage(ReferentNamespaces.NAMESPACE_NOT_ALLOWED);
    assertThat(ReferentNamespaces.isReferent(CSS, "")).isTrue();
    assertThat(ReferentNamespaces.isReferent(SS, null)).isFalse();
  }

  @Test
  void guardedReaderReadsOnlyAllowedNamespaces() throws Exception {
    RecordingObjects objects = new RecordingObjects();
    GuardedReferenceReader reader = new GuardedReferenceReader(SS, "team-a", objects);

    assertThat(reader.secret("creds", null).namespace()).isEqualTo("team-a");
    assertThatThrownBy(() -> reader.secret("creds", "kube-system"))
        .isInstanceOf(InvalidStoreException.class);
    assertThat(objects.reads).containsExactly("secret team-a/creds");

    GuardedReferenceReader referent = new GuardedReferenceReader(CSS, "team-b", objects);
    assertThat(
            new String(
                referent.secretValue(new io.jeso.core.provider.KeyRef("creds", "token", null))))
        .isEqualTo("v");
    assertThatThrownBy(
            () -> referent.secretValue(new io.jeso.core.provider.KeyRef("creds", "nope", null)))
        .hasMessage("key nope not found in Secret team-b/creds");
    assertThatThrownBy(() -> referent.secret("missing", null))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessage("Secret team-b/missing not found");
    assertThatThrownBy(() -> referent.configMap("missing", null))
        .hasMessage("ConfigMap team-b/missing not found");
    assertThat(referent.serviceAccountAnnotations(new ServiceAccountRef("sa", null, null)))
        .containsEntry("ns", "team-b");
  }

  @Test
  void guardedMinterMergesAudiencesAndChecksNamespace() throws Exception {
    RecordingObjects objects = new RecordingObjects();
    GuardedTokenMinter minter = new GuardedTokenMinter(CSS, "team-b", objects);
    minter.mint(
        new ServiceAccountRef("sa", null, List.of("extra", "sts")),
        List.of("sts"),
        Duration.ofMinutes(10));
    assertThat(objects.reads).containsExactly("token team-b/sa [sts, extra]");

    GuardedTokenMinter namespaced = new GuardedTokenMinter(SS, "team-a", objects);
    assertThatThrownBy(
            () ->
                namespaced.mint(
                    new ServiceAccountRef("sa", "kube-system", null),
                    List.of(),
                    Duration.ofMinutes(1)))
        .hasMessage(ReferentNamespaces.NAMESPACE_NOT_ALLOWED);
  }

  private static String resolveQuietly(StoreRef ref, String acting, String written) {
    try {
      return ReferentNamespaces.resolve(ref, acting, written);
    } catch (InvalidStoreException e) {
      throw new AssertionError(e);
    }
  }

  /** Records what the guard let through; every object exists except those named "missing". */
  static final class RecordingObjects implements ClusterObjects {
    final List<String> reads = new ArrayList<>();

    @Override
    public Optional<ReferencedSecret> secret(String namespace, String name) {
      if (name.equals("missing")) {
        return Optional.empty();
      }
      reads.add("secret " + namespace + "/" + name);
      return Optional.of(
          new ReferencedSecret(namespace, name, Map.of("token", "v".getBytes()), Map.of()));
    }

    @Override
    public Optional<Map<String, String>> configMap(String namespace, String name) {
      return name.equals("missing") ? Optional.empty() : Optional.of(Map.of());
    }

    @Override
    public Optional<Map<String, String>> serviceAccountAnnotations(String namespace, String name) {
      return Optional.of(Map.of("ns", namespace));
    }

    @Override
    public Optional<TokenMinter.Token> requestToken(
        String namespace, String name, List<String> audiences, Duration expiration) {
      reads.add("token " + namespace + "/" + name + " " + audiences);
      return Optional.of(new TokenMinter.Token("t", Instant.EPOCH));
    }
  }
}
