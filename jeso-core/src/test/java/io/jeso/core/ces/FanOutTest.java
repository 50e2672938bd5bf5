package io.jeso.core.ces;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.jeso.api.Annotations;
import io.jeso.api.clusterexternalsecret.ClusterExternalSecretSpec;
import io.jeso.api.clusterexternalsecret.ExternalSecretMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FanOutTest {
  private static final List<FanOut.Namespace> NAMESPACES =
      List.of(
          new FanOut.Namespace("team-a", Map.of("tier", "app"), false),
          new FanOut.Namespace("team-b", Map.of("tier", "app"), false),
          new FanOut.Namespace("dying", Map.of("tier", "app"), true),
          new FanOut.Namespace("infra", Map.of("tier", "infra"), false));

  private static ClusterExternalSecretSpec selecting(String tier) {
    ClusterExternalSecretSpec spec = new ClusterExternalSecretSpec();
    spec.setNamespaceSelectors(
        List.of(new LabelSelectorBuilder().addToMatchLabels("tier", tier).build()));
    return spec;
  }

  @Test
  void provisionsMatchingNamespacesButNotTerminatingOnes() {
    FanOut.Plan plan = FanOut.plan(selecting("app"), NAMESPACES, List.of());

    assertThat(plan.provision()).containsExactly("team-a", "team-b");
    assertThat(plan.failed()).isEmpty();
    assertThat(plan.remove()).isEmpty();
  }

  @Test
  void oredSelectorsAndTheDeprecatedFieldsAllCount() {
    ClusterExternalSecretSpec spec = selecting("nothing");
    spec.setNamespaces(List.of("infra"));
    spec.setNamespaceSelector(new LabelSelectorBuilder().addToMatchLabels("tier", "app").build());

    assertThat(FanOut.plan(spec, NAMESPACES, List.of()).provision())
        .containsExactly("infra", "team-a", "team-b");
  }

  @Test
  void noSelectorSelectsNothing() {
    assertThat(FanOut.plan(new ClusterExternalSecretSpec(), NAMESPACES, List.of()).provision())
        .isEmpty();
  }

  @Test
  void refusesToTakeOverAForeignExternalSecretAndRemovesChildrenThatNoLongerMatch() {
    List<FanOut.Child> children =
        List.of(
            new FanOut.Child("team-b", false),
            new FanOut.Child("infra", true),
            new FanOut.Child("team-a", true));

    FanOut.Plan plan = FanOut.plan(selecting("app"), NAMESPACES, children);

    assertThat(plan.provision()).containsExactly("team-a");
    assertThat(plan.failed()).containsExactly(Map.entry("team-b", FanOut.ALREADY_EXISTS));
    assertThat(plan.remove()).containsExactly("infra");
  }

  @Test
  void childrenGetTheMetadataAndTheParentsForceSync() {
    ClusterExternalSecretSpec spec = selecting("app");
    ExternalSecretMetadata metadata = new ExternalSecretMetadata();
    metadata.setLabels(Map.of("team", "x"));
    metadata.setAnnotations(Map.of("note", "y"));
    spec.setExternalSecretMetadata(metadata);

    assertThat(FanOut.childLabels(spec)).containsExactly(Map.entry("team", "x"));
    assertThat(FanOut.childAnnotations(spec, Map.of(Annotations.FORCE_SYNC, "123", "other", "z")))
        .containsOnly(Map.entry("note", "y"), Map.entry(Annotations.FORCE_SYNC, "123"));
    assertThat(FanOut.childName("ces", spec)).isEqualTo("ces");
    spec.setExternalSecretName("child");
    assertThat(FanOut.childName("ces", spec)).isEqualTo("child");
  }
}
