package io.corroborate.ingest;

import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;

/** Receives what a reader makes of an input: documents and rejections, in input order. */
public interface Sink {
  void accept(RawDocument doc);

  void reject(Rejection rejection);
}
