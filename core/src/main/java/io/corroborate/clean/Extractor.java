package io.corroborate.clean;

import io.corroborate.model.Extraction;
import io.corroborate.model.RawDocument;

/** Turns one raw document of a given format into blocks with roles and metadata. Thread-safe. */
public interface Extractor {
  Extraction extract(RawDocument doc);
}
