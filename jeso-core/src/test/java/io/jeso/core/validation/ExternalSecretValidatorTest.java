package io.jeso.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.ExternalSecretData;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.externalsecret.ExternalSecretSpec;
import io.jeso.api.externalsecret.ExternalSecretTarget;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.FindName;
import io.jeso.api.externalsecret.FindRef;
import io.jeso.api.externalsecret.GeneratorKind;
import io.jeso.api.externalsecret.GeneratorRef;
import io.jeso.api.externalsecret.ManifestReference;
import io.jeso.api.externalsecret.RemoteRef;
import io.jeso.api.externalsecret.Rewrite;
import io.jeso.api.externalsecret.RewriteRegexp;
import io.jeso.api.externalsecret.SecretStoreRef;
import io.jeso.api.externalsecret.StoreGeneratorSourceRef;
import io.jeso.api.externalsecret.StoreSourceRef;
import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.api.externalsecret.TemplateMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3 point 9: what the schema cannot express is refused before anything is fetched, precisely.
 */
class ExternalSecretValidatorTest {

  static Stream<Arguments> invalidSpecs() {
    return Stream.of(
        bad("no data at all", s -> s.setData(null), "either data or dataFrom should be specified"),
        bad(
            "Delete without Owner",
            s ->
                s.getTarget()
                    .withCreationPolicy(CreationPolicy.MERGE)
                    .setDeletionPolicy(DeletionPolicy.DELETE),
            "deletionPolicy=Delete must not be used when the controller doesn't own the secret. Please set creationPolicy=Owner"),
        bad(
            "Delete with CreateOrMerge",
            s ->
                s.getTarget()
                    .withCreationPolicy(CreationPolicy.CREATE_OR_MERGE)
                    .setDeletionPolicy(DeletionPolicy.DELETE),
            "deletionPolicy=Delete must not be used when the controller doesn't own the secret. Please set creationPolicy=Owner"),
        bad(
            "Merge deletion with None",
            s ->
                s.getTarget()
                    .withCreationPolicy(CreationPolicy.NONE)
                    .setDeletionPolicy(DeletionPolicy.MERGE),
            "deletionPolicy=Merge must not be used with creationPolicy=None. There is no Secret to merge with"),
        bad(
            "duplicate secretKey",
            s -> s.getData().add(data("k", "other")),
            "duplicate secretKey found: k"),
        bad(
            "extract and find together",
            s ->
                s.setDataFrom(
                    List.of(
                        new ExternalSecretDataFrom()
                            .withExtract(new RemoteRef().withKey("a"))
                            .withFind(new FindRef()))),
            "spec.dataFrom[0]: extract, find, or generatorRef cannot be set at the same time"),
        bad(
            "empty dataFrom entry",
            s -> s.setDataFrom(List.of(new ExternalSecretDataFrom())),
            "spec.dataFrom[0]: either extract, find, or sourceRef must be set to dataFrom"),
        bad(
            "empty sourceRef",
            s ->
                s.setDataFrom(
                    List.of(
                        new ExternalSecretDataFrom().withSourceRef(new StoreGeneratorSourceRef()))),
            "spec.dataFrom[0]: generatorRef or storeRef must be set when using sourceRef in dataFrom"),
        bad(
            "storeRef alone fetches nothing",
            s ->
                s.setDataFrom(
                    List.of(
                        new ExternalSecretDataFrom()
                            .withSourceRef(
                                new StoreGeneratorSourceRef()
                                    .withStoreRef(new SecretStoreRef().withName("x"))))),
            "spec.dataFrom[0]: sourceRef.storeRef only chooses the store; set extract or find as well"),
        bad(
            "invalid find regexp",
            s ->
                s.setDataFrom(
                    List.of(
                        new ExternalSecretDataFrom()
                            .withFind(
                                new FindRef().withName(new FindName().withRegexp("(unclosed"))))),
            "spec.dataFrom[0].find.name.regexp: invalid regular expression (unclosed: "),
        bad(
            "invalid rewrite regexp",
            s ->
                s.setDataFrom(
                    List.of(
                        new ExternalSecretDataFrom()
                            .withExtract(new RemoteRef().withKey("a"))
                            .withRewrite(
                                List.of(
                                    new Rewrite()
                                        .withRegexp(
                                            new RewriteRegexp().withSource("[").withTarget("")))))),
            "spec.dataFrom[0].rewrite[0].regexp.source: invalid regular expression [: "),
        bad(
            "no store for an entry",
            s -> s.setSecretStoreRef(null),
            "spec.secretStoreRef.name must be set unless every entry names its own sourceRef"),
        bad(
            "generator in data",
            s ->
                s.getData()
                    .get(0)
                    .setSourceRef(
                        new StoreSourceRef()
                            .withGeneratorRef(
                                new GeneratorRef().withKind(GeneratorKind.PASSWORD).withName("p"))),
            "spec.data[0].sourceRef.generatorRef is not supported in data; use dataFrom[].sourceRef.generatorRef"),
        bad(
            "bad refreshInterval",
            s -> s.setRefreshInterval("1 hour"),
            "spec.refreshInterval: time: "),
        bad(
            "service account token template",
            s ->
                s.getTarget()
                    .setTemplate(
                        new ExternalSecretTemplate()
                            .withType("kubernetes.io/service-account-token")
                            .withMetadata(
                                new TemplateMetadata()
                                    .withAnnotations(
                                        Map.of("kubernetes.io/service-account.name", "admin")))),
            "template.type=\"kubernetes.io/service-account-token\" with annotation \"kubernetes.io/service-account.name\" is not allowed"),
        bad(
            "service account token via templateFrom annotations",
            s ->
                s.getTarget()
                    .setTemplate(
                        new ExternalSecretTemplate()
                            .withType("kubernetes.io/service-account-token")
                            .withTemplateFrom(
                                List.of(
                                    new TemplateFrom()
                                        .withTarget("Annotations")
                                        .withLiteral("x")))),
            "template.type=\"kubernetes.io/service-account-token\" with templateFrom target=\"Annotations\" is not allowed"),
        bad(
            "bootstrap token",
            s ->
                s.getTarget()
                    .setTemplate(
                        new ExternalSecretTemplate().withType("bootstrap.kubernetes.io/token")),
            "template.type=\"bootstrap.kubernetes.io/token\" is not allowed"),
        bad(
            "templateFrom into a dotted path",
            s ->
                s.getTarget()
                    .setTemplate(
                        new ExternalSecretTemplate()
                            .withTemplateFrom(
                                List.of(
                                    new TemplateFrom()
                                        .withTarget("metadata.ownerReferences")
                                        .withLiteral("x")))),
            "templateFrom target=\"metadata.ownerReferences\" is not allowed when targeting a Secret, must be one of \"Data\", \"Annotations\" or \"Labels\""),
        bad(
            "generic target",
            s ->
                s.getTarget()
                    .setManifest(
                        new ManifestReference().withApiVersion("v1").withKind("ConfigMap")),
            "spec.target.manifest: generic targets (v1 ConfigMap) are not supported by jeso; only Secret targets are"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSpecs")
  void rejects(String why, Consumer<ExternalSecretSpec> change, String message) {
    ExternalSecretSpec spec = valid();
    change.accept(spec);
    assertThat(ExternalSecretValidator.validate(spec))
        .anySatisfy(p -> assertThat(p).startsWith(message));
  }

  @Test
  void aValidSpecHasNoProblems() {
    assertThat(ExternalSecretValidator.validate(valid())).isEmpty();
  }

  @Test
  void duplicateKeysAreAllowedWithDeleteOrMergeAsFallbacks() {
    ExternalSecretSpec spec = valid();
    spec.getTarget().setDeletionPolicy(DeletionPolicy.DELETE);
    spec.getData().add(data("k", "fallback"));
    assertThat(ExternalSecretValidator.validate(spec)).isEmpty();
  }

  @Test
  void entriesWithTheirOwnStoreNeedNoDefaultStore() {
    ExternalSecretSpec spec = valid();
    spec.setSecretStoreRef(null);
    spec.getData()
        .get(0)
        .setSourceRef(new StoreSourceRef().withStoreRef(new SecretStoreRef().withName("s")));
    assertThat(ExternalSecretValidator.validate(spec)).isEmpty();
  }

  @Test
  void everyProblemIsReported() {
    ExternalSecretSpec spec = valid();
    spec.getTarget()
        .withCreationPolicy(CreationPolicy.NONE)
        .setDeletionPolicy(DeletionPolicy.DELETE);
    spec.setRefreshInterval("soon");
    assertThat(ExternalSecretValidator.validate(spec)).hasSize(2);
  }

  private static ExternalSecretSpec valid() {
    ExternalSecretSpec spec = new ExternalSecretSpec();
    spec.setSecretStoreRef(new SecretStoreRef().withName("store"));
    spec.setTarget(new ExternalSecretTarget());
    spec.setData(new ArrayList<>(List.of(data("k", "remote"))));
    spec.setRefreshInterval("1h");
    return spec;
  }

  private static ExternalSecretData data(String key, String remote) {
    return new ExternalSecretData()
        .withSecretKey(key)
        .withRemoteRef(new RemoteRef().withKey(remote));
  }

  private static Arguments bad(String why, Consumer<ExternalSecretSpec> change, String message) {
    return Arguments.of(why, change, message);
  }
}
