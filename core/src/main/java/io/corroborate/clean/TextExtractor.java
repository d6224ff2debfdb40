package io.corroborate.clean;

import io.corroborate.clean.text.TextCascade;
import io.corroborate.clean.text.TextThresholds;
import io.corroborate.model.Block;
import io.corroborate.model.Extraction;
import io.corroborate.model.FieldSource;
import io.corroborate.model.RawDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text scraped from pages (a {@code .txt} file, a JSON Lines {@code maintext}): one block per
 * line or paragraph with the role the {@link TextCascade} gives it, and the title, byline and date
 * lines the page shows as metadata.
 *
 * <pre>{@code Extraction e = new TextExtractor(TextThresholds.defaults()).extract(raw);}</pre>
 */
public final class TextExtractor implements Extractor {
  private final TextCascade cascade;

  public TextExtractor(TextThresholds thresholds) {
    this.cascade = new TextCascade(thresholds);
  }

  public TextExtractor() {
    this(TextThresholds.defaults());
  }

  @Override
  public Extraction extract(RawDocument doc) {
    // A title the container gives marks its line in the text, wherever the scraper put it.
    TextCascade.Result r =
        cascade.classify(doc.content(), doc.hint("title").map(FieldSource::value));
    List<Block> blocks = new ArrayList<>(r.lines().size());
    for (int i = 0; i < r.lines().size(); i++) {
      TextCascade.Label l = r.labels().get(i);
      blocks.add(new Block(r.lines().get(i).text(), l.role(), l.confidence(), l.reason()));
    }
    return new Extraction(blocks, r.metadata());
  }
}
