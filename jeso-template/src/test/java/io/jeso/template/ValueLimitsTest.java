package io.jeso.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.template.exec.Limits;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile templates that build huge intermediate values must stop with a LIMIT error quickly and
 * without allocating much: each case is timed and its allocations on this thread are counted.
 */
class ValueLimitsTest {
  // Most cases take a few milliseconds; the slowest (serializing a few MiB) a fraction of a second,
  // more on a busy build machine. Without the limits they run until the heap is gone.
  private static final long MAX_MILLIS = 3000;
  private static final long MAX_ALLOCATED = 256L << 20;
  private static final String DOUBLE =
      "{{ $s := \"x\" }}{{ range until 40 }}{{ $s = %s }}{{ end }}";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "print $s $s",
        "cat $s $s",
        "printf \"%s%s\" $s $s",
        "replace \"x\" \"xx\" $s",
        "join $s (list $s $s)",
        "repeat 2 $s",
        "toJson (list $s $s)",
        "indent 1 (print $s \"\\n\" $s)",
        "squote $s $s",
        "html $s $s",
        "regexReplaceAll \"x+\" $s \"${0}${0}\"",
        "wrapWith 1 $s \"a b c\"",
      })
  void doublingStringsStop(String expr) {
    assertLimit(String.format(DOUBLE, expr), "value exceeded the limit of 4194304 bytes");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{{ $l := list 1 }}{{ range until 40 }}{{ $l = concat $l $l }}{{ end }}",
        "{{ $l := until 100000 }}{{ $l = append $l 1 }}",
        "{{ $l := until 100000 }}{{ $l = list 0 | concat $l }}",
        "{{ $d := dict }}{{ range $i := until 400 }}{{ range $j := until 400 }}"
            + "{{ $_ := set $d (print $i \"-\" $j) 1 }}{{ end }}{{ end }}",
        "{{ until 100000000 }}",
        "{{ until 100001 }}",
        "{{ untilStep 0 9223372036854775807 1 }}",
        "{{ untilStep 9223372036854775807 -9223372036854775808 -1 }}",
        "{{ seq 100000000 }}",
        "{{ seq 1 2 9000000000000000000 }}",
        "{{ splitList \"\" (repeat 200000 \"x\") }}",
        "{{ splitList \",\" (repeat 200000 \",\") }}",
        "{{ split \",\" (repeat 200000 \",\") }}",
      })
  void growingCollectionsStop(String text) {
    assertLimit(text, "collection exceeded the limit of 100000 elements");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{{ repeat 1000000000 \"abc\" }}",
        "{{ repeat 9223372036854775807 \"ab\" }}",
        "{{ randAlphaNum 1000000000 }}",
        "{{ randAscii 9223372036854775807 }}",
        "{{ randBytes 1000000000 }}",
        "{{ b64enc (repeat 4000000 \"x\") }}",
        "{{ indent 1000000 (repeat 100 \"\\n\") }}",
        "{{ nindent 1000000 (repeat 100 \"\\n\") }}",
        "{{ replace \"\" (repeat 10000 \"y\") (repeat 10000 \"x\") }}",
        "{{ join (repeat 1000 \"x\") (until 100000) }}",
        "{{ regexReplaceAll \"\" (repeat 100000 \"x\") (repeat 1000 \"y\") }}",
        "{{ wrapWith 1 (repeat 10000 \"y\") (repeat 10000 \"a \") }}",
        "{{ printf (repeat 10 \"%1000000d\") 1 2 3 4 5 6 7 8 9 10 }}",
        // shared elements: small in memory, huge as text
        "{{ $s := repeat 4000000 \"x\" }}{{ $l := list }}{{ range until 1000 }}"
            + "{{ $l = append $l $s }}{{ end }}{{ toJson $l }}",
        "{{ $s := repeat 4000000 \"x\" }}{{ $l := list }}{{ range until 1000 }}"
            + "{{ $l = append $l $s }}{{ end }}{{ $y := toYaml (dict \"a\" $l) }}",
        "{{ $s := repeat 4000000 \"x\" }}{{ $l := list $s $s }}{{ $j := join \"\" $l }}",
      })
  void sizeArgumentsAreCheckedFirst(String text) {
    assertLimit(text, "value exceeded the limit of 4194304 bytes");
  }

  @Test
  void printingASharedListHitsTheOutputLimit() {
    assertLimit(
        "{{ $s := repeat 4000000 \"x\" }}{{ $l := list }}{{ range until 1000 }}"
            + "{{ $l = append $l $s }}{{ end }}{{ $l }}",
        "output exceeded 16777216 bytes");
  }

  @Test
  void messageNamesTheCallAndTheLimitButNoValue() {
    assertThatThrownBy(
            () -> render("{{ $s := \"secret\" }}\n{{ repeat 9999999 $s }}", Options.eso()))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "template: t:2:3: executing \"t\" at <repeat 9999999 $s>: "
                + "value exceeded the limit of 4194304 bytes");
    assertThatThrownBy(() -> render("{{ until 100000000 }}", Options.eso()))
        .hasMessage(
            "template: t:1:3: executing \"t\" at <until 100000000>: "
                + "collection exceeded the limit of 100000 elements");
  }

  @Test
  void valuesUpToTheLimitsWork() throws Exception {
    assertThat(render("{{ len (repeat 4194304 \"x\") }}", Options.eso())).isEqualTo("4194304");
    assertThat(render("{{ len (until 100000) }}", Options.eso())).isEqualTo("100000");
    assertThat(render("{{ len (b64enc (repeat 3145728 \"x\")) }}", Options.eso()))
        .isEqualTo("4194304");
  }

  @Test
  void limitsAreConfigurable() throws Exception {
    Options o = Options.eso().withLimits(Limits.DEFAULT.withValueLimits(10, 3));
    assertThat(render("{{ repeat 10 \"x\" }}{{ until 3 }}", o)).isEqualTo("xxxxxxxxxx[0 1 2]");
    assertThatThrownBy(() -> render("{{ repeat 11 \"x\" }}", o))
        .hasMessageContaining("value exceeded the limit of 10 bytes");
    assertThatThrownBy(() -> render("{{ list 1 2 3 4 }}", o))
        .hasMessageContaining("collection exceeded the limit of 3 elements");
  }

  private static String render(String text, Options o) throws TemplateException {
    return Template.parse("t", text, o).execute(Map.of());
  }

  private static void assertLimit(String text, String message) {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().threadId();
    long allocated = mx.getThreadAllocatedBytes(id);
    long start = System.nanoTime();
    assertThatThrownBy(() -> render(text, Options.eso()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((TemplateException) e).kind())
        .isEqualTo(TemplateException.Kind.LIMIT);
    long millis = (System.nanoTime() - start) / 1_000_000;
    allocated = mx.getThreadAllocatedBytes(id) - allocated;
    assertThat(millis).as("milliseconds for %s", text).isLessThan(MAX_MILLIS);
    assertThat(allocated).as("bytes allocated for %s", text).isLessThan(MAX_ALLOCATED);
  }
}
