package io.corroborate;

import io.corroborate.annotate.Annotation;
import io.corroborate.ingest.Input;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;

/** Hears what a run makes of its inputs, in input order. Every method has a do-nothing default. */
public interface RunListener {
  /** Called once, after the inputs are expanded, with how many files will be read. */
  default void started(int inputs) {}

  /** Called just before {@link #article} when the pipeline annotates. */
  default void annotated(Article article, Annotation annotation) {}

  default void article(Article article) {}

  default void rejected(Rejection rejection) {}

  /** Called after each input file is read. */
  default void inputDone(Input input) {}
}
