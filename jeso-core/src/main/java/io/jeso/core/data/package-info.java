/**
 * Pure transformations of secret data, shared by the planner and the providers so that every
 * provider answers alike: JSON properties ({@link io.jeso.core.data.JsonProperty}), JSON maps
 * ({@link io.jeso.core.data.SecretMaps}), key conversion, decoding, key rules, null bytes,
 * rewrites, find matching, and Go regular expressions on the JVM ({@link
 * io.jeso.core.data.GoRegex}). Error messages name keys, never values.
 */
package io.jeso.core.data;
