package io.jeso.core.provider;

import io.jeso.core.store.StoreRef;
import java.util.List;

/**
 * A secret backend jeso can sync from (and push to). Implementations are discovered with {@link
 * java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/io.jeso.core.provider.SecretProvider}) and must have a public no-argument
 * constructor; they are stateless factories, the state lives in clients.
 *
 * @param <S> the model class of the provider's spec block, {@code spec.provider.<name()>}
 */
public interface SecretProvider<S> {
  /**
   * The key under {@code spec.provider} that selects this provider, e.g. {@code vault}, {@code
   * aws}.
   */
  String name();

  /** The model class of this provider's spec block, used to hand the provider its typed spec. */
  Class<S> specType();

  /**
   * Checks a store spec without any I/O (admission and before every client build). Returns warnings
   * to show to the user (deprecated fields, risky settings).
   *
   * @throws InvalidStoreException with a message naming the offending field
   */
  List<String> validateStore(StoreRef store, S spec) throws InvalidStoreException;

  /**
   * Builds a client. May do I/O (log in, read credentials through {@link
   * StoreContext#references()}).
   *
   * @throws InvalidStoreException when the configuration cannot work
   * @throws AuthenticationException when the provider rejects the credentials
   * @throws ProviderException when the provider cannot be reached now
   */
  SecretsClient newClient(StoreContext<S> context) throws SecretProviderException;

  /** What the provider supports, shown as {@code status.capabilities}. */
  Capabilities capabilities();

  /** Whether the provider is maintained; unmaintained ones get a warning event on their stores. */
  default Maintenance maintenance() {
    return Maintenance.MAINTAINED;
  }
}
