/**
 * The story half: after the document half has read and annotated articles, they are clustered into
 * stories and each story goes through checked story stages (outlets named, times anchored, claims,
 * copies, entities, findings, dossier). Reached through {@code io.corroborate.Corroborate}; see
 * docs/architecture.md for every package in the order data flows.
 */
package io.corroborate.analyze;
