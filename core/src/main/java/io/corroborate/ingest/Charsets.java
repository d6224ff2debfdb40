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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text and says why that charset: (1) a byte order mark, (2) what the container or
 * the page declares (HTTP {@code Content-Type}, {@code <meta charset>}), when the bytes fit it, (3)
 * ISO-2022 when seven-bit bytes carry its escape sequences, (4) UTF-8 when the bytes are valid
 * UTF-8, (5) UTF-8 with its few bad bytes replaced, (6) a legacy charset: the East Asian one ICU's
 * detector names with enough confidence (Shift_JIS, GB18030, Big5...), else the single-byte charset
 * whose text looks most like text (windows-1251, KOI8-U, IBM866, windows-1256...), (7) windows-1252
 * for texty bytes that are none of these. Bytes that fit none of these, and text already full of
 * U+FFFD, are rejected as undecodable.
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
      boolean iso2022Escape =
          b == 0x1B && i + 1 < n && (bytes[i + 1] == '$' || bytes[i + 1] == '(');
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && !iso2022Escape) {
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
    // 3. Seven-bit ISO-2022 text (Japanese, Korean or Chinese mail and old pages) is valid UTF-8 as
    // well; its escape sequences tell it apart.
    Optional<Decoded> iso2022 = iso2022(bytes);
    if (iso2022.isPresent()) {
      Decoded d = iso2022.get();
      return checked(d.text(), d.charset(), d.source() + suffix, options);
    }
    // 4. Valid UTF-8 is almost never an accident.
    Strict utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.text != null) {
      return checked(utf8.text, "UTF-8", "valid UTF-8" + suffix, options);
    }
    long badAt = baseOffset + utf8.badAt;
    // 5. UTF-8 with a few stray bytes: each bad byte costs itself, not the page.
    Optional<String> mostly = mostlyUtf8(bytes, options);
    if (mostly.isPresent()) {
      return checked(
          mostly.get(),
          "UTF-8",
          "UTF-8 with bad bytes replaced (the first at offset " + badAt + ")" + suffix,
          options);
    }
    // 6. Legacy encodings (Cyrillic, CJK, Arabic, Greek, Hebrew...) told by their byte statistics.
    Optional<Decoded> detected = detect(bytes, options);
    if (detected.isPresent()) {
      Decoded d = detected.get();
      return checked(
          d.text(),
          d.charset(),
          d.source() + ", not valid UTF-8 (bad byte at offset " + badAt + ")" + suffix,
          options);
    }
    // 7. Texty bytes that are not UTF-8 are most often windows-1252; its five undefined bytes
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
   * A legacy charset for bytes that are not UTF-8. (a) ICU's statistical detector is trusted for
   * the multi-byte East Asian charsets (Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR), where its guess
   * is near certain. (b) Otherwise single-byte charsets compete: ICU's own guesses and {@link
   * #SINGLE_BYTE} (which ICU does not know, or knows only for one language: IBM866, KOI8-U,
   * windows-1251 for Ukrainian, Bulgarian or Serbian text...), each decoded and scored by {@link
   * #plausibility}; the best wins, and near ties go to ICU's confidence. UTF-8 and the UTF-16/32
   * forms are left out: valid UTF-8 was tried above, and UTF-16 without a byte order mark is full
   * of NUL bytes and already counted as binary.
   */
  private static Optional<Decoded> detect(byte[] bytes, IngestOptions options) {
    CharsetDetector detector = new CharsetDetector();
    // Markup says nothing about the language of a page's text.
    detector.enableInputFilter(true);
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    // (a) East Asian multi-byte charsets.
    for (CharsetMatch m : matches) {
      if (m.getConfidence() < options.minCharsetConfidence()) {
        break;
      }
      if (m.getName().startsWith("UTF")) {
        continue;
      }
      if (!MULTI_BYTE.contains(m.getName())) {
        break;
      }
      Optional<Charset> cs = lookup(m.getName());
      if (cs.isPresent()) {
        return Optional.of(
            new Decoded(
                new String(bytes, cs.get()),
                cs.get().name(),
                "detected as " + m.getName() + " (confidence " + m.getConfidence() + ")"));
      }
    }
    // (b) Single-byte charsets, ICU's guesses first, then the ones it may miss.
    Map<Charset, Integer> candidates = new LinkedHashMap<>();
    for (CharsetMatch m : matches) {
      if (m.getName().startsWith("UTF") || MULTI_BYTE.contains(m.getName())) {
        continue;
      }
      lookup(m.getName())
          .map(Charsets::superset)
          .ifPresent(cs -> candidates.merge(cs, m.getConfidence(), Math::max));
    }
    for (String name : SINGLE_BYTE) {
      lookup(name).ifPresent(cs -> candidates.putIfAbsent(cs, 0));
    }
    Charset best = null;
    double bestScore = -1;
    int sample = Math.min(bytes.length, SAMPLE_BYTES);
    for (Map.Entry<Charset, Integer> c : candidates.entrySet()) {
      double score = plausibility(new String(bytes, 0, sample, c.getKey()));
      boolean better =
          best == null
              || score > bestScore + options.charsetScoreMargin()
              || (score > bestScore - options.charsetScoreMargin()
                  && c.getValue() > candidates.get(best));
      if (better) {
        best = c.getKey();
        bestScore = score;
      }
    }
    if (best == null || bestScore < options.minCharsetPlausibility()) {
      return Optional.empty();
    }
    int confidence = candidates.get(best);
    return Optional.of(
        new Decoded(
            new String(bytes, best),
            best.name(),
            String.format(
                Locale.ROOT,
                "detected as %s (%s; %.0f %% of its letters in well-formed words)",
                best.name(),
                confidence > 0 ? "ICU confidence " + confidence : "not named by ICU",
                bestScore * 100)));
  }

  /**
   * Seven-bit bytes holding an ISO-2022 escape sequence ({@code ESC $}), read as the ISO-2022
   * charset ICU names when every byte decodes.
   */
  private static Optional<Decoded> iso2022(byte[] bytes) {
    boolean escape = false;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return Optional.empty();
      }
      escape |= bytes[i] == 0x1B && i + 1 < bytes.length && bytes[i + 1] == '$';
    }
    if (!escape) {
      return Optional.empty();
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch m : detector.detectAll()) {
      if (m.getName().startsWith("ISO-2022")) {
        Optional<Charset> cs = lookup(m.getName());
        if (cs.isPresent()) {
          Strict s = strict(bytes, cs.get());
          if (s.ok()) {
            return Optional.of(new Decoded(s.text(), cs.get().name(), "ISO-2022 escape sequences"));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** How much of the bytes each single-byte candidate is scored on: enough words, bounded time. */
  private static final int SAMPLE_BYTES = 64 * 1024;

  /** The East Asian multi-byte charsets, by ICU's names. */
  private static final Set<String> MULTI_BYTE =
      Set.of("Shift_JIS", "EUC-JP", "GB18030", "Big5", "EUC-KR");

  /**
   * Single-byte charsets that compete with ICU's guesses. ICU does not detect IBM866 (DOS Cyrillic)
   * or KOI8-U, and scores its Cyrillic and Arabic charsets on Russian and Arabic letter statistics
   * only, so Ukrainian windows-1251 or Persian windows-1256 may fall below its confidence floor.
   */
  private static final List<String> SINGLE_BYTE =
      List.of(
          "windows-1252",
          "windows-1251",
          "KOI8-U",
          "IBM866",
          "windows-1256",
          "windows-1255",
          "windows-1253");

  /**
   * The charset to read a single-byte guess as: its superset, as browsers do (WHATWG Encoding).
   * Latin-1 is read as windows-1252, Hebrew ISO-8859-8 (ICU's "ISO-8859-8-I" included, which Java
   * does not name) as windows-1255, Turkish ISO-8859-9 as windows-1254, and KOI8-R as KOI8-U, which
   * only adds the Ukrainian letters where KOI8-R has box-drawing signs.
   */
  private static Charset superset(Charset cs) {
    String target =
        switch (cs.name()) {
          case "ISO-8859-1", "US-ASCII" -> "windows-1252";
          case "ISO-8859-8" -> "windows-1255";
          case "ISO-8859-9" -> "windows-1254";
          case "KOI8-R" -> "KOI8-U";
          default -> null;
        };
    return target == null ? cs : lookup(target).orElse(cs);
  }

  /**
   * How much decoded text looks like text, from 0 to 1: the share of its letters that sit in
   * well-formed words. A word (what lies between spaces, without the punctuation around it) is well
   * formed when it holds only letters, marks, digits and inner apostrophes, hyphens or dots; its
   * letters are of one script; its case is lower, upper or capitalised; and, in Latin script, a
   * word of three letters or more has a plain ASCII letter. Text decoded with the wrong single-byte
   * charset breaks these: symbols or box-drawing signs inside words, words of accented Latin
   * letters only, case flipped inside words (KOI8 read as windows-1251), scripts mixed (Arabic
   * letters beside French ones). Running text also has more lower-case letters than capitals, so a
   * text mostly in capitals loses as much as it has capitals beyond half.
   */
  static double plausibility(String text) {
    long letters = 0;
    long good = 0;
    long upper = 0;
    long lower = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      int end = i;
      while (start < end && isEdgePunctuation(text.codePointAt(start))) {
        start += Character.charCount(text.codePointAt(start));
      }
      while (end > start && isEdgePunctuation(text.codePointBefore(end))) {
        end -= Character.charCount(text.codePointBefore(end));
      }
      Word w = word(text, start, end);
      letters += w.letters;
      upper += w.upper;
      lower += w.lower;
      if (w.wellFormed) {
        good += w.letters;
      }
    }
    if (letters == 0) {
      return 0;
    }
    double score = good / (double) letters;
    if (upper > lower) {
      score -= (upper - lower) / (double) (upper + lower);
    }
    return Math.max(0, score);
  }

  /** What {@link #plausibility} counts of one word. */
  private record Word(int letters, int upper, int lower, boolean wellFormed) {}

  private static Word word(String text, int start, int end) {
    int letters = 0;
    int ascii = 0;
    int upper = 0;
    int lower = 0;
    boolean ok = true;
    boolean caseOk = true;
    Character.UnicodeScript script = null;
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (cp < 0x80) {
          ascii++;
        }
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
          // Capitalised (first letter only) or all capitals; a capital after a small letter is not.
          caseOk &= lower == 0;
          upper++;
        } else if (Character.isLowerCase(cp)) {
          caseOk &= upper <= 1;
          lower++;
        }
        Character.UnicodeScript s = scriptGroup(Character.UnicodeScript.of(cp));
        if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
          ok &= script == null || script == s;
          script = s;
        }
      } else if (Character.isDigit(cp) || isMark(cp)) {
        // part of a word
      } else if (cp == '\'' || cp == '\u2019' || cp == '-' || cp == '.' || cp == '\u00B7') {
        // inner apostrophes, hyphens, dots and middle dots join words
      } else {
        ok = false;
      }
    }
    boolean latinWithoutAscii =
        script == Character.UnicodeScript.LATIN && letters >= 3 && ascii == 0;
    return new Word(letters, upper, lower, ok && caseOk && !latinWithoutAscii && letters > 0);
  }

  /** Scripts that one word may mix: Japanese writes Han, Hiragana and Katakana together. */
  private static Character.UnicodeScript scriptGroup(Character.UnicodeScript s) {
    return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
        ? Character.UnicodeScript.HAN
        : s;
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK
        || t == Character.FORMAT;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  private static boolean isEdgePunctuation(int cp) {
    int t = Character.getType(cp);
    return t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION
        || t == Character.DASH_PUNCTUATION
        || t == Character.CONNECTOR_PUNCTUATION;
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
