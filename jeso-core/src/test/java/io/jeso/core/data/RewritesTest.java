package io.jeso.core.data;

import static io.jeso.core.data.SecretMapsTest.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewritesTest {
  private static final Rewrite.Merge EXTRACT = new Rewrite.Merge(null, null, null, null, null);

  @Test
  void regexpRewritesEveryKeyInOrder() {
    Map<String, byte[]> out =
        Rewrites.apply(
            List.of(
                new Rewrite.Regexp("^path/to/", ""), new Rewrite.Regexp("(.*)-(.*)", "${2}_$1")),
            map("path/to/db-user", "u", "path/to/db-pass", "p"),
            KeyTemplates.UNAVAILABLE);
    assertThat(strings(out)).containsOnly(Map.entry("user_db", "u"), Map.entry("pass_db", "p"));
  }

  @Test
  void regexpMayDropKeysByMappingThemToEmpty() {
    Map<String, byte[]> out =
        Rewrites.apply(
            List.of(new Rewrite.Regexp("^unwanted-.*", "")),
            map("unwanted-a", "1", "unwanted-b", "2", "keep", "3"),
            KeyTemplates.UNAVAILABLE);
    assertThat(SecretKeys.validate(out)).containsOnlyKeys("keep");
  }

  @Test
  void regexpCollisionsFailNamingBothKeys() {
    assertThatThrownBy(
            () ->
                Rewrites.apply(
                    List.of(new Rewrite.Regexp("^[ab]/", "")),
                    map("a/x", "1", "b/x", "2"),
                    KeyTemplates.UNAVAILABLE))
        .isInstanceOf(RewriteException.class)
        .hasMessage("failed rewrite operation[0]: keys a/x and b/x are both rewritten to x");
  }

  @Test
  void regexpCompileErrorsUseEsoWording() {
    assertThatThrownBy(
            () ->
                Rewrites.apply(
                    List.of(new Rewrite.Regexp("(", "")), map("a", "1"), KeyTemplates.UNAVAILABLE))
        .hasMessageStartingWith(
            "failed rewrite operation[0]: regexp failed with failed to compile: ");
  }

  @Test
  void transformNeedsTheTemplateEngine() {
    assertThatThrownBy(
            () ->
                Rewrites.apply(
                    List.of(new Rewrite.Transform("{{ .value }}")),
                    map("a", "1"),
                    KeyTemplates.UNAVAILABLE))
        .hasMessageContaining("rewrite.transform needs the template engine");
    Map<String, byte[]> out =
        Rewrites.apply(
            List.of(new Rewrite.Transform("upper")), map("a", "1"), (t, key) -> key.toUpperCase());
    assertThat(out).containsOnlyKeys("A");
  }

  @Test
  void mergeExtractHoistsEntriesAndPriorityWins() {
    Rewrite.Merge merge =
        new Rewrite.Merge(null, List.of("first"), null, Rewrite.ConflictPolicy.IGNORE, null);
    Map<String, byte[]> out =
        Rewrites.merge(
            merge,
            map(
                "b", "{\"user\":\"from-b\",\"n\":1.50,\"nested\":{\"z\":1,\"a\":\"<&>\"}}",
                "a", "{\"user\":\"from-a\",\"flag\":true,\"none\":null,\"list\":[1,\"x\"]}",
                "first", "{\"user\":\"from-first\"}"));
    assertThat(strings(out))
        .containsOnly(
            Map.entry("user", "from-first"),
            Map.entry("n", "1.5"),
            Map.entry("nested", "{\"a\":\"\\u003c\\u0026\\u003e\",\"z\":1}"),
            Map.entry("flag", "true"),
            Map.entry("none", ""),
            Map.entry("list", "[1,\"x\"]"));
  }

  @Test
  void mergeConflictsFailByDefault() {
    assertThatThrownBy(
            () -> Rewrites.merge(EXTRACT, map("a", "{\"k\":1,\"j\":1}", "b", "{\"k\":2,\"j\":2}")))
        .isInstanceOf(RewriteException.class)
        .hasMessage("merge failed with conflicts: k, j");
  }

  @Test
  void mergePriorityPolicy() {
    Rewrite.Merge strict = new Rewrite.Merge(null, List.of("missing"), null, null, null);
    assertThatThrownBy(() -> Rewrites.merge(strict, map("a", "{}")))
        .hasMessage("merge failed with key \"missing\" not found in input map");
    Rewrite.Merge lenient =
        new Rewrite.Merge(
            null, List.of("missing"), Rewrite.PriorityPolicy.IGNORE_NOT_FOUND, null, null);
    assertThat(strings(Rewrites.merge(lenient, map("a", "{\"k\":\"v\"}"))))
        .containsOnly(Map.entry("k", "v"));
  }

  @Test
  void mergeJsonWritesOneKeyAndKeepsTheInput() {
    Rewrite.Merge json = new Rewrite.Merge("all", null, null, null, Rewrite.MergeStrategy.JSON);
    Map<String, byte[]> out =
        Rewrites.merge(json, map("b", "{\"y\":\"<b>\"}", "a", "{\"x\":1e21}"));
    assertThat(strings(out))
        .containsOnly(
            Map.entry("b", "{\"y\":\"<b>\"}"),
            Map.entry("a", "{\"x\":1e21}"),
            Map.entry("all", "{\"x\":1e+21,\"y\":\"<b>\"}"));
    Rewrite.Merge noInto = new Rewrite.Merge(null, null, null, null, Rewrite.MergeStrategy.JSON);
    assertThatThrownBy(() -> Rewrites.merge(noInto, map("a", "{}")))
        .hasMessage("merge failed with missing 'into' field");
  }

  @Test
  void mergeRejectsNonObjectsWithoutQuotingThem() {
    assertThatThrownBy(() -> Rewrites.merge(EXTRACT, map("a", "hunter2")))
        .hasMessage("merge failed with failed to unmarshal JSON: value of key a is not JSON");
    assertThatThrownBy(() -> Rewrites.merge(EXTRACT, map("a", "[1]")))
        .hasMessage(
            "merge failed with failed to unmarshal JSON: value of key a is not a JSON object");
  }

  @Test
  void goFloatFormattingMatchesEncodingJson() {
    assertThat(GoJson.formatFloat64(1)).isEqualTo("1");
    assertThat(GoJson.formatFloat64(1e21)).isEqualTo("1e+21");
    assertThat(GoJson.formatFloat64(1e20)).isEqualTo("100000000000000000000");
    assertThat(GoJson.formatFloat64(1.5e-7)).isEqualTo("1.5e-7");
    assertThat(GoJson.formatFloat64(0.000001)).isEqualTo("0.000001");
    assertThat(GoJson.formatFloat64(123456789012345678d)).isEqualTo("123456789012345680");
    assertThat(GoJson.formatFloat64(-2.5e-10)).isEqualTo("-2.5e-10");
  }

  static Map<String, byte[]> map(String... kv) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }
}
