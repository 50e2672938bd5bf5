package io.jeso.core.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.core.provider.InvalidStoreException;
import org.junit.jupiter.api.Test;

class GeneratorRegistryTest {
  private record Spec(String controller) {}

  private record Gen(String kind) implements SecretGenerator<Spec> {
    @Override
    public Class<Spec> specType() {
      return Spec.class;
    }

    @Override
    public String controllerClass(Spec spec) {
      return spec.controller();
    }

    @Override
    public GeneratorSession open(GeneratorContext<Spec> context) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void aKindServedTwiceIsFatalAndNamesBothClasses() {
    assertThatThrownBy(() -> GeneratorRegistry.of(new Gen("A"), new Gen("A")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[A]")
        .hasMessageContaining(Gen.class.getName());
    assertThatThrownBy(() -> GeneratorRegistry.of(new Gen(" ")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void bindsASpecOfTheRightTypeOnly() throws Exception {
    GeneratorRegistry registry = GeneratorRegistry.of(new Gen("B"), new Gen("A"));
    assertThat(registry.kinds()).containsExactly("A", "B");
    BoundGenerator<?> bound = registry.bind("A", new Spec("sharded"));
    assertThat(bound.kind()).isEqualTo("A");
    assertThat(bound.controllerClass()).isEqualTo("sharded");
    assertThatThrownBy(() -> registry.bind("A", "not a spec"))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageContaining("has no spec of type Spec");
    assertThatThrownBy(() -> registry.bind("C", new Spec(null)))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessage("generator kind C is not supported by this jeso build; available: [A, B]");
  }
}
