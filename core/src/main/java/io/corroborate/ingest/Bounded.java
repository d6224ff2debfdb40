package io.corroborate.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails with {@link LimitReached} once more than {@code limit} bytes have come
 * through it: what a gzip may expand to is bounded like a file's size, so a few megabytes cannot
 * become gigabytes of records.
 *
 * <pre>{@code InputStream body = new Bounded(new GZIPInputStream(in), options.maxFileBytes());}
 * </pre>
 */
final class Bounded extends FilterInputStream {
  private final long limit;
  private long count;

  Bounded(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** More bytes than the limit: a rejection's reason, never a crash. */
  static final class LimitReached extends IOException {
    private final long limit;

    LimitReached(long limit) {
      super("more than " + limit + " bytes");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    count(s);
    return s;
  }

  private void count(long n) throws LimitReached {
    count += n;
    if (count > limit) {
      throw new LimitReached(limit);
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
