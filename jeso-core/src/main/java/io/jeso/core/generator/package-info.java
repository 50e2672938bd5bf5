/**
 * The generator SPI ({@code dataFrom[].sourceRef.generatorRef}) and the pure decisions about the
 * life of what generators issue.
 *
 * <ul>
 *   <li>{@link io.jeso.core.generator.SecretGenerator}: one generator kind (e.g. {@code
 *       VaultDynamicSecret}), found with {@link java.util.ServiceLoader} into a {@link
 *       io.jeso.core.generator.GeneratorRegistry}.
 *   <li>{@link io.jeso.core.generator.GeneratorSession}: an open issuer that generates, renews and
 *       revokes; it must stay open as long as what it issued is in use, because a Vault lease dies
 *       with the token that created it.
 *   <li>{@link io.jeso.core.generator.GrantPolicy} and {@link io.jeso.core.generator.SyncChoice}:
 *       keep, renew or re-issue, decided from values and the clock alone (table-tested).
 * </ul>
 *
 * Nothing here talks to Kubernetes or to a provider; the operator runs sessions and keeps the book
 * of what each ExternalSecret holds.
 */
package io.jeso.core.generator;
