/**
 * The ExternalSecret sync decision as values: {@link io.jeso.core.sync.SyncPlanner#decide}
 * (validate, refresh due?, what to fetch) and {@link io.jeso.core.sync.SyncPlanner#plan} (what to
 * write, the status, the events, when to come back). The operator reads the cluster, executes the
 * {@link io.jeso.core.sync.FetchPlan} and applies the {@link io.jeso.core.sync.SyncPlan}; it
 * decides nothing itself.
 */
package io.jeso.core.sync;
