package io.corroborate.ingest;

import java.io.InputStream;

/** Reads one input of one format into documents and rejections. Never throws for bad content. */
interface FormatReader {
  /**
   * @param in the input's (decompressed) bytes from the start
   * @param knownSize the byte size when known in advance (an uncompressed file), else -1
   */
  void read(Source source, InputStream in, long knownSize, Sink sink);
}
