package io.corroborate.clean;

import io.corroborate.clean.html.HtmlThresholds;
import io.corroborate.clean.html.PageReader;
import io.corroborate.model.Extraction;
import io.corroborate.model.FieldSource;
import io.corroborate.model.RawDocument;
import java.util.List;
import java.util.Objects;

/**
 * HTML pages: every text block of the page in document order with its role (article text,
 * navigation, teaser, comment, share prompt...), confidence and reason, and the page's metadata
 * with the evidence for each field. The work is done in {@link io.corroborate.clean.html}.
 *
 * <pre>{@code Extraction ex = new HtmlExtractor().extract(rawDocument);}</pre>
 */
public final class HtmlExtractor implements Extractor {
  private final PageReader reader;

  public HtmlExtractor() {
    this(HtmlThresholds.defaults());
  }

  public HtmlExtractor(HtmlThresholds thresholds) {
    this.reader = new PageReader(Objects.requireNonNull(thresholds, "thresholds"));
  }

  @Override
  public Extraction extract(RawDocument doc) {
    String url = doc.hint("url").map(FieldSource::value).orElse("");
    try {
      return reader.read(doc.content(), url);
    } catch (RuntimeException | StackOverflowError e) {
      // Never let one hostile page stop a run: no blocks means Clean rejects it with a reason.
      return new Extraction(List.of(), List.of());
    }
  }
}
