package io.corroborate.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.corroborate.model.Rejection;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text and says why that charset: (1) a byte order mark, (2) what the container or
 * the page declares (HTTP {@code Content-Type}, {@code <meta charset>}), when the bytes fit it, (3)
 * UTF-8 when the bytes are valid UTF-8, (4) UTF-8 with its few bad bytes replaced, (5) the legacy
 * charset ICU's detector names with enough confidence (windows-1251, KOI8-R, Shift_JIS, GB18030,
 * windows-1256...), (6) windows-1252 for texty bytes that are none of these. Bytes that fit none of
 * these, and text already full of U+FFFD, are rejected as undecodable.
 *
 * <pre>{@code Charsets.Result r = Charsets.decode(bytes, 0, List.of(), options);}</pre>
 */
final class Charsets {
  private Charsets() {}

  /** How much of a file's head is examined for binary content and declarations. */
  static final int HEAD_BYTES = 8192;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)[^>]*>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECL =
      Pattern.compile(
          "\\A\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']",
          Pattern.CASE_INSENSITIVE);

  /** A charset some source names for the bytes. */
  record Declared(String name, String source) {}

  /** The outcome of decoding: text, or the reason there is none. */
  sealed interface Result permits Decoded, Failed {}

  /** Decoded text, the charset used and why it was chosen. */
  record Decoded(String text, String charset, String source) implements Result {}

  /** Why the bytes could not be made text. */
  record Failed(Rejection.Kind kind, String reason) implements Result {}

  /**
   * Why {@code bytes} look binary, if they do: a NUL byte, the magic number of a known binary
   * format, or too many control bytes in the head.
   */
  static Optional<String> binaryReason(byte[] bytes, int length, double maxControlRatio) {
    int n = Math.min(length, HEAD_BYTES);
    if (bom(bytes, length).isPresent()
        && bom(bytes, length).get().charset != StandardCharsets.UTF_8) {
      return Optional.empty();
    }
    Optional<String> magic = magic(bytes, n);
    if (magic.isPresent()) {
      return magic;
    }
    // A stray NUL in a good page costs that byte (the cleaner drops it); many of them, like many
    // other control bytes, mean the content is not text.
    int controls = 0;
    int firstNul = -1;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0 && firstNul < 0) {
        firstNul = i;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        controls++;
      }
    }
    if (n > 0 && controls > maxControlRatio * n) {
      return Optional.of(
          "binary content ("
              + controls
              + " control bytes in the first "
              + n
              + (firstNul >= 0 ? ", the first NUL at offset " + firstNul : "")
              + ")");
    }
    return Optional.empty();
  }

  private static Optional<String> magic(byte[] b, int n) {
    if (starts(b, n, "%PDF-")) {
      return Optional.of("a PDF file, not text");
    }
    if (starts(b, n, "PK\u0003\u0004")) {
      return Optional.of("a ZIP archive (or office document), not text");
    }
    if (starts(b, n, "\u0089PNG") || starts(b, n, "GIF8") || starts(b, n, "\u00ff\u00d8\u00ff")) {
      return Optional.of("an image, not text");
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] b, int n, String latin1) {
    if (n < latin1.length()) {
      return false;
    }
    for (int i = 0; i < latin1.length(); i++) {
      if ((b[i] & 0xff) != latin1.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A byte order mark at the start: its charset and length. */
  record Bom(Charset charset, int length) {}

  static Optional<Bom> bom(byte[] b, int length) {
    if (length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
    }
    if (length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
    }
    if (length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
    }
    return Optional.empty();
  }

  /**
   * The charset an HTML page declares in its head ({@code <meta charset>}, http-equiv, XML
   * declaration).
   */
  static Optional<Declared> htmlDeclared(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    if (m.find()) {
      boolean equiv = m.group().toLowerCase(Locale.ROOT).contains("http-equiv");
      return Optional.of(
          new Declared(m.group(1), equiv ? "html meta http-equiv" : "html meta charset"));
    }
    Matcher x = XML_DECL.matcher(head);
    if (x.find()) {
      return Optional.of(new Declared(x.group(1), "xml declaration"));
    }
    return Optional.empty();
  }

  /**
   * Decodes {@code bytes}; {@code baseOffset} is where they start in their file, so reasons name
   * file offsets. {@code declared} is tried in order after a byte order mark.
   */
  static Result decode(
      byte[] bytes, long baseOffset, List<Declared> declared, IngestOptions options) {
    int length = bytes.length;
    // 1. A byte order mark is the strongest evidence there is.
    Optional<Bom> bom = bom(bytes, length);
    if (bom.isPresent()) {
      String text =
          new String(bytes, bom.get().length, length - bom.get().length, bom.get().charset);
      return checked(text, bom.get().charset.name(), "byte order mark", options);
    }
    List<String> notes = new ArrayList<>();
    // 2. Declarations, in the order the caller trusts them, when the bytes fit.
    for (Declared d : declared) {
      Optional<Charset> cs = lookup(d.name());
      if (cs.isEmpty()) {
        notes.add(d.source() + " names unknown charset " + d.name());
        continue;
      }
      Charset use = cs.get();
      String why = d.source() + " " + d.name();
      // Browsers read ISO-8859-1 and ASCII declarations as windows-1252 (WHATWG Encoding), and so
      // do pages: their curly quotes are windows-1252 bytes.
      if (use.equals(StandardCharsets.ISO_8859_1) || use.equals(StandardCharsets.US_ASCII)) {
        use = WINDOWS_1252;
        why += " (read as windows-1252, as browsers do)";
      }
      Strict s = strict(bytes, use);
      if (s.text != null) {
        return checked(s.text, use.name(), why, options);
      }
      notes.add(
          d.source()
              + " "
              + d.name()
              + " does not fit (bad byte at offset "
              + (baseOffset + s.badAt)
              + ")");
    }
    String suffix = notes.isEmpty() ? "" : "; " + String.join("; ", notes);
    // 3. Valid UTF-8 is almost never an accident.
    Strict utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.text != null) {
      return checked(utf8.text, "UTF-8", "valid UTF-8" + suffix, options);
    }
    long badAt = baseOffset + utf8.badAt;
    // 4. UTF-8 with a few stray bytes: each bad byte costs itself, not the page.
    Optional<String> mostly = mostlyUtf8(bytes, options);
    if (mostly.isPresent()) {
      return checked(
          mostly.get(),
          "UTF-8",
          "UTF-8 with bad bytes replaced (the first at offset " + badAt + ")" + suffix,
          options);
    }
    // 5. Legacy encodings (Cyrillic, CJK, Arabic, Greek, Hebrew...) told by their byte statistics.
    Optional<Decoded> detected = detect(bytes, options);
    if (detected.isPresent()) {
      Decoded d = detected.get();
      return checked(
          d.text(),
          d.charset(),
          d.source() + ", not valid UTF-8 (bad byte at offset " + badAt + ")" + suffix,
          options);
    }
    // 6. Texty bytes that are not UTF-8 are most often windows-1252; its five undefined bytes
    // are the sign that they are not.
    int undefined = 0;
    for (byte b : bytes) {
      int v = b & 0xff;
      if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
        undefined++;
      }
    }
    if (undefined > options.maxBadCharRatio() * length) {
      return new Failed(
          Rejection.Kind.ENCODING,
          "undecodable bytes: not valid UTF-8 (first bad byte at offset "
              + badAt
              + ") and "
              + undefined
              + " bytes undefined in windows-1252"
              + suffix);
    }
    String text = new String(bytes, WINDOWS_1252);
    return checked(
        text,
        "windows-1252",
        "not valid UTF-8 (bad byte at offset " + badAt + "), read as windows-1252" + suffix,
        options);
  }

  /**
   * The text of bytes that are UTF-8 but for a few bad ones: valid multi-byte sequences clearly
   * outnumber the bad bytes, which stay within the bad-character ratio.
   */
  private static Optional<String> mostlyUtf8(byte[] bytes, IngestOptions options) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int replaced = 0;
    int multibyte = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        replaced++;
      } else if (c >= 0x80 && !Character.isLowSurrogate(c)) {
        multibyte++;
      }
    }
    boolean few = replaced <= Math.max(1, options.maxBadCharRatio() * text.length());
    return few && multibyte >= options.minUtf8Evidence() * replaced
        ? Optional.of(text)
        : Optional.empty();
  }

  /**
   * ICU's statistical detector, when it is confident enough and names a charset Java can decode.
   * UTF-8 and the UTF-16/32 forms are left out: valid UTF-8 was tried above, and UTF-16 without a
   * byte order mark is full of NUL bytes and already counted as binary.
   */
  private static Optional<Decoded> detect(byte[] bytes, IngestOptions options) {
    CharsetDetector detector = new CharsetDetector();
    // Markup says nothing about the language of a page's text.
    detector.enableInputFilter(true);
    detector.setText(bytes);
    for (CharsetMatch m : detector.detectAll()) {
      if (m.getConfidence() < options.minCharsetConfidence()) {
        break;
      }
      String name = m.getName();
      if (name.startsWith("UTF")) {
        continue;
      }
      Optional<Charset> cs = lookup(name);
      if (cs.isEmpty()) {
        continue;
      }
      Charset use = cs.get();
      // As browsers do (WHATWG Encoding): Latin-1 is read as its superset windows-1252.
      if (use.equals(StandardCharsets.ISO_8859_1)) {
        use = WINDOWS_1252;
      }
      return Optional.of(
          new Decoded(
              new String(bytes, use),
              use.name(),
              "detected as " + name + " (confidence " + m.getConfidence() + ")"));
    }
    return Optional.empty();
  }

  /** Rejects text that is already mostly mangled: many U+FFFD replacement characters. */
  private static Result checked(String text, String charset, String source, IngestOptions options) {
    int replacements = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        replacements++;
      }
    }
    if (replacements > 0 && replacements > options.maxBadCharRatio() * text.length()) {
      return new Failed(
          Rejection.Kind.ENCODING,
          "undecodable text: "
              + replacements
              + " replacement characters (U+FFFD) in "
              + text.length()
              + " characters after decoding as "
              + charset);
    }
    return new Decoded(text, charset, source);
  }

  static Optional<Charset> lookup(String name) {
    try {
      return Optional.of(Charset.forName(name.trim()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** The text of valid UTF-8 {@code bytes}, or the offset of the first invalid byte. */
  static Strict utf8(byte[] bytes) {
    return strict(bytes, StandardCharsets.UTF_8);
  }

  /** The text when every byte decodes, else the offset of the first byte that does not. */
  record Strict(String text, int badAt) {
    boolean ok() {
      return text != null;
    }
  }

  private static Strict strict(byte[] bytes, Charset charset) {
    CharsetDecoder dec =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate(
            (int)
                Math.min(
                    Integer.MAX_VALUE - 8,
                    (long) (bytes.length * (double) dec.maxCharsPerByte()) + 16));
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      return new Strict(null, in.position());
    }
    r = dec.flush(out);
    if (r.isError()) {
      return new Strict(null, in.position());
    }
    out.flip();
    return new Strict(out.toString(), -1);
  }
}
