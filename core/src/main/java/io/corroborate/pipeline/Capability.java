package io.corroborate.pipeline;

/**
 * What a stage needs before it runs and what it adds. The first four belong to the document half
 * (one article at a time), the rest to the story half (one story's articles together), in the order
 * the standard pipeline adds them.
 */
public enum Capability {
  /** A decoded input record with its origin and container hints. */
  RAW,
  /** An {@link io.corroborate.model.Article} with main text, passages and metadata. */
  ARTICLE,
  /** The article's language is determined. */
  LANGUAGE,
  /** Sentences, tokens, entities, times and quantities of the article's text. */
  ANNOTATION,
  /** Articles grouped into one story, told apart from other stories' articles. */
  STORY,
  /** Every article of the story carries its outlet's name, learnt from any of them. */
  OUTLETS,
  /** Every annotated article's times are read on a date, its own or its story's. */
  TIMES_ANCHORED,
  /** Each article's claims, with their attribution chains. */
  CLAIMS,
  /** The articles that are copies of one text, grouped. */
  COPIES,
  /** Entities across the story's articles, with the reason for every merge. */
  ENTITIES,
  /** Variables with their verdicts, the timeline and who relays whom. */
  FINDINGS,
  /** The story's report. */
  DOSSIER
}
