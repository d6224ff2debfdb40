package io.corroborate.pipeline;

/** What a stage needs before it runs and what it adds to a document. */
public enum Capability {
  /** A decoded input record with its origin and container hints. */
  RAW,
  /** An {@link io.corroborate.model.Article} with main text, passages and metadata. */
  ARTICLE,
  /** The article's language is determined. */
  LANGUAGE,
  /** Sentences, tokens, entities, times and quantities of the article's text. */
  ANNOTATION
}
