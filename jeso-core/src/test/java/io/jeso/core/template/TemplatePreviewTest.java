package io.jeso.core.template;

import static io.jeso.core.template.T.bytes;
import static io.jeso.core.template.T.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jeso.api.externalsecret.ExternalSecretSpec;
import io.jeso.api.externalsecret.ExternalSecretTarget;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.api.externalsecret.TemplateMetadata;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.sync.TemplateRenderer.TemplateException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code jeso template} shows for an ExternalSecret. */
class TemplatePreviewTest {
  private static final TemplatePreview PREVIEW = new TemplatePreview(new GoTemplateRenderer());

  private static ExternalSecret es(ExternalSecretTarget target) {
    ExternalSecret es = new ExternalSecret();
    ObjectMeta meta = new ObjectMeta();
    meta.setName("app");
    meta.setLabels(Map.of("from-es", "x"));
    es.setMetadata(meta);
    es.setSpec(new ExternalSecretSpec());
    es.getSpec().setTarget(target);
    return es;
  }

  @Test
  void withoutATemplateTheDataAndTheExternalSecretsMetadataAreCopied() throws Exception {
    TemplatePreview.Preview p =
        PREVIEW.externalSecret(es(new ExternalSecretTarget()), bytes("k", "v"), Map.of());

    assertThat(p.name()).isEqualTo("app");
    assertThat(p.type()).isEqualTo("Opaque");
    assertThat(text(p.data())).isEqualTo(Map.of("k", "v"));
    assertThat(p.labels()).isEqualTo(Map.of("from-es", "x"));
  }

  @Test
  void aTemplateRendersWithItsMetadataAndFinalizers() throws Exception {
    ExternalSecretTarget target =
        new ExternalSecretTarget()
            .withName("other")
            .withTemplate(
                T.data("u", "{{ .k | upper }}")
                    .withMetadata(
                        new TemplateMetadata()
                            .withLabels(Map.of("l", "{{ .k }}"))
                            .withFinalizers(List.of("example.com/f"))));

    TemplatePreview.Preview p = PREVIEW.externalSecret(es(target), bytes("k", "v"), Map.of());

    assertThat(p.name()).isEqualTo("other");
    assertThat(text(p.data())).isEqualTo(Map.of("u", "V"));
    assertThat(p.labels()).isEqualTo(Map.of("l", "v"));
    assertThat(p.finalizers()).containsExactly("example.com/f");
  }

  @Test
  void refusesWhatTheOperatorRefuses() {
    ExternalSecretTarget target =
        new ExternalSecretTarget()
            .withTemplate(
                new ExternalSecretTemplate()
                    .withTemplateFrom(
                        List.of(new TemplateFrom().withLiteral("a: b").withTarget("spec"))));

    assertThatThrownBy(() -> PREVIEW.externalSecret(es(target), Map.of(), Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith(
            "invalid ExternalSecret: templateFrom target=\"spec\" is not allowed");
  }
}
