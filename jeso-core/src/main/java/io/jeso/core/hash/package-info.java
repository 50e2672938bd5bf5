/**
 * The hashes jeso writes (data hash, created-by label, syncedResourceVersion, field manager),
 * identical to ESO's.
 */
package io.jeso.core.hash;
