package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jeso.api.store.aws.AwsProvider;
import io.jeso.core.provider.Capabilities;
import io.jeso.core.provider.SecretProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class AwsSecretProviderTest {
  @Test
  void isFoundByServiceLoaderUnderItsSpecKey() {
    var found =
        ServiceLoader.load(SecretProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.name().equals("aws"))
            .toList();
    assertEquals(1, found.size());
    assertEquals(AwsProvider.class, found.get(0).specType());
    assertTrue(found.get(0) instanceof AwsSecretProvider);
  }

  @Test
  void claimsOnlyWhatItDoes() {
    assertEquals(Capabilities.READ_ONLY, new AwsSecretProvider().capabilities());
  }
}
