/**
 * The provider SPI: what a secret backend implements ({@link io.jeso.core.provider.SecretProvider},
 * {@link io.jeso.core.provider.SecretsClient}), what it may use ({@link
 * io.jeso.core.provider.StoreContext}), how it fails ({@link
 * io.jeso.core.provider.SecretProviderException} and its four kinds, {@link
 * io.jeso.core.provider.ErrorSanitizer}), and how providers are found ({@link
 * io.jeso.core.provider.ProviderRegistry}). Nothing here talks to Kubernetes; the operator
 * implements the interfaces that need it.
 */
package io.jeso.core.provider;
