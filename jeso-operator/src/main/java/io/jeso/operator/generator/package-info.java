/**
 * Running generators for ExternalSecrets ({@code dataFrom[].sourceRef.generatorRef}) and keeping
 * the book of what each ExternalSecret was issued: credentials are kept while their lease lives,
 * renewed in the background, re-issued (through a sync, so the Secret gets them first) when they
 * cannot be renewed, and revoked once replaced or when the ExternalSecret goes. The decisions are
 * jeso-core's ({@link io.jeso.core.generator.SyncChoice}, {@link
 * io.jeso.core.generator.GrantPolicy}); this package carries them out.
 */
package io.jeso.operator.generator;
