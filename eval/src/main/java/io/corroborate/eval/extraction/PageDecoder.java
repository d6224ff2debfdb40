package io.corroborate.eval.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved HTML page the way a browser would guess: byte-order mark, then valid UTF-8, then
 * the charset its {@code <meta>} declares, then windows-1252. The benchmark hands extractors raw
 * bytes, so the evaluation decodes them once, here.
 *
 * <pre>{@code String html = PageDecoder.decode(Files.readAllBytes(path));}</pre>
 */
public final class PageDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([a-z0-9_:.\\-]+)");

  private PageDecoder() {}

  public static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // not UTF-8: fall through to the declared charset
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
        name = "windows-1252";
      }
      try {
        if (Charset.isSupported(name)) {
          return new String(bytes, Charset.forName(name));
        }
      } catch (IllegalArgumentException e) {
        // an illegal charset name; use the fallback
      }
    }
    return new String(bytes, Charset.forName("windows-1252"));
  }
}
