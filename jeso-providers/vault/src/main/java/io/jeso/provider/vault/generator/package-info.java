/**
 * The {@code VaultDynamicSecret} generator: issues dynamic secrets ({@code database/creds/<role>}
 * and the like) through a Vault login that lives as long as what it issued, renews and revokes
 * their leases. The operator decides when (jeso-core's {@code io.jeso.core.generator}); this
 * package only talks to Vault.
 */
package io.jeso.provider.vault.generator;
