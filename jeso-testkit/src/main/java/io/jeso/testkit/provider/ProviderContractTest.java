package io.jeso.testkit.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.PushRemoteRef;
import io.jeso.core.provider.PushRequest;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.testkit.provider.ProviderFixture.Feature;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The behaviour every provider shares, run against each provider's real backend (or the fake's
 * store). A provider module extends this class in its tests and supplies a {@link ProviderFixture};
 * tests of features the fixture does not list are skipped.
 *
 * <p>Every stored value is a canary ({@link Canaries}); every error a client throws is checked for
 * canaries in its message, its {@code toString()} and its causes, because a value in an error
 * message ends up in status conditions, events and logs.
 */
public abstract class ProviderContractTest {
  private final Canaries canaries = new Canaries();
  private ProviderFixture fixture;

  /**
   * A fresh fixture for one test; it is closed after the test. It is created on first use inside
   * the test, after every {@code @BeforeEach} method of the subclass has run, so those can prepare
   * what it needs (a namespace, a peer's address).
   */
  protected abstract ProviderFixture newFixture() throws Exception;

  @AfterEach
  void closeFixture() throws Exception {
    if (fixture != null) {
      fixture.close();
      fixture = null;
    }
  }

  // ---- get: whole value and properties

  @Test
  void getsTheWholeSecretAsJson() throws Exception {
    String key = newKey("whole");
    Map<String, String> content = Map.of("user", canary(), "password", canary());
    fixture().putJson(key, content);

    byte[] value = get(RemoteRef.of(key));

    assertEquals(Json.tree(content), Json.parse(value));
  }

  @Test
  void getsAPlainValueUnchanged() throws Exception {
    assumeTrue(has(Feature.PLAIN_VALUES));
    String key = newKey("plain");
    String value = canary() + " with spaces\nand a second line";
    fixture().put(key, value);

    assertEquals(value, utf8(get(RemoteRef.of(key))));
  }

  @Test
  void getsATopLevelProperty() throws Exception {
    String key = newKey("prop");
    String password = canary();
    fixture().putJson(key, Map.of("user", canary(), "password", password));

    assertEquals(password, utf8(get(RemoteRef.of(key).withProperty("password"))));
  }

  @Test
  void getsANestedPropertyByJsonPath() throws Exception {
    String key = newKey("nested");
    String user = canary();
    fixture().putJson(key, Map.of("db", Map.of("user", user, "port", 5432), "other", canary()));

    assertEquals(user, utf8(get(RemoteRef.of(key).withProperty("db.user"))));
    assertEquals("5432", utf8(get(RemoteRef.of(key).withProperty("db.port"))));
  }

  // ---- versions

  @Test
  void selectsAVersion() throws Exception {
    assumeTrue(has(Feature.VERSIONS));
    String key = newKey("versions");
    String first = canary();
    String second = canary();
    String v1 = fixture().putVersion(key, Map.of("value", first));
    String v2 = fixture().putVersion(key, Map.of("value", second));

    RemoteRef ref = RemoteRef.of(key).withProperty("value");
    assertEquals(first, utf8(get(ref.withVersion(v1))));
    assertEquals(second, utf8(get(ref.withVersion(v2))));
  }

  @Test
  void aMissingVersionIsNoSecret() throws Exception {
    assumeTrue(has(Feature.VERSIONS));
    String key = newKey("noversion");
    fixture().putVersion(key, Map.of("value", canary()));

    RemoteRef ref = RemoteRef.of(key).withVersion(fixture().missingVersion());
    expect(NoSecretException.class, () -> client().getSecret(ref));
  }

  // ---- not found

  @Test
  void aMissingKeyIsNoSecret() throws Exception {
    RemoteRef ref = RemoteRef.of(newKey("absent"));
    SecretsClient client = client();

    expect(NoSecretException.class, () -> client.getSecret(ref));
    expect(NoSecretException.class, () -> client.getSecret(ref.withProperty("password")));
    expect(NoSecretException.class, () -> client.getSecretMap(ref));
  }

  @Test
  void aDeletedKeyIsNoSecret() throws Exception {
    String key = newKey("deleted");
    fixture().putJson(key, Map.of("password", canary()));
    fixture().delete(key);

    expect(NoSecretException.class, () -> client().getSecret(RemoteRef.of(key)));
  }

  @Test
  void aMissingPropertyIsNoSecret() throws Exception {
    String key = newKey("noprop");
    fixture().putJson(key, Map.of("user", canary(), "db", Map.of("host", canary())));
    SecretsClient client = client();

    expect(NoSecretException.class, () -> client.getSecret(RemoteRef.of(key).withProperty("pw")));
    expect(
        NoSecretException.class, () -> client.getSecret(RemoteRef.of(key).withProperty("db.port")));
  }

  // ---- getSecretMap (dataFrom.extract)

  @Test
  void getsTheTopLevelEntriesAsAMap() throws Exception {
    String key = newKey("map");
    String user = canary();
    Map<String, Object> nested = Map.of("host", canary(), "port", 5432);
    fixture().putJson(key, Map.of("user", user, "db", nested, "replicas", 3, "tls", true));

    Map<String, byte[]> map = getMap(RemoteRef.of(key));

    assertEquals(Set.of("user", "db", "replicas", "tls"), map.keySet());
    assertEquals(user, utf8(map.get("user")), "string values are unquoted");
    assertEquals(Json.tree(nested), Json.parse(map.get("db")), "objects stay JSON");
    assertEquals("3", utf8(map.get("replicas")));
    assertEquals("true", utf8(map.get("tls")));
  }

  // ---- find (dataFrom.find)

  @Test
  void findsSecretsByNameRegexp() throws Exception {
    assumeTrue(has(Feature.FIND_BY_NAME));
    String run = runId();
    String a = fixture().key(run + "-match-a");
    String b = fixture().key(run + "-match-b");
    Map<String, String> contentA = Map.of("value", canary());
    Map<String, String> contentB = Map.of("value", canary());
    fixture().putJson(a, contentA);
    fixture().putJson(b, contentB);
    fixture().putJson(fixture().key(run + "-other"), Map.of("value", canary()));

    Map<String, byte[]> found = find(FindRequest.byName(run + "-match-"));

    assertEquals(Set.of(a, b), found.keySet());
    assertEquals(Json.tree(contentA), Json.parse(found.get(a)));
    assertEquals(Json.tree(contentB), Json.parse(found.get(b)));
  }

  @Test
  void findWithoutMatchesIsEmpty() throws Exception {
    assumeTrue(has(Feature.FIND_BY_NAME));
    fixture().putJson(newKey("present"), Map.of("value", canary()));

    assertEquals(Map.of(), find(FindRequest.byName("^nothing-is-called-" + runId() + "$")));
  }

  @Test
  void anInvalidFindRegexpIsAClearError() throws Exception {
    assumeTrue(has(Feature.FIND_BY_NAME));
    SecretProviderException e =
        expect(
            SecretProviderException.class, () -> client().getAllSecrets(FindRequest.byName("(")));
    assertFalse(e instanceof NoSecretException, "a bad expression is not a missing secret");
    assertTrue(e.getMessage().contains("("), "the message names the expression: " + e);
  }

  @Test
  void findsSecretsByTags() throws Exception {
    assumeTrue(has(Feature.FIND_BY_TAGS));
    String run = runId();
    String a = fixture().key(run + "-tagged-a");
    String b = fixture().key(run + "-tagged-b");
    Map<String, String> content = Map.of("value", canary());
    fixture().putTagged(a, content, Map.of("jeso-contract", run, "tier", "one"));
    fixture().putTagged(b, content, Map.of("jeso-contract", run));
    fixture().putTagged(fixture().key(run + "-other-tag"), content, Map.of("jeso-contract", "no"));
    fixture().putJson(fixture().key(run + "-untagged"), content);

    Map<String, byte[]> found = find(FindRequest.byTags(Map.of("jeso-contract", run)));
    assertEquals(Set.of(a, b), found.keySet());
    assertEquals(Json.tree(content), Json.parse(found.get(a)));

    Map<String, String> both = Map.of("jeso-contract", run, "tier", "one");
    assertEquals(Set.of(a), find(FindRequest.byTags(both)).keySet());
  }

  @Test
  void findByTagsIsRejectedWhenUnsupported() throws Exception {
    assumeFalse(has(Feature.FIND_BY_TAGS));
    FindRequest byTags = FindRequest.byTags(Map.of("team", "a"));
    expect(InvalidStoreException.class, () -> client().getAllSecrets(byTags));
  }

  // ---- push, exists, delete (PushSecret)

  @Test
  void pushesAPropertyAndDeletesIt() throws Exception {
    assumeTrue(has(Feature.PUSH));
    String key = newKey("push");
    String value = canary();
    SecretsClient client = client();
    PushRemoteRef remote = new PushRemoteRef(key, "password");
    assertFalse(client.secretExists(remote), "nothing pushed yet");

    client.pushSecret(new PushRequest(remote, "source-key", bytes(value), Map.of()));

    assertTrue(client.secretExists(remote));
    assertTrue(client.secretExists(new PushRemoteRef(key, null)));
    assertEquals(value, utf8(get(client, RemoteRef.of(key).withProperty("password"))));

    client.deleteSecret(remote);

    assertFalse(client.secretExists(remote));
    expect(
        NoSecretException.class,
        () -> client.getSecret(RemoteRef.of(key).withProperty("password")));
  }

  @Test
  void pushingAgainReplacesTheValue() throws Exception {
    assumeTrue(has(Feature.PUSH));
    String key = newKey("repush");
    String newer = canary();
    SecretsClient client = client();
    PushRemoteRef remote = new PushRemoteRef(key, "password");

    client.pushSecret(new PushRequest(remote, "source-key", bytes(canary()), Map.of()));
    client.pushSecret(new PushRequest(remote, "source-key", bytes(newer), Map.of()));

    assertEquals(newer, utf8(get(client, RemoteRef.of(key).withProperty("password"))));
  }

  @Test
  void pushesAWholeSecret() throws Exception {
    assumeTrue(has(Feature.PUSH));
    String key = newKey("pushall");
    Map<String, String> source = Map.of("user", canary(), "password", canary());
    SecretsClient client = client();
    PushRemoteRef remote = new PushRemoteRef(key, null);

    // Without a secretKey jeso hands over the whole source Secret as a JSON object of strings.
    client.pushSecret(new PushRequest(remote, null, bytes(Json.write(source)), Map.of()));

    assertTrue(client.secretExists(remote));
    assertEquals(Json.tree(source), Json.parse(get(client, RemoteRef.of(key))));
    client.deleteSecret(remote);
    assertFalse(client.secretExists(remote));
  }

  @Test
  void deletingWhatIsNotThereIsNoError() throws Exception {
    assumeTrue(has(Feature.PUSH));
    SecretsClient client = client();
    client.deleteSecret(new PushRemoteRef(newKey("never"), "password"));
    client.deleteSecret(new PushRemoteRef(newKey("never"), null));
  }

  @Test
  void readOnlyProvidersRejectPush() throws Exception {
    assumeFalse(has(Feature.PUSH));
    PushRemoteRef remote = new PushRemoteRef(newKey("ro"), null);
    PushRequest push = new PushRequest(remote, null, bytes(canary()), Map.of());
    expect(InvalidStoreException.class, () -> client().pushSecret(push));
  }

  // ---- no values in errors

  @Test
  void malformedJsonErrorsDoNotQuoteTheValue() throws Exception {
    assumeTrue(has(Feature.PLAIN_VALUES));
    String key = newKey("broken");
    // Broken before the value, so that even a lenient streaming parser cannot reach it.
    fixture().put(key, "{\"password\" = \"" + canary() + "\", " + canary());
    SecretsClient client = client();

    expect(
        SecretProviderException.class,
        () -> client.getSecret(RemoteRef.of(key).withProperty("password")));
    expect(SecretProviderException.class, () -> client.getSecretMap(RemoteRef.of(key)));
  }

  @Test
  void aPathIntoANonJsonValueDoesNotQuoteTheValue() throws Exception {
    String key = newKey("notjson");
    fixture().putJson(key, Map.of("blob", "{\"a\" = \"" + canary() + "\" unterminated"));

    expect(
        SecretProviderException.class,
        () -> client().getSecret(RemoteRef.of(key).withProperty("blob.a")));
  }

  @Test
  void aNonObjectSecretCannotBeExtractedAndIsNotQuoted() throws Exception {
    assumeTrue(has(Feature.PLAIN_VALUES));
    String key = newKey("scalar");
    fixture().put(key, canary());

    SecretProviderException e =
        expect(SecretProviderException.class, () -> client().getSecretMap(RemoteRef.of(key)));
    assertFalse(e instanceof NoSecretException, "the secret exists; it is just not an object");
  }

  @Test
  void clientToStringShowsNoValue() throws Exception {
    String key = newKey("tostring");
    fixture().putJson(key, Map.of("password", canary()));
    SecretsClient client = client();
    get(client, RemoteRef.of(key).withProperty("password"));

    canaries.assertAbsentFrom("the client's toString()", String.valueOf(client));
  }

  // ---- helpers for subclasses and the tests above

  /** A new canary value: unique, and checked for in every error. */
  protected final String canary() {
    return canaries.next();
  }

  /** The fixture of the running test, created on first use. */
  protected final ProviderFixture fixture() {
    if (fixture == null) {
      try {
        fixture = newFixture();
      } catch (Exception e) {
        throw new IllegalStateException("cannot create the provider fixture", e);
      }
    }
    return fixture;
  }

  private boolean has(Feature feature) {
    return fixture().features().contains(feature);
  }

  /** A fresh key for this test, through {@link ProviderFixture#key(String)}. */
  protected final String newKey(String hint) {
    return fixture().key(hint + "-" + runId());
  }

  /**
   * Runs {@code call}, which must throw {@code type}; whatever it throws must not contain a canary.
   */
  protected final <T extends Throwable> T expect(Class<T> type, Executable call) {
    try {
      call.execute();
    } catch (Throwable thrown) {
      canaries.assertAbsentFrom(thrown);
      if (type.isInstance(thrown)) {
        return type.cast(thrown);
      }
      AssertionError failure =
          new AssertionError("expected " + type.getSimpleName() + " but got " + thrown);
      failure.initCause(thrown);
      throw failure;
    }
    return fail("expected " + type.getSimpleName() + " but the call returned normally");
  }

  /** Asserts that no canary appears in {@code thrown}. */
  protected final void assertNoValueIn(Throwable thrown) {
    canaries.assertAbsentFrom(thrown);
  }

  private SecretsClient client() throws Exception {
    return fixture().client();
  }

  private byte[] get(RemoteRef ref) throws Exception {
    return get(client(), ref);
  }

  private byte[] get(SecretsClient client, RemoteRef ref) throws SecretProviderException {
    try {
      return client.getSecret(ref);
    } catch (SecretProviderException e) {
      canaries.assertAbsentFrom(e);
      throw e;
    }
  }

  private Map<String, byte[]> getMap(RemoteRef ref) throws Exception {
    try {
      return client().getSecretMap(ref);
    } catch (SecretProviderException e) {
      canaries.assertAbsentFrom(e);
      throw e;
    }
  }

  private Map<String, byte[]> find(FindRequest request) throws Exception {
    try {
      return new TreeMap<>(client().getAllSecrets(request));
    } catch (SecretProviderException e) {
      canaries.assertAbsentFrom(e);
      throw e;
    }
  }

  private static String runId() {
    return UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String utf8(byte[] b) {
    return Json.utf8(b);
  }
}
