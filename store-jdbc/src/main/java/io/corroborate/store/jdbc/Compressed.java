package io.corroborate.store.jdbc;

import io.corroborate.store.Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Text kept deflated in a binary column: a dossier's JSON repeats its keys and sentences so much
 * that the fastest level packs it to about a twentieth, which is cheaper to write than the text.
 *
 * <pre>{@code String back = Compressed.unpack(Compressed.pack(json));}</pre>
 */
final class Compressed {
  private static final int SLICE = 1 << 16;

  private Compressed() {}

  static byte[] pack(String text) {
    try {
      // Encoded a slice at a time: the whole text in UTF-8 at once would allocate three bytes a
      // character for a text of tens of megabytes before trimming it.
      return pack(
          w -> {
            for (int at = 0; at < text.length(); at += SLICE) {
              w.write(text, at, Math.min(SLICE, text.length() - at));
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("deflating in memory", e);
    }
  }

  /** What {@code text} writes, deflated; it is encoded and packed as it comes. */
  static byte[] pack(Store.JsonText text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (Writer w =
        new OutputStreamWriter(
            new DeflaterOutputStream(out, deflater, 1 << 16), StandardCharsets.UTF_8)) {
      text.writeTo(w);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  /**
   * The text's UTF-8 bytes, inflated as they are read; an error reading them names {@code what}.
   */
  static InputStream inflating(byte[] packed, String what) {
    return new FilterInputStream(new InflaterInputStream(new ByteArrayInputStream(packed))) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw named(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw named(e);
        }
      }

      private IOException named(IOException e) {
        return new IOException(what + ": " + e.getMessage(), e);
      }
    };
  }

  static String unpack(byte[] packed) {
    try (InflaterInputStream z = new InflaterInputStream(new ByteArrayInputStream(packed))) {
      return new String(z.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored dossier does not inflate", e);
    }
  }
}
