/**
 * Watching sources: one {@link io.corroborate.watch.Watch#round} reads what is new in feeds,
 * sitemaps, address lists and folders into the store, and {@link io.corroborate.watch.Changes}
 * tells what that changed, by comparing the store's stories before and after.
 */
package io.corroborate.watch;
