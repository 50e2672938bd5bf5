package io.jeso.core.sync;

/**
 * With creationPolicy Owner, Secrets an ExternalSecret created earlier under another name (its
 * target name changed) are deleted: every Secret in the namespace carrying {@code
 * labelKey=labelValue} except {@code keepName}. For each one deleted, the operator records Normal
 * {@code Deleted} "secret deleted because it was orphaned"; on failure the sync fails with "could
 * not delete orphaned secrets".
 */
public record OrphanCleanup(String labelKey, String labelValue, String keepName) {}
