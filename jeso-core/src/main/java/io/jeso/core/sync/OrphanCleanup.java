package io.jeso.core.sync;

/**
 * With creationPolicy Owner, Secrets an ExternalSecret created earlier under another name (its
 * target name changed) are deleted: every Secret in the namespace carrying {@code
 * labelKey=labelValue} except {@code keepName}. For each one deleted, the operator records Normal
 * {@code Deleted} "secret deleted because it was orphaned"; on failure the sync fails with "could
 * not delete orphaned secrets".
 *
 * <p>Secrets jeso creates carry the managed label, so the operator's managed-Secret cache holds
 * every candidate and looking there costs the API server nothing. {@code askServer} is true when
 * {@code status.binding} names another Secret than the target (the target was renamed since the
 * last sync): then the operator lists from the API server, which also finds a Secret written before
 * the managed label existed. Listing on every sync, as ESO does, is one LIST per refresh.
 *
 * @param askServer list from the API server rather than the cache
 */
public record OrphanCleanup(
    String labelKey, String labelValue, String keepName, boolean askServer) {}
