package io.jeso.operator.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import org.junit.jupiter.api.Test;

class CompactItemStoreTest {
  private static Secret secret(String... managers) {
    var meta =
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withNamespace("ns").withName("s");
    for (String m : managers) {
      meta.addToManagedFields(new ManagedFieldsEntryBuilder().withManager(m).build());
    }
    return new SecretBuilder().withMetadata(meta.build()).build();
  }

  @Test
  void keepsOnlyTheManagersJesoReads() {
    CompactItemStore<Secret> store =
        CompactItemStore.keepingManagers("externalsecrets.external-secrets.io/");
    store.put("ns/s", secret("kubectl", "externalsecrets.external-secrets.io/db", "helm"));

    assertThat(store.get("ns/s").getMetadata().getManagedFields())
        .extracting(ManagedFieldsEntry::getManager)
        .containsExactly("externalsecrets.external-secrets.io/db");
    assertThat(store.getKey(secret())).isEqualTo("ns/s");
  }

  @Test
  void dropsAllManagedFieldsWhenNoneAreRead() {
    CompactItemStore<Secret> store = CompactItemStore.withoutManagedFields();
    store.put("ns/s", secret("kubectl", "jeso"));

    assertThat(store.get("ns/s").getMetadata().getManagedFields()).isNullOrEmpty();
    assertThat(store.size()).isEqualTo(1);
  }
}
