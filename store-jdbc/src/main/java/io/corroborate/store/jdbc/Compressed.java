package io.corroborate.store.jdbc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
  private Compressed() {}

  static byte[] pack(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 16 + 64);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, 1 << 16)) {
      z.write(utf8);
    } catch (IOException e) {
      throw new UncheckedIOException("deflating in memory", e);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  static String unpack(byte[] packed) {
    try (InflaterInputStream z =
        new InflaterInputStream(new java.io.ByteArrayInputStream(packed))) {
      return new String(z.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored dossier does not inflate", e);
    }
  }
}
