package io.corroborate.extract;

import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import java.time.LocalDate;
import java.util.List;

/**
 * Test helper: an invented report of a flood, one text in one language, annotated by the model-free
 * language layer and read by the extractor with default options.
 *
 * <pre>{@code
 * List<Claim> cs = FloodReport.claims("de", "Laut Polizei starben 12 Menschen.", day);
 * }</pre>
 */
final class FloodReport {
  private FloodReport() {}

  /** The claims of {@code text}, a report in {@code lang} published on {@code published}. */
  static List<Claim> claims(String lang, String text, LocalDate published) {
    return claims(report(lang, text).published(DateStamp.of(published)).build());
  }

  /** The claims of {@code text}, a report in {@code lang} that carries no date. */
  static List<Claim> undatedClaims(String lang, String text) {
    return claims(report(lang, text).build());
  }

  private static Article.Builder report(String lang, String text) {
    return Article.builder()
        .origin(new Origin("flood-" + lang + ".txt", 0, Format.TEXT))
        .id("flood-" + lang)
        .outlet("example.org")
        .text(text, List.of(), List.of())
        .language(lang);
  }

  private static List<Claim> claims(Article a) {
    return new ClaimExtractor(ExtractOptions.defaults())
        .extract(a, new PlainLanguageLayer().annotate(a));
  }
}
