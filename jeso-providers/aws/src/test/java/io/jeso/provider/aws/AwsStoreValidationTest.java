package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.aws.AwsAuth;
import io.jeso.api.store.aws.AwsAuthSecretRef;
import io.jeso.api.store.aws.AwsJwtAuth;
import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.aws.AwsService;
import io.jeso.api.store.aws.AwsSessionTag;
import io.jeso.api.store.aws.SessionTagsPolicy;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.provider.TestStoreContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsStoreValidationTest {
  static final StoreRef STORE = StoreRef.secretStore("team-a", "aws");
  static final StoreRef CLUSTER = StoreRef.clusterSecretStore("aws");
  private final AwsSecretProvider provider = new AwsSecretProvider(Map.<String, String>of()::get);

  static AwsProvider sm() {
    return new AwsProvider().withService(AwsService.SECRETS_MANAGER).withRegion("eu-west-1");
  }

  static SecretKeySelector key(String name, String key, String namespace) {
    SecretKeySelector s = new SecretKeySelector();
    s.setName(name);
    s.setKey(key);
    s.setNamespace(namespace);
    return s;
  }

  static AwsAuth keys(String namespace) {
    return new AwsAuth()
        .withSecretRef(
            new AwsAuthSecretRef()
                .withAccessKeyIDSecretRef(key("aws", "id", namespace))
                .withSecretAccessKeySecretRef(key("aws", "secret", namespace)));
  }

  static AwsAuth jwt(String namespace) {
    ServiceAccountSelector sa = new ServiceAccountSelector();
    sa.setName("reader");
    sa.setNamespace(namespace);
    return new AwsAuth().withJwt(new AwsJwtAuth().withServiceAccountRef(sa));
  }

  @Test
  void aMinimalStoreIsValid() throws Exception {
    assertEquals(List.of(), provider.validateStore(STORE, sm()));
    assertEquals(List.of(), provider.validateStore(STORE, sm().withAuth(keys(null))));
    assertEquals(List.of(), provider.validateStore(STORE, sm().withAuth(jwt(null))));
  }

  @Test
  void certificateManagerIsClearlyUnsupported() {
    InvalidStoreException e =
        assertThrows(
            InvalidStoreException.class,
            () -> provider.validateStore(STORE, sm().withService(AwsService.CERTIFICATE_MANAGER)));
    assertTrue(e.getMessage().contains("CertificateManager is not supported"), e.getMessage());
  }

  @Test
  void serviceAndRegionAreRequired() {
    assertThrows(
        InvalidStoreException.class, () -> provider.validateStore(STORE, sm().withService(null)));
    assertThrows(
        InvalidStoreException.class, () -> provider.validateStore(STORE, sm().withRegion("")));
    InvalidStoreException e =
        assertThrows(
            InvalidStoreException.class,
            () -> provider.validateStore(STORE, sm().withRegion("Frankfurt")));
    assertTrue(e.getMessage().contains("eu-west-1"), e.getMessage());
  }

  @Test
  void secretRefNeedsBothKeys() {
    AwsAuth auth =
        new AwsAuth()
            .withSecretRef(new AwsAuthSecretRef().withAccessKeyIDSecretRef(key("aws", "id", null)));
    InvalidStoreException e =
        assertThrows(
            InvalidStoreException.class, () -> provider.validateStore(STORE, sm().withAuth(auth)));
    assertTrue(e.getMessage().contains("secretAccessKeySecretRef"), e.getMessage());
    AwsAuth noKey =
        new AwsAuth()
            .withSecretRef(
                new AwsAuthSecretRef()
                    .withAccessKeyIDSecretRef(key("aws", null, null))
                    .withSecretAccessKeySecretRef(key("aws", "secret", null)));
    assertThrows(
        InvalidStoreException.class, () -> provider.validateStore(STORE, sm().withAuth(noKey)));
  }

  @Test
  void aSecretStoreCannotReferenceAnotherNamespace() {
    assertThrows(
        InvalidStoreException.class,
        () -> provider.validateStore(STORE, sm().withAuth(keys("team-b"))));
    assertThrows(
        InvalidStoreException.class,
        () -> provider.validateStore(STORE, sm().withAuth(jwt("team-b"))));
    assertThrows(
        InvalidStoreException.class,
        () ->
            provider.validateStore(
                STORE, sm().withAuth(jwt(null)).withAuth(new AwsAuth().withJwt(new AwsJwtAuth()))));
  }

  @Test
  void rolesMustBeArns() throws Exception {
    assertThrows(
        InvalidStoreException.class, () -> provider.validateStore(STORE, sm().withRole("reader")));
    assertThrows(
        InvalidStoreException.class,
        () ->
            provider.validateStore(
                STORE, sm().withAdditionalRoles(List.of("arn:aws:iam::1:role/a", "b"))));
    assertEquals(
        List.of(),
        provider.validateStore(STORE, sm().withRole("arn:aws:iam::111122223333:role/r")));
  }

  @Test
  void reservedSessionTagsAreRejected() {
    AwsProvider spec =
        sm().withRole("arn:aws:iam::1:role/r")
            .withSessionTagsPolicy(SessionTagsPolicy.CUSTOM)
            .withCustomSessionTags(Map.of("esoNamespace", "other"));
    assertThrows(InvalidStoreException.class, () -> provider.validateStore(STORE, spec));
  }

  @Test
  void settingsWithoutEffectAreWarnedAbout() throws Exception {
    List<String> warnings =
        provider.validateStore(
            STORE,
            sm().withSessionTags(List.of(new AwsSessionTag().withKey("a").withValue("b")))
                .withCustomSessionTags(Map.of("team", "x")));
    assertEquals(2, warnings.size(), warnings.toString());
    AwsAuth both = keys(null).withJwt(jwt(null).getJwt());
    assertFalse(provider.validateStore(STORE, sm().withAuth(both)).isEmpty());
  }

  @Test
  void referentAuthIsUnknownWhileTheStoreIsValidated() throws Exception {
    assertTrue(AwsSecretProvider.isReferent(CLUSTER, keys(null)));
    assertTrue(AwsSecretProvider.isReferent(CLUSTER, jwt(null)));
    assertFalse(AwsSecretProvider.isReferent(CLUSTER, keys("ops")));
    assertFalse(AwsSecretProvider.isReferent(STORE, keys(null)));

    var context =
        new TestStoreContext<>(
            CLUSTER, sm().withAuth(keys(null)), null, TestStoreContext.NO_OBJECTS);
    try (var client = provider.newClient(context)) {
      assertEquals(StoreValidation.Result.UNKNOWN, client.validate().result());
    }
  }
}
