package io.corroborate.dossier;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Links that open a sentence in the article's own page: the page's address with a text fragment
 * ({@code #:~:text=start,end}), which browsers scroll to and highlight.
 *
 * <pre>{@code TextFragments.link(Optional.of("https://example.org/a"), "Two gates were opened.")
 * // https://example.org/a#:~:text=Two%20gates%20were%20opened.}</pre>
 */
final class TextFragments {
  /** A sentence up to this many words is quoted whole; a longer one by its first and last words. */
  static final int WHOLE_WORDS = 8;

  /** How many words open and close a longer sentence's fragment. */
  static final int EDGE_WORDS = 4;

  private TextFragments() {}

  /**
   * The link, when the address is an http(s) URL (any other scheme, {@code javascript:} among them,
   * gives none) and the sentence has words. The page's own fragment is replaced.
   */
  static Optional<String> link(Optional<String> url, String sentence) {
    if (url.isEmpty()) {
      return Optional.empty();
    }
    String base;
    try {
      URI u = new URI(url.get().strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getRawAuthority() == null) {
        return Optional.empty();
      }
      String s = u.toString();
      int hash = s.indexOf('#');
      base = hash < 0 ? s : s.substring(0, hash);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String[] words = sentence.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return Optional.empty();
    }
    String fragment;
    if (words.length <= WHOLE_WORDS) {
      fragment = encode(String.join(" ", words));
    } else {
      fragment =
          encode(String.join(" ", Arrays.copyOfRange(words, 0, EDGE_WORDS)))
              + ","
              + encode(
                  String.join(
                      " ", Arrays.copyOfRange(words, words.length - EDGE_WORDS, words.length)));
    }
    return Optional.of(base + "#:~:text=" + fragment);
  }

  /** Percent-encodes the words; the fragment syntax also reserves '-', ',' and '&'. */
  static String encode(String words) {
    return URLEncoder.encode(words, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D");
  }
}
