package io.corroborate.eval.extraction;

import io.corroborate.clean.HtmlExtractor;
import io.corroborate.model.Article;
import io.corroborate.model.Extraction;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import java.util.List;

/**
 * The text a benchmark scores: the article text {@link Article.Builder#blocks} assembles from the
 * content blocks of {@link HtmlExtractor}, by default without image captions, as the peers print
 * main text ({@link Article#textWithoutCaptions()}).
 *
 * <pre>{@code String text = Extract.text(extractor, html, "page.html", "https://example.org/a");}
 * </pre>
 */
public final class Extract {
  private Extract() {}

  public static RawDocument raw(String html, String file, String url) {
    List<FieldSource> hints =
        url != null && url.startsWith("http")
            ? List.of(new FieldSource("url", url, "benchmark"))
            : List.of();
    return new RawDocument(
        new Origin(file, 0, Format.HTML), file, html, "UTF-8", "benchmark", hints);
  }

  public static String text(HtmlExtractor extractor, String html, String file, String url) {
    return article(extractor, html, file, url).text();
  }

  /** The article the extractor makes of a page; its text, with or without captions, is scored. */
  public static Article article(HtmlExtractor extractor, String html, String file, String url) {
    Extraction ex = extractor.extract(raw(html, file, url));
    return Article.builder()
        .id(file)
        .origin(new Origin(file, 0, Format.HTML))
        .blocks(ex.blocks())
        .build();
  }

  /**
   * Whitespace as Python's {@code ' '.join(s.split())} treats it: every Unicode space is one blank.
   */
  public static String normalizeSpace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean pending = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isPySpace(c)) {
        pending = sb.length() > 0;
      } else {
        if (pending) {
          sb.append(' ');
          pending = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean isPySpace(char c) {
    return (c >= '\t' && c <= '\r')
        || (c >= '\u001c' && c <= ' ')
        || c == '\u0085'
        || c == '\u00a0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000';
  }
}
