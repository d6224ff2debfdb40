package io.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines with their byte offsets, holding at most one line of at most {@code
 * maxLine} bytes: a longer line is measured and skipped, never buffered, so a file of any size
 * streams in bounded memory.
 *
 * <pre>{@code
 * LineScanner s = new LineScanner(in, 1 << 20);
 * while (s.next()) { if (!s.tooLong()) use(s.offset(), s.bytes()); }
 * }</pre>
 */
final class LineScanner {
  private final InputStream in;
  private final long maxLine;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;
  private long offset;

  private byte[] line = new byte[4096];
  private int len;
  private long length;
  private boolean tooLong;
  private long start;
  private long number;

  LineScanner(InputStream in, long maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    if (eof && pos >= lim) {
      return false;
    }
    start = offset;
    len = 0;
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos >= lim) {
        int n = in.read(buf);
        if (n < 0) {
          eof = true;
          if (any) {
            number++;
          }
          return any;
        }
        pos = 0;
        lim = n;
      }
      any = true;
      int i = pos;
      while (i < lim && buf[i] != '\n') {
        i++;
      }
      append(pos, i - pos);
      offset += i - pos;
      if (i < lim) {
        pos = i + 1;
        offset++;
        number++;
        return true;
      }
      pos = lim;
    }
  }

  private void append(int from, int n) {
    length += n;
    if (tooLong) {
      return;
    }
    if (length > maxLine) {
      tooLong = true;
      line = new byte[4096];
      len = 0;
      return;
    }
    if (len + n > line.length) {
      line =
          Arrays.copyOf(
              line, (int) Math.min(Math.max(line.length * 2L, len + n), Integer.MAX_VALUE - 8));
    }
    System.arraycopy(buf, from, line, len, n);
    len += n;
  }

  /** The byte offset where the current line starts. */
  long offset() {
    return start;
  }

  /** The current line's number, from 1. */
  long number() {
    return number;
  }

  /** Whether the current line was over the limit (its bytes were not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** The current line's length in bytes, without its newline. */
  long length() {
    return length;
  }

  /** The current line's bytes without the line end ({@code \n} or {@code \r\n}). */
  byte[] bytes() {
    int n = len > 0 && line[len - 1] == '\r' ? len - 1 : len;
    return Arrays.copyOf(line, n);
  }
}
