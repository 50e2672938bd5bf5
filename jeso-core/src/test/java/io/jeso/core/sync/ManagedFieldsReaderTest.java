package io.jeso.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagedFieldsReaderTest {
  @Test
  void readsOnlyTheGivenManagersKeys() {
    ManagedFieldsEntry ours =
        entry(
            "externalsecrets.external-secrets.io/db",
            Map.of(
                "f:data", Map.of(".", Map.of(), "f:password", Map.of(), "f:user", Map.of()),
                "f:metadata",
                    Map.of(
                        "f:labels",
                        Map.of("f:app", Map.of()),
                        "f:annotations",
                        Map.of("f:note", Map.of()))));
    ManagedFieldsEntry theirs = entry("kubectl", Map.of("f:data", Map.of("f:other", Map.of())));

    ManagedKeys keys =
        ManagedFieldsReader.ownedBy(
            List.of(ours, theirs), "externalsecrets.external-secrets.io/db");

    assertThat(keys.data()).containsExactlyInAnyOrder("password", "user");
    assertThat(keys.labels()).containsExactly("app");
    assertThat(keys.annotations()).containsExactly("note");
    assertThat(ManagedFieldsReader.ownedBy(null, "x")).isEqualTo(ManagedKeys.NONE);
  }

  private static ManagedFieldsEntry entry(String manager, Map<String, Object> fields) {
    FieldsV1 f = new FieldsV1();
    f.setAdditionalProperties(new java.util.HashMap<>(fields));
    ManagedFieldsEntry e = new ManagedFieldsEntry();
    e.setManager(manager);
    e.setFieldsV1(f);
    return e;
  }
}
