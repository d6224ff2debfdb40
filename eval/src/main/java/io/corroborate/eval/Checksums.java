package io.corroborate.eval;

import io.corroborate.model.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over a list of data files, in the given order, so figures name the data they measure. */
public final class Checksums {
  private Checksums() {}

  public static String of(List<Path> files) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[1 << 16];
    for (Path f : files) {
      md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      try (InputStream in = Files.newInputStream(f)) {
        int n;
        while ((n = in.read(buf)) > 0) {
          md.update(buf, 0, n);
        }
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  public static String ofText(String s) {
    return Ids.sha256(s);
  }
}
