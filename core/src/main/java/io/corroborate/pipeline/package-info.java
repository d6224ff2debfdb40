/**
 * The stage contract both halves share ({@link io.corroborate.pipeline.Stage}, {@link
 * io.corroborate.pipeline.Capability}, {@link io.corroborate.pipeline.Stages}) and the document
 * pipeline (ingest → clean → annotate), checked when it is built.
 */
package io.corroborate.pipeline;
