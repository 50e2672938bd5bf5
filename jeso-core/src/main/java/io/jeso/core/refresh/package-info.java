/**
 * When an ExternalSecret refreshes: refreshPolicy, refreshInterval, syncedResourceVersion and sync
 * windows.
 */
package io.jeso.core.refresh;
