package io.corroborate.pipeline;

import io.corroborate.model.Rejection;

/** What a stage made of a document: the document advanced, or a rejection with its reason. */
public sealed interface Outcome {
  record Done(Doc doc) implements Outcome {}

  record Rejected(Rejection rejection) implements Outcome {}

  static Outcome done(Doc doc) {
    return new Done(doc);
  }

  static Outcome rejected(Rejection r) {
    return new Rejected(r);
  }
}
