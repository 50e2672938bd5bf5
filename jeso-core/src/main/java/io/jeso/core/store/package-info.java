/**
 * Store rules: which namespace a store may read references from ({@link
 * io.jeso.core.store.ReferentNamespaces}, enforced by {@link
 * io.jeso.core.store.GuardedReferenceReader}), which namespaces may use a ClusterSecretStore
 * ({@link io.jeso.core.store.NamespaceConditions}), controller-class sharding and the Ready flood
 * gate.
 */
package io.jeso.core.store;
