package io.corroborate.pipeline;

/** A stage that works on one document at a time. Implementations are thread-safe. */
public interface DocumentStage extends Stage {
  /** Advances {@code doc}, or rejects it with a reason; never returns null. */
  Outcome apply(Doc doc);
}
