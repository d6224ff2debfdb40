package io.corroborate.store.jdbc;

/**
 * One row of a store's full-text index: a title, ranked above the body, and the body.
 *
 * <pre>{@code new IndexEntry("dead 14", "The agency put the toll at 14. — Harbor Wire")}</pre>
 */
public record IndexEntry(String title, String body) {}
