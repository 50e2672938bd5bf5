package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.aws.AwsSessionTag;
import io.jeso.api.store.aws.SessionTagsPolicy;
import io.jeso.core.store.StoreRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sts.model.Tag;

class SessionTagsTest {
  private static Map<String, String> tags(AwsProvider spec, StoreRef store, String acting) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Tag t : SessionTags.of(spec, store, acting)) {
      out.put(t.key(), t.value());
    }
    return out;
  }

  private static AwsProvider spec() {
    return new AwsProvider()
        .withSessionTags(List.of(new AwsSessionTag().withKey("env").withValue("prod")));
  }

  @Test
  void noneKeepsOnlyTheStoresTags() {
    assertEquals(
        Map.of("env", "prod"), tags(spec(), StoreRef.secretStore("team-b", "s"), "team-b"));
  }

  @Test
  void simpleAddsNamespaceStoreAndKind() {
    AwsProvider spec = spec().withSessionTagsPolicy(SessionTagsPolicy.SIMPLE);
    assertEquals(
        Map.of(
            "env", "prod",
            "esoNamespace", "team-b",
            "esoStoreName", "team-b-store",
            "esoStoreKind", "SecretStore"),
        tags(spec, StoreRef.secretStore("team-b", "team-b-store"), null));
    // A ClusterSecretStore tags the namespace of the ExternalSecret it serves.
    assertEquals(
        Map.of(
            "env", "prod",
            "esoNamespace", "team-c",
            "esoStoreName", "shared",
            "esoStoreKind", "ClusterSecretStore"),
        tags(spec, StoreRef.clusterSecretStore("shared"), "team-c"));
  }

  @Test
  void customAddsItsTagsButCannotOverrideTheBuiltIns() {
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put("team", "platform");
    custom.put("empty", "");
    custom.put("esoStoreName", "spoofed");
    AwsProvider spec =
        spec().withSessionTagsPolicy(SessionTagsPolicy.CUSTOM).withCustomSessionTags(custom);
    Map<String, String> tags = tags(spec, StoreRef.secretStore("ns", "real"), "ns");
    assertEquals("platform", tags.get("team"));
    assertEquals("real", tags.get("esoStoreName"));
    assertEquals(false, tags.containsKey("empty"));
  }

  @Test
  void customTagsAreIgnoredUnderOtherPolicies() {
    AwsProvider spec =
        spec()
            .withSessionTagsPolicy(SessionTagsPolicy.SIMPLE)
            .withCustomSessionTags(Map.of("team", "x"));
    assertEquals(false, tags(spec, StoreRef.secretStore("ns", "s"), null).containsKey("team"));
  }
}
