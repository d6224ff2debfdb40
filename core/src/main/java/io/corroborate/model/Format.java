package io.corroborate.model;

/** The input formats Corroborate reads. */
public enum Format {
  TEXT,
  HTML,
  JSONL,
  WARC,
  FEED,
  UNKNOWN
}
