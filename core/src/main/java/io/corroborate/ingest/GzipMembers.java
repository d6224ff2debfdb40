package io.corroborate.ingest;

import io.corroborate.model.Rejection;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The uncompressed bytes of a gzip file, member after member, that survives a corrupt member: where
 * {@link java.util.zip.GZIPInputStream} stops at the first bad byte and loses every member after
 * it, this (1) reports the corrupt member (its byte offset in the file and the uncompressed offset
 * reached) to {@code onLoss}, (2) looks for the next member's header (the bytes {@code 1f 8b 08})
 * after the bad one and (3) goes on from there. Bytes a corrupt member gave before its error are
 * kept, so a record they cut short is rejected by its reader. A stream cut short inside a member
 * still ends with {@link EOFException} (truncated), and bytes after the last member that are not
 * another member are reported the same way unless they are all zero (padding).
 *
 * <pre>{@code InputStream body = new GzipMembers(in, loss -> sink.reject(loss));}</pre>
 */
final class GzipMembers extends InputStream {
  private static final int ID1 = 0x1f;
  private static final int ID2 = 0x8b;
  private static final int DEFLATE = 8;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int TRAILER_BYTES = 8;

  /** What a corrupt member cost: where it starts in the file and how much text came before. */
  record Loss(long fileOffset, long textOffset, String reason) {}

  private final InputStream in;
  private final Consumer<Loss> onLoss;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;

  /** The file offset of {@code buf[0]}. */
  private long bufStart;

  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private boolean inMember;
  private long memberStart;
  private long memberBytes;
  private long produced;
  private boolean done;

  GzipMembers(InputStream in, Consumer<Loss> onLoss) {
    this.in = in;
    this.onLoss = onLoss;
  }

  /** {@code loss} as a rejection of {@code source}, at the uncompressed offset it was found. */
  static Rejection rejection(Source source, Loss loss) {
    return source.reject(loss.textOffset(), Rejection.Kind.UNREADABLE, loss.reason());
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!done) {
      if (!inMember) {
        startMember();
        continue;
      }
      int n;
      try {
        if (inflater.needsInput()) {
          if (!fill(1)) {
            throw new EOFException("the gzip stream ends inside a member");
          }
          inflater.setInput(buf, pos, lim - pos);
          pos = lim;
        }
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        lose("corrupt gzip data (" + e.getMessage() + ")");
        continue;
      }
      if (n > 0) {
        crc.update(b, off, n);
        memberBytes += n;
        produced += n;
        return n;
      }
      if (inflater.finished()) {
        pos = lim - inflater.getRemaining();
        endMember();
      } else if (inflater.needsDictionary()) {
        lose("corrupt gzip data (a preset dictionary is asked for)");
      }
    }
    return -1;
  }

  /** Reads a member header at the current position, or ends the stream where none is left. */
  private void startMember() throws IOException {
    if (!fill(1)) {
      done = true;
      return;
    }
    memberStart = bufStart + pos;
    if (!fill(10) || (buf[pos] & 0xff) != ID1 || (buf[pos + 1] & 0xff) != ID2) {
      skipToNextMember("bytes that are not gzip");
      return;
    }
    if ((buf[pos + 2] & 0xff) != DEFLATE) {
      skipToNextMember("a gzip member with an unknown compression method");
      return;
    }
    int flags = buf[pos + 3] & 0xff;
    pos += 10;
    if ((flags & FEXTRA) != 0) {
      need(2);
      int xlen = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8;
      pos += 2;
      skip(xlen);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
    inflater.reset();
    crc.reset();
    memberBytes = 0;
    inMember = true;
  }

  /** Checks the member's trailer (CRC-32 and length) and moves past it. */
  private void endMember() throws IOException {
    inMember = false;
    need(TRAILER_BYTES);
    long expectedCrc = le32(pos);
    long expectedSize = le32(pos + 4);
    pos += TRAILER_BYTES;
    if (expectedCrc != crc.getValue() || expectedSize != (memberBytes & 0xffffffffL)) {
      onLoss.accept(
          new Loss(
              memberStart,
              produced,
              "corrupt gzip member at byte "
                  + memberStart
                  + ": its checksum does not match its "
                  + memberBytes
                  + " bytes, which are read as they are"));
    }
  }

  /** Reports the member being read as corrupt and goes on at the next member after its start. */
  private void lose(String why) throws IOException {
    inMember = false;
    long from = memberStart;
    // Back to just after the corrupt member's start; what the inflater had taken is searched again.
    rewindTo(from + 1);
    long next = findMagic();
    onLoss.accept(
        new Loss(
            from,
            produced,
            why
                + " in the gzip member at byte "
                + from
                + (next < 0
                    ? "; nothing after it can be read"
                    : "; reading resumes at the next member, at byte " + next)));
  }

  private void skipToNextMember(String what) throws IOException {
    long from = bufStart + pos;
    boolean zeros = true;
    long next;
    while (true) {
      if (!fill(1)) {
        next = -1;
        break;
      }
      if (fill(3)
          && (buf[pos] & 0xff) == ID1
          && (buf[pos + 1] & 0xff) == ID2
          && (buf[pos + 2] & 0xff) == DEFLATE) {
        next = bufStart + pos;
        break;
      }
      zeros &= buf[pos] == 0;
      pos++;
    }
    if (next < 0) {
      done = true;
      if (zeros) {
        return; // padding after the last member, as tape and block devices leave
      }
    }
    long to = next < 0 ? bufStart + pos : next;
    onLoss.accept(
        new Loss(
            from,
            produced,
            (to - from)
                + " "
                + what
                + " at byte "
                + from
                + (next < 0
                    ? " end the file"
                    : "; reading resumes at the next member, at byte " + next)));
  }

  /** Moves to the next {@code 1f 8b 08} at or after the position; its file offset, or -1. */
  private long findMagic() throws IOException {
    while (fill(1)) {
      if (fill(3)
          && (buf[pos] & 0xff) == ID1
          && (buf[pos + 1] & 0xff) == ID2
          && (buf[pos + 2] & 0xff) == DEFLATE) {
        return bufStart + pos;
      }
      pos++;
    }
    done = true;
    return -1;
  }

  /**
   * Sets the position to file offset {@code offset}, which must still be in the buffer or after it:
   * the buffer only ever drops bytes before the member being read (see {@link #fill}).
   */
  private void rewindTo(long offset) throws IOException {
    if (offset >= bufStart && offset <= bufStart + lim) {
      pos = (int) (offset - bufStart);
      return;
    }
    // The member outgrew the buffer: its start is gone, so search on from where reading stopped.
    pos = lim;
  }

  /**
   * Makes at least {@code n} bytes available from the position; false at the end of the input.
   * Bytes before the current member's start are dropped first, so a corrupt member's start can be
   * searched again from the buffer.
   */
  private boolean fill(int n) throws IOException {
    while (lim - pos < n) {
      int keep = inMember ? (int) Math.max(0, Math.min(pos, memberStart - bufStart)) : pos;
      if (keep > 0 && (lim == buf.length || keep == lim)) {
        System.arraycopy(buf, keep, buf, 0, lim - keep);
        lim -= keep;
        pos -= keep;
        bufStart += keep;
      }
      if (lim == buf.length) {
        // A member larger than the buffer: drop all but the unread bytes.
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        bufStart += pos;
        lim -= pos;
        pos = 0;
      }
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        return false;
      }
      lim += r;
    }
    return true;
  }

  private void need(int n) throws IOException {
    if (!fill(n)) {
      throw new EOFException("the gzip stream ends inside a member's header or trailer");
    }
  }

  private void skip(int n) throws IOException {
    for (int left = n; left > 0; ) {
      need(1);
      int step = Math.min(left, lim - pos);
      pos += step;
      left -= step;
    }
  }

  private void skipZeroTerminated() throws IOException {
    while (true) {
      need(1);
      if (buf[pos++] == 0) {
        return;
      }
    }
  }

  private long le32(int at) {
    return (buf[at] & 0xffL)
        | (buf[at + 1] & 0xffL) << 8
        | (buf[at + 2] & 0xffL) << 16
        | (buf[at + 3] & 0xffL) << 24;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
